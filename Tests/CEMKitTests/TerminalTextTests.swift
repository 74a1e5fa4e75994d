import CEMKit
import Testing

@Suite struct TerminalTextTests {
    @Test func controlCharactersAreShownNotSent() {
        #expect("\u{1B}]0;PWNED\u{07}".inert == "\\u{1B}]0;PWNED\\u{7}")
        #expect("a\u{1B}[2Jb".inert == "a\\u{1B}[2Jb")
        #expect("x\u{9B}31m".inert == "x\\u{9B}31m")
        #expect("NUL\u{0}BS\u{8}DEL\u{7F}".inert == "NUL\\u{0}BS\\u{8}DEL\\u{7F}")
        #expect("abc\u{202E}fed".inert == "abc\\u{202E}fed")
    }

    @Test func lineBreaksCannotForgeALine() {
        #expect("R1\nfake.cem.json:1:1 ok".inert == "R1⏎fake.cem.json:1:1 ok")
        #expect("a\r\nb".inert == "a⏎⏎b")
    }

    @Test func ordinaryTextIsUnchanged() {
        #expect("便利性 Convenience\t(6)".inert == "便利性 Convenience\t(6)")
        #expect("".inert == "")
    }
}
