import Foundation
import Testing

@Suite struct SmokeTests {
    @Test func versionPrints() throws {
        let run = try Cem.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout == "cem 0.1.0\n")
    }
}
