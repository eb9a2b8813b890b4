import Testing
@testable import BriefingCore

/// `JSONWriter.escape` works on bytes; it must give what escaping scalar by scalar gives,
/// into a string and into bytes alike.
@Suite("JSON string escaping")
struct JSONEscapeTests {
    /// The rule written out one Unicode scalar at a time (also the quoted scalars' rule in
    /// `Markdown35ScalarTests`).
    static func scalarwise(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    @Test func escapesLikeTheScalarRule() {
        let texts = [
            "", "plain text", "say \"no\"", "back\\slash", "tab\tline\nreturn\r\nbell\u{07}end\u{1F}\u{00}",
            "line\u{2028}para\u{2029}", "— dash ’quote’ “curly” \u{2027}\u{202A}", "\u{2028}", "ends with a dash —",
            "café <b> & 'x'", String(repeating: "a \"b\" \\ c\u{2028}", count: 40),
        ]
        for text in texts {
            var string = ""
            JSONWriter.escape(text, into: &string)
            var bytes: [UInt8] = []
            JSONWriter.escape(text, into: &bytes)
            #expect(string == Self.scalarwise(text), "\(text.debugDescription)")
            #expect(bytes == Array(Self.scalarwise(text).utf8), "\(text.debugDescription)")
        }
    }

    /// Runs of eight bytes are passed over when none may need an escape: each escape is found
    /// at every offset of a run, and so is U+2028 when it straddles two runs.
    @Test func escapesAreFoundAtEveryOffset() {
        for special in ["\"", "\\", "\n", "\u{01}", "\u{1F}", "\u{2028}", "\u{2029}", "\u{2027}", "é", "\u{7F}", " "] {
            for offset in 0..<20 {
                let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 19 - offset)
                var bytes: [UInt8] = []
                JSONWriter.escape(text, into: &bytes)
                #expect(bytes == Array(Self.scalarwise(text).utf8), "\(text.debugDescription)")
            }
        }
    }
}
