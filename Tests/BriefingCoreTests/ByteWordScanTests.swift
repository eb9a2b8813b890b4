import Foundation
import Testing
@testable import BriefingCore

/// The scans that read eight bytes at a time (`ByteWord`) answer as a byte-by-byte reading
/// does, wherever in a word the bytes they look for fall.
@Suite("Eight-byte scans")
struct ByteWordScanTests {
    /// Every byte value, then newswire text with marks, dashes, quotes and line breaks.
    static let bytes = (0...255).map(UInt8.init) + Array("SEOUL, Dec. 29 — “We met,” said Jane Doe.\r\nCafe\u{301} in Tromsø -- “quote” _ end\n".utf8)

    @Test func aWordAnswersAsItsBytes() {
        Self.bytes.withUnsafeBufferPointer { buffer in
            for start in 0...(buffer.count - 8) {
                let word = ByteWord(buffer, at: start)
                let eight = buffer[start..<(start + 8)]
                #expect(word.isASCII == eight.allSatisfy { $0 < 0x80 }, "at \(start)")
                #expect(word.scalarStarts == eight.filter { $0 & 0xC0 != 0x80 }.count, "at \(start)")
                for byte: UInt8 in [0x00, 0x0A, 0x0D, 0x20, 0x22, 0x2D, 0x5F, 0x80, 0xE2, 0xFF] {
                    #expect(word.contains(byte) == eight.contains(byte), "\(byte) at \(start)")
                }
                for limit: UInt8 in [0x00, 0x01, 0x20, 0x41, 0x80] {
                    #expect(word.hasByte(below: limit) == eight.contains { $0 < limit }, "below \(limit) at \(start)")
                }
            }
        }
    }

    /// The samples joined into long texts, each shifted by 0–8 bytes so that every mark meets
    /// every place in a word.
    static let texts: [String] = {
        let joined = TextByteScanTests.samples.joined(separator: " ")
        let lines = TextByteScanTests.samples.joined(separator: "\r\n") + "\n\n" + TextByteScanTests.samples.reversed().joined(separator: "\r")
        return (0...8).flatMap { shift in
            let pad = String(repeating: "x", count: shift)
            return [pad + joined, pad + lines, pad + "“" + joined + "”", pad + String(repeating: "ab-cd ", count: 40) + "\"", pad + "\u{2019}" + joined]
        }
    }()

    @Test func scansOfLongTextsMatchTheStandardLibrary() {
        for text in Self.texts {
            #expect(UTF8Scan.scalarCount(text) == text.unicodeScalars.count)
            #expect(text.split(atASCII: 0x20) == text.split(separator: " "))
            #expect(text.split(atASCII: 0x2D) == text.split(separator: "-"))
            #expect(text.spaceSeparatedWords == text.split(separator: " ").map(String.init))
            #expect(UTF8Scan.containsDoubleQuoteMark(text) == text.unicodeScalars.contains { "\"\u{201C}\u{201D}".unicodeScalars.contains($0) })
            #expect(Array(CanonicalText.precomposed(text).utf8) == Array(text.precomposedStringWithCanonicalMapping.utf8))
            for limit in [40, 120, 300, 1_000] {
                #expect(UTF8Scan.characterCount(of: text, isBelow: limit) == (text.count < limit), "\(limit)")
            }
            let scalars = Array(text.unicodeScalars)
            for line in SourceLine.lines(of: text) where !line.isBlank {
                let slice = String(String.UnicodeScalarView(scalars[line.start..<(line.start + line.text.unicodeScalars.count)]))
                #expect(slice == line.text)
            }
        }
    }

    @Test func anEndingMarkIsTheSuffixTheStandardLibraryFinds() {
        let texts = ["Officials met.", "met .", "met.\u{301}", "\u{0600}.", "(Yonhap)", "(Yonhap) ", "[연합뉴스]", "]", "", "\r\n."]
        for text in texts {
            for (mark, byte) in [(".", UInt8(0x2E)), (")", 0x29), ("]", 0x5D)] {
                #expect(text.endsWith(mark, byte: byte) == text.hasSuffix(mark), "\(text) \(mark)")
            }
        }
    }

    @Test func aDatelineIsFoundWhereverItsDashFalls() {
        for dash in [" — ", " – ", " -- ", " - "] {
            for extra in 0...9 {
                let place = "SÃO PAULO" + String(repeating: "X", count: extra)
                let lead = "\(place), Dec. 29 (Korea Bizwire)\(dash)"
                let match = DatelineParser.parse(lead + "Officials met on Monday.")
                #expect(match?.dateline.place == place, "\(lead)")
                #expect(match?.length == lead.unicodeScalars.count, "\(lead)")
            }
        }
        // A dash among the first 90 scalars opens a dateline (the 87th here); past them, none does.
        let lead = "SEOUL (" + String(repeating: "Agency ", count: 11) + ") — "
        #expect(DatelineParser.parse(lead + "Officials met.")?.length == lead.unicodeScalars.count)
        #expect(DatelineParser.parse("SEOUL (" + String(repeating: "Agency ", count: 12) + ") — Officials met.") == nil)
    }

    /// Phrase lists whose shortest phrase has three bytes or more take the skipping search.
    @Test func theSkippingPhraseSearchFindsWhatASearchPerPhraseFinds() {
        let lists = [
            ["in this photo", "getty images", "(ap photo", "/afp)", "(epa", "pictured", "photo:", "this image"],
            ["contains affiliate links", "may earn a commission", "contributed to this report"],
            ["according", "\u{212A}", "said", "told"],
            ["abc", "bcd", "cde", "abcdef"],
            ["aaa"],
            ["자료사진", "사진"],
        ]
        var texts = Self.texts.map { $0.lowercased() } + ["", "ab", "abc", "xabcx", "aa", "aaaa", "zzbcdzz", "cd", "사진"]
        for list in lists {
            for phrase in list {
                for shift in 0...9 {
                    let pad = String(repeating: "the ", count: shift / 4) + String(repeating: "e", count: shift % 4)
                    texts += [pad + phrase, pad + phrase + " said", pad + String(phrase.dropLast()), pad + String(phrase.dropFirst())]
                }
            }
        }
        for list in lists {
            let set = PhraseSet(list)
            for text in texts {
                #expect(set.occurs(in: text) == list.contains { UTF8Scan.contains(text, $0) }, "\(list) in \(text)")
            }
        }
    }
}
