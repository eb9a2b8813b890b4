import Foundation
import Testing
@testable import BriefingCore

/// A brief's Markdown file written the quick way gives what the plain rules give: a YAML scalar
/// found plain or quoted in one scan, its escapes searched from where that scan stopped and
/// found by word masks; keys and their values written in one piece, numbers as one word; text
/// with nothing to escape for Markdown copied from its bytes. On hand-made texts (every YAML
/// mark, reserved words, escapes at every offset), seeded random ones, and the strings and
/// front matter of the seed articles and the quote fixtures' texts.
@Suite("Markdown 35: front matter scalars and keys written in one pass")
struct Markdown35ScalarTests {
    private static let reservedWords: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "y", "n", "nan", "inf"]

    /// The scalar rule written out one Unicode scalar at a time: plain when the text starts with
    /// a letter, holds only letters, digits, spaces, "-", "." and "_" (past ASCII: alphabetic
    /// scalars, or U+2019 after the first), does not end with a space and is no reserved word
    /// in any case; else a JSON string.
    private static func reference(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        let allowed = scalars.indices.allSatisfy { i in
            let value = scalars[i].value
            let letter = (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
            if !scalars[i].isASCII { return scalars[i].properties.isAlphabetic || (i > 0 && value == 0x2019) }
            return i == 0 ? letter : letter || (0x30...0x39).contains(value) || [0x20, 0x2D, 0x2E, 0x5F].contains(value)
        }
        let reserved = scalars.allSatisfy(\.isASCII) && reservedWords.contains(text.lowercased())
        let plain = !scalars.isEmpty && scalars.last != " " && allowed && !reserved
        return plain ? text : JSONEscapeTests.scalarwise(text)
    }

    /// Texts with each YAML mark, escape and kind of scalar at the start, inside and at the end.
    private static var handMade: [String] {
        var texts = [
            "", " ", "a", "yes", "Yes", "YES", "NULL", "n", "N", "y", "on", "Off", "nan", "inf", "INF", "true", "False",
            "nope", "yes!", "yesno", "no.", "12", "2024-11-14", "1e5", "-3", "Korea Herald", "Tromsø", "Straße 5",
            "Ahn Gyu-back", "U.S. Army", "it’s", "’tis", "Été", "Été!", "trailing ", " leading", "a: b", "a:b", "#tag",
            "a #b", "two\nlines", "tab\there", "say \"no\"", "back\\slash", "line\u{2028}sep\u{2029}", "ⓐbc", "aⓑc",
            "a—b", "x\u{7F}", "Ab_c.d-e", "-dash", "[x]", "{y}", "a,b", "a'b", "\u{212A}", "\u{212A}ey", "漢字",
            "e\u{301}", "Ünïcödé ", "ok\u{0}", "bell\u{07}", "café <b> & 'x'", "ends with a dash —", "(58000,)",
            "\"", "\\", "\u{2028}", "aaaaaaa\"", "aaaaaaaa\"", "aaaaaaaaa\"", "abcdefgh,ijklmnop\"qrstuvwx\\yz",
        ]
        // Each mark at every offset of a run, before and past the end of the first word of eight.
        for mark in [",", "\"", "\\", "\n", "\u{01}", "\u{1F}", "\u{2028}", "\u{2029}", "\u{2027}", "’", "é", " ", "—", ":", "#", "7", "\u{7F}"] {
            for offset in 0..<20 {
                texts.append(String(repeating: "a", count: offset) + mark + String(repeating: "b", count: 19 - offset))
                texts.append(String(repeating: "a", count: offset) + mark)
            }
        }
        // Quoted from a comma on: escapes at every distance past where the plain scan stops.
        for before in 0..<10 {
            for after in 0..<18 {
                for escape in ["\"", "\\", "\n", "\u{2028}", "\u{2027}"] {
                    texts.append(String(repeating: "a", count: before) + "," + String(repeating: "b", count: after) + escape + "c d")
                }
            }
        }
        return texts
    }

    /// Seeded random texts over an alphabet of letters, marks and escapes.
    private static var randomTexts: [String] {
        let alphabet = ["a", "B", "1", " ", "-", ".", "_", ",", "\"", "\\", "\n", "\u{01}", "\u{2028}", "’", "é", "—", "#", ":", "y", "e", "s", "n", "o"]
        var state: UInt64 = 0x35
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        return (0..<4000).map { _ in (0..<next(40)).map { _ in alphabet[next(alphabet.count)] }.joined() }
    }

    /// The briefs of the seed articles and of the quote fixtures' texts.
    private static var briefs: [Brief] {
        let manager = FileManager.default
        let fixtures = ((try? manager.contentsOfDirectory(at: Repo.fixtures, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.lastPathComponent.hasPrefix("quotes-unseen") }
            .map { $0.appendingPathComponent("text") }
        return ([Repo.seeds] + fixtures).flatMap { folder in
            ((try? manager.contentsOfDirectory(atPath: folder.path)) ?? []).sorted().compactMap { BriefPipeline.process($0, in: folder).brief }
        }
    }

    /// Every string of a record.
    private static func strings(_ value: RecordValue) -> [String] {
        switch value {
        case .string(let s): return [s]
        case .array(let items): return items.flatMap(strings)
        case .object(let pairs): return pairs.flatMap { [$0.0] + strings($0.1) }
        default: return []
        }
    }

    @Test func scalarsAreWrittenAsThePlainRuleWritesThem() {
        let briefs = Self.briefs
        let real = briefs.flatMap { Self.strings(ArticleRecord.make($0)) }
        var failures = 0
        for text in Self.handMade + Self.randomTexts + real {
            let expected = Self.reference(text)
            var bytes: [UInt8] = []
            YAMLWriter.writeScalarString(text, into: &bytes)
            var buffer = ByteBuffer()
            YAMLWriter.writeScalarString(text, into: &buffer)
            if bytes != Array(expected.utf8) || buffer.string() != expected || YAMLWriter.isPlainSafe(text) != (expected == text) {
                failures += 1
                if failures <= 10 { Issue.record("\(text.debugDescription): \(String(decoding: bytes, as: UTF8.self)) != \(expected)") }
            }
        }
        #expect(briefs.count >= 20 && real.count > 5000)
        #expect(failures == 0)
    }

    /// The front matter written straight from each brief is the YAML of its record (without the
    /// paragraphs) as `YAMLWriter.string` writes it, whose keys and indentation are written apart.
    @Test func frontMattersAreTheRecordsYAML() {
        var failures = 0
        for brief in Self.briefs {
            var record = ArticleRecord.make(brief)
            if case .object(let pairs) = record { record = .object(pairs.filter { $0.0 != "paragraphs" }) }
            let bytes = ByteBuffer()
            BriefFrontMatter.append(brief, to: bytes)
            if bytes.string() != YAMLWriter.string(record) { failures += 1 }
        }
        #expect(failures == 0)
    }

    /// Integers and numbers as `String(_:)` and `JSONWriter.format` write them, around the
    /// seven digits a word holds.
    @Test func numbersAreWrittenAsTheirStrings() {
        let integers = [0, 1, 9, 10, 42, 99, 100, 12_345, 999_999, 1_000_000, 9_999_999, 10_000_000, 12_345_678, -1, -7, -10_000_000, Int.max, Int.min]
        let numbers: [Double] = [0, -0.0, 0.5, -3, 7, 1e6, 9_999_999, 1e7, 73e9, 2.87e13, 1e15 - 1, 1e15, -2.5, 1.0 / 3, .nan, .infinity, -.infinity]
        var failures = 0
        for value in integers {
            let out = ByteBuffer()
            var fields = YAMLFields(writingTo: out)
            fields.int("paragraph", value)
            if out.string() != "paragraph: \(value)\n" { failures += 1 }
        }
        for value in numbers {
            let out = ByteBuffer()
            var fields = YAMLFields(writingTo: out)
            fields.number("value", value)
            if out.string() != "value: \(JSONWriter.format(value))\n" { failures += 1 }
        }
        #expect(failures == 0)
    }

    /// Text appended for Markdown from its bytes is what `MarkdownEscaper.escape` makes of it.
    @Test func markdownTextIsAppendedAsEscaped() {
        let texts = Self.handMade + Self.randomTexts + ["- item", "+ x", "= y", "12. z", "3) w", "1x. ok", "*bold* _it_ `c` [l](u) <b> #h !i |t ~s &a {b}"]
            + Self.briefs.flatMap { $0.article.paragraphs.map(\.text) + [$0.article.title, $0.summary] }
        var failures = 0
        for text in texts {
            let out = ByteBuffer()
            MarkdownEscaper.append(text, escapedTo: out)
            if out.string() != MarkdownEscaper.escape(text) { failures += 1 }
        }
        #expect(failures == 0)
    }
}
