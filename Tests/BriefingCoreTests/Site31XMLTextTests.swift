import Testing
@testable import BriefingCore

/// `XMLText.escape` passes over eight bytes at once where none may change: long texts, with
/// what is escaped or dropped at every offset of an eight-byte word, give what escaping each
/// scalar alone gives (a scalar is at most four bytes, so it is escaped byte by byte).
struct Site31XMLTextTests {
    private func scalarByScalar(_ text: String) -> String {
        text.unicodeScalars.map { XMLText.escape(String($0)) }.joined()
    }

    @Test func longTextsEscapeAsTheirScalarsDo() {
        let specials = ["&", "<", ">", "\"", "'", "\t", "\n", "\r", "\u{07}", "\u{1F}", "\u{00}", "\u{FFFE}", "\u{FFFF}", "\u{FEFF}", "ﬁ", "é", "—", "\u{1F389}"]
        let run = "The minister said the plan would cost about $4.5 billion over ten years"
        for special in specials {
            for offset in 0..<17 {
                let text = String(run.prefix(offset)) + special + run + special + String(run.prefix(16 - offset))
                #expect(XMLText.escape(text) == scalarByScalar(text), "\(text.debugDescription)")
            }
        }
        let html = "<p>“We will not back down,” said Zoë O'Neil of AT&T.</p>\n<p><a href=\"https://example.org/a?b=1&c=2\">source</a>\u{FFFF}</p>\n"
        let long = String(repeating: html, count: 40)
        #expect(XMLText.escape(long) == scalarByScalar(long))
        let plain = String(repeating: "Plain words and café, nothing to escape here. ", count: 30)
        #expect(XMLText.escape(plain) == plain)
    }
}
