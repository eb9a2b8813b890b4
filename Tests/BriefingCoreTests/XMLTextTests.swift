import Testing
@testable import BriefingCore

/// `XMLText.escape` works on bytes; it must give what escaping scalar by scalar gives.
@Suite("XML escaping")
struct XMLTextTests {
    /// The rule written out one Unicode scalar at a time.
    private static func scalarwise(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    @Test func escapesLikeTheScalarRule() {
        let texts = [
            "", "plain text", "<p>AT&amp;T's \"bid\"</p>\n", "tab\tline\nreturn\r\nbell\u{07}end\u{1F}",
            "\u{FFFE}start", "end\u{FFFF}", "ﬁ\u{FEFF}ￂ\u{FFFD}ﾠ", "café — “quoted” <b>", "&", "\u{00}",
            "a\u{FFFF}<\u{FFFE}>", String(repeating: "<a href=\"x\">link</a> & ", count: 50),
        ]
        for text in texts {
            #expect(XMLText.escape(text) == Self.scalarwise(text), "\(text.debugDescription)")
        }
    }

    /// Escaping into bytes (as feeds are written) appends what `escape` returns, after what the
    /// buffer holds already.
    @Test func appendingEscapedBytesGivesTheEscapedText() {
        let texts = [
            "", "plain text", "<p>AT&amp;T's \"bid\"</p>\n", "tab\tline\nreturn\r\nbell\u{07}end\u{1F}", "12345678<",
            "\u{FFFE}start", "end\u{FFFF}", "ﬁ\u{FEFF}ￂ\u{FFFD}ﾠ", "café — “quoted” <b>", "&'\"<>&'\"<>", "\u{00}",
            String(repeating: "<a href=\"x\">link</a> & ", count: 50),
        ]
        for text in texts {
            let out = ByteBuffer(capacity: 16)
            out.append("<content>")
            XMLText.append(text, escapedTo: out)
            #expect(out.string() == "<content>" + Self.scalarwise(text), "\(text.debugDescription)")
        }
    }

    @Test func textWithNothingToEscapeIsReturnedAsItIs() {
        let text = "No special characters here, only letters — and a dash."
        #expect(XMLText.escape(text) == text)
    }
}
