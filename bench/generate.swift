// A seeded synthetic survey export for the benchmark: one respondent a row, the six factors of the
// worked example × experience, expectation, importance, an overall satisfaction that depends on the
// experiences, and a segment column. Same seed, same bytes, on every machine (SplitMix64).
//
//   swiftc -O bench/generate.swift -o .build/generate && .build/generate ROWS SEED > survey.csv

#if canImport(Glibc)
import Glibc
#endif

struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    /// An integer score around `centre` (±3), clamped to 0–10.
    mutating func score(_ centre: Int) -> Int {
        let r = Int(next() % 7) - 3
        return max(0, min(10, centre + r))
    }
}

let arguments = CommandLine.arguments
let rows = arguments.count > 1 ? Int(arguments[1]) ?? 1_000_000 : 1_000_000
var random = SplitMix64(state: arguments.count > 2 ? UInt64(arguments[2]) ?? 42 : 42)
let factors = ["product", "service", "relationship", "convenience", "brand-image", "price"]
let experience = [6, 6, 4, 5, 7, 7], expectation = [7, 6, 4, 7, 7, 7], importance = [6, 5, 3, 9, 7, 6]
let segments = ["north", "south", "east", "west"]

var out: [UInt8] = []
out.reserveCapacity(1 << 20)
func flush() {
    out.withUnsafeBufferPointer { _ = fwrite($0.baseAddress, 1, $0.count, stdout) }
    out.removeAll(keepingCapacity: true)
}
func put(_ text: String) { out.append(contentsOf: text.utf8) }
func put(_ n: Int) {
    if n >= 10 { out.append(UInt8(48 + n / 10)) }
    out.append(UInt8(48 + n % 10))
}

put("id,segment")
for f in factors { put(",experience.\(f),expectation.\(f),importance.\(f)") }
put(",overall\n")
for row in 1...rows {
    let id = String(row)
    put("R" + String(repeating: "0", count: max(0, 7 - id.count)) + id)
    out.append(0x2C)
    put(segments[Int(random.next() % 4)])
    var weighted = 0
    for i in factors.indices {
        let e = random.score(experience[i])
        weighted += e * importance[i]
        out.append(0x2C); put(e)
        out.append(0x2C); put(random.score(expectation[i]))
        out.append(0x2C); put(random.score(importance[i]))
    }
    out.append(0x2C)
    put(max(0, min(10, weighted / 36 + Int(random.next() % 3) - 1)))
    out.append(0x0A)
    if out.count > 1 << 20 - 256 { flush() }
}
flush()
