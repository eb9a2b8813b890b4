import Foundation
import Mustache
import Testing
@testable import BriefingCore

/// `HTMLEscaper` escapes values the templates insert raw (`{{{titleHTML}}}`); its output must be
/// the bytes Mustache's own `{{title}}` makes, or pages would change with the template key.
@Suite("HTML escaping")
struct HTMLEscaperTests {
    /// Newswire headlines and summaries with every escaped character, curly quotes and accents
    /// next to them, and the cases where a quote is not a character of its own.
    static let texts = [
        "Talks resume in Geneva",
        "\"We are close,\" said envoy Jane Doe.",
        "AT&T's bid for Time Warner <updated> faces a 'tough' review",
        "“We’re not there yet,” O'Neill told reporters in Zürich & Genève.",
        "Café's owner said \"non\" — then 'oui'…",
        "São Paulo's <b>mayor</b> & the “Frente” coalition",
        "quote then combining acute \"\u{301}a and apostrophe '\u{308}s",
        "Arabic number sign before a bracket \u{600}<5 and after it <\u{600}",
        "emoji 👍🏽 next to an ampersand 👍🏽&👍🏽 and a quote \"🇫🇷\"",
        "CR LF\r\n<p>&amp;</p>\r\n",
        "",
    ]

    @Test func matchesMustacheEscaping() throws {
        let template = try MustacheTemplate(string: "{{text}}")
        for text in Self.texts {
            let mustache = template.render(["text": text])
            #expect(Array(HTMLEscaper.escape(text).utf8) == Array(mustache.utf8), "\(text.debugDescription)")
        }
    }

    @Test func escapesEachSpecialCharacter() {
        #expect(HTMLEscaper.escape("AT&T's <b>\"bid\"</b>") == "AT&amp;T&#39;s &lt;b&gt;&quot;bid&quot;&lt;/b&gt;")
        #expect(HTMLEscaper.escape("no change: “curly” ’quotes’") == "no change: “curly” ’quotes’")
    }

    @Test func escapesTheFiveSpecialsAndNoOtherASCII() {
        let specials: [UInt8: String] = [0x26: "&amp;", 0x3C: "&lt;", 0x3E: "&gt;", 0x22: "&quot;", 0x27: "&#39;"]
        for byte in UInt8(0)..<0x80 {
            let character = String(decoding: [byte], as: UTF8.self)
            #expect(HTMLEscaper.escape("a" + character + "b") == "a" + (specials[byte] ?? character) + "b", "\(byte)")
        }
    }
}
