import Foundation
import Testing
@testable import BriefingCore

/// The byte-level text helpers give what the Foundation and standard-library calls they
/// replace give, on newswire text with the characters those calls treat specially.
@Suite("Text byte scans")
struct TextByteScanTests {
    static let samples = [
        "SEOUL, Dec. 29 (Korea Bizwire) — Officials said the plan “could change” how Seoul works.",
        "Cafe\u{301} owners in Tromsø said prices rose 4\u{2009}% in İstanbul and ΣΟΦΙΑ.",
        "\u{00A0}\u{3000}\t Defense Minister Ahn Gyu-back spoke on Monday.\u{2003} \t",
        "Прем\u{0438}\u{0306}ер-министр заявил: «Мы не примем этот план».",
        "قال الوزير إن الخطة ستؤثر على أكثر من ألف عامل",
        "\u{1100}\u{1161}\u{11A8} 한국 정부는 다음 달 수정안을 발표할 예정이다 [연합뉴스 자료사진]",
        "AT&T\u{0338} ≠ R&D \u{1F1F0}\u{1F1F7} e\u{0323}\u{0302}",
        "",
    ]

    @Test func scalarCountIsTheStandardLibrarys() {
        for text in Self.samples + ["", "a", "\r\n", "👩‍👩‍👧", "가나다"] {
            #expect(UTF8Scan.scalarCount(text) == text.unicodeScalars.count, "\(text)")
        }
    }

    @Test func isASCIIAgreesWithAByteByByteTest() {
        // Every length to 20 bytes, with one byte past ASCII at each position (and none), so
        // that the overlapping word loads of each length are all tried.
        for length in 0...20 {
            for high in -1..<length {
                let bytes = (0..<length).map { $0 == high ? UInt8(0xC3) : UInt8(0x61 + $0 % 26) }
                let ascii = bytes.withUnsafeBufferPointer(UTF8Scan.isASCII)
                #expect(ascii == (high < 0), "length \(length), byte past ASCII at \(high)")
            }
        }
        for text in Self.samples {
            #expect(UTF8Scan.withBytes(text, UTF8Scan.isASCII) == text.utf8.allSatisfy { $0 < 0x80 }, "\(text)")
        }
    }

    @Test func phraseSetFindsWhatASearchPerPhraseFinds() {
        let phrases = ["(ap photo", "getty images", "this photo", "said", "ö", "ll", "a", "e\u{301}", "자료사진", "«"]
        // Every phrase alone, and lists with and without the one-byte phrase.
        let lists = phrases.map { [$0] } + [phrases, phrases.filter { $0.utf8.count > 1 }, []]
        let texts = Self.samples + ["(AP Photo/Jane Doe)".lowercased(), "in this photo taken on monday", "getty image", "thi"]
        for list in lists {
            let set = PhraseSet(list)
            for text in texts {
                #expect(set.occurs(in: text) == list.contains { UTF8Scan.contains(text, $0) }, "\(list) in \(text)")
            }
        }
    }

    @Test func phraseSetOpensWhereAPrefixTestPerPhraseDoes() {
        let phrases = ["read more:", "© ", "(c) ", "copyright", "copyright ©", "责任编辑", "a"]
        let texts = ["read more: the talks", "read more", "© 2024", "©2024", "(c) ap", "copyright © 2024 ap", "copyrights",
                     "责任编辑：王", "a", "", "b", " read more:"]
        for list in phrases.map({ [$0] }) + [phrases, phrases.filter { $0.utf8.count > 1 }, []] {
            let set = PhraseSet(list)
            for text in texts {
                let opens = UTF8Scan.withBytes(text) { set.opens($0) }
                #expect(opens == list.contains { text.utf8.starts(with: $0.utf8) }, "\(list) opening \(text)")
            }
        }
    }

    @Test func phraseSetWithManyLeadingPairsFindsEachOfThem() {
        // Enough distinct leading pairs that several share a first slot of the pair table.
        let words = "the in this photo picture taken courtesy getty images pool file ap reuters afp epa efe image pictured credit via by at on of and to for with from said told added wrote says according".split(separator: " ").map(String.init)
        let set = PhraseSet(words.map { $0 + " " })
        for word in words {
            #expect(set.occurs(in: "x \(word) y"), "\(word)")
            #expect(!set.occurs(in: "x \(word)"), "\(word) at the end has no space after it")
        }
        #expect(!set.occurs(in: "qq zz xx"))
    }

    @Test func foldingEightBytesFoldsEachByteAsAlone() {
        let bytes = (0...255).map(UInt8.init) + Array("Seoul, DEC. 29 — É".utf8)
        for start in 0..<(bytes.count - 8) {
            let word = bytes[start..<(start + 8)].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            let folded = UTF8Scan.foldingASCIIUppercase(word)
            for k in 0..<8 {
                let b = bytes[start + k]
                #expect(UInt8(truncatingIfNeeded: folded >> (8 * UInt64(k))) == (b &- 0x41 < 26 ? b | 0x20 : b), "byte \(b)")
            }
        }
    }

    @Test func foldedTextLowerCasesASCIILettersOnly() {
        for text in Self.samples {
            let folded = FoldedText(text).bytes
            #expect(folded == text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, "\(text)")
        }
    }

    @Test func comparisonKeysAreMatchedAsTheyAreBuilt() {
        let texts = Self.samples + ["Officials said “the plan” could change.", "OFFICIALS SAID THE PLAN COULD CHANGE", "Officials said the plan", "İstanbul", ""]
        for a in texts {
            let key = Array(ScrapedTextParser.comparisonKey(a).utf8)
            for b in texts {
                #expect(ScrapedTextParser.hasComparisonKey(b, key) == (Array(ScrapedTextParser.comparisonKey(b).utf8) == key), "\(a) | \(b)")
            }
        }
    }

    @Test func rangeFindsWhatALiteralSearchFinds() {
        let phrases = ["said", "plan", "“could", "ö", "e\u{301}", "자료사진", "»", " ", "not there", "ΣΟΦΙΑ."]
        for text in Self.samples {
            for phrase in phrases {
                let found = UTF8Scan.range(of: phrase, in: text)
                #expect(found == text.range(of: phrase, options: .literal), "\(phrase) in \(text)")
                if let found { #expect(String(text[found]) == phrase) }
                // In a substring: the indices are the substring's, found in its part only.
                let tail = text.dropFirst(3)
                #expect(UTF8Scan.range(of: phrase, in: tail) == tail.range(of: phrase, options: .literal), "\(phrase) in \(tail)")
            }
        }
    }

    @Test func digitRunsReadAsIntReadsThem() {
        for text in ["2025-03-07", "199", "x12y", "99999999999999999999 1", "", "7"] {
            UTF8Scan.withBytes(text) { bytes in
                var i = 0
                while i < bytes.count {
                    guard bytes[i] &- 0x30 < 10 else { i += 1; continue }
                    let (value, end) = UTF8Scan.digitRun(bytes, from: i)
                    let digits = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self)
                    #expect(value == Int(digits), "\(digits) in \(text)")
                    #expect(UTF8Scan.decimal(bytes, i..<min(end, i + 4)) == Int(digits.prefix(4)))
                    i = end
                }
            }
        }
        UTF8Scan.withBytes("20x5") { #expect(UTF8Scan.decimal($0, 0..<4) == nil) }
    }

    @Test func spaceSeparatedWordsAreTheSplitsWords() {
        let texts = Self.samples + [
            "  two  spaces  ", " ", "one", "a \u{301}b c", "“Quoted,”  she said — twice – and  ‘once’ ", "Zürich’s café-bar, 5\u{2009}km away ",
        ]
        for text in texts {
            let words = text.split(separator: " ")
            #expect(Array(SpaceSeparatedWords(text[...])) == words, "\(text)")
            #expect(Array(SpaceSeparatedWords(text[...], backward: true)) == words.reversed(), "\(text)")
        }
    }

    @Test func precomposedMatchesFoundation() {
        for text in Self.samples {
            #expect(Array(CanonicalText.precomposed(text).utf8) == Array(text.precomposedStringWithCanonicalMapping.utf8), "\(text)")
        }
    }

    @Test func stableScalarsAreComposedStarters() {
        for range in CanonicalText.stableRanges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(String(value, radix: 16))")
                #expect(String(scalar).precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual([scalar]), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func trimmingMatchesFoundation() {
        for text in Self.samples {
            #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "\(text)")
            let punctuation = CharacterSet.punctuationCharacters.union(.whitespaces)
            #expect(Array(text.trimmingPunctuationAndSpaces().unicodeScalars) == Array(text.trimmingCharacters(in: punctuation).unicodeScalars), "\(text)")
        }
        #expect("“Nobody should expect a quick result,”".trimmingPunctuationAndSpaces() == "Nobody should expect a quick result")
    }

    @Test func lowercasingMatchesTheStandardLibrary() {
        let cased = ["\u{212A}ELVIN \u{2126} \u{1E9E}", "“SHARE THIS” — PUBLICITÉ", "РЕКЛАМА\u{2028}\u{203F}", "İ",
                     "@AZ[`az{ \u{7F}\t0123 SEOUL, Dec. 29 (AP) — ÀZ@[ MIXED case Text", String((0..<128).map { Character(Unicode.Scalar(UInt8($0))) })]
        for text in Self.samples + cased {
            #expect(Array(UTF8Scan.lowercased(text).utf8) == Array(text.lowercased().utf8), "\(text)")
            let buffered = UTF8Scan.withBytes(text) { bytes in UTF8Scan.withLowercased(bytes) { Array($0) } }
            #expect(buffered == Array(text.lowercased().utf8), "\(text)")
        }
        // The lowercasing copies E2 80 xx (U+2000–U+203F) unread: none of them has a case.
        #expect((0x2000...0x203F).compactMap(Unicode.Scalar.init).allSatisfy { !$0.properties.changesWhenLowercased })
    }

    @Test func characterCountsMatch() {
        let long = [
            "a\r\nb", String(repeating: "x", count: 300), String(repeating: "“We said so” – he said… ", count: 14),
            String(repeating: "Cafe\u{301} ", count: 60), String(repeating: "a\r\n", count: 110),
            String(repeating: "\u{1F469}\u{200D}\u{1F52C} “", count: 90), String(repeating: "\u{0600}1 ", count: 110),
            String(repeating: "x", count: 119) + "\r\n" + String(repeating: "y", count: 200),
            String(repeating: "word ", count: 23) + "e\u{301}" + String(repeating: "\n", count: 300),
            "\r\n" + String(repeating: "ab", count: 150) + "\r",
        ]
        for text in Self.samples + long {
            for limit in [0, 5, 40, 120, 300, 301] {
                #expect(UTF8Scan.characterCount(of: text, isBelow: limit) == (text.count < limit), "\(text) \(limit)")
            }
        }
    }

    @Test func bytesAreSearchedAndReplaced() {
        #expect(UTF8Scan.contains("this story contains affiliate links", "affiliate links"))
        #expect(!UTF8Scan.contains("affiliate", "affiliate links"))
        #expect(UTF8Scan.replacing(" and ", with: ", ", in: "Jane Doe and John Roe and Ann Lee") == "Jane Doe, John Roe, Ann Lee")
        #expect(UTF8Scan.replacing("()", with: "", in: "M. H. Lee (()") == "M. H. Lee (")
    }

    @Test func linesKeepScalarOffsets() {
        let text = "  Seoul – Officials “met”\r\n\r\nThe talks\u{00A0}ended.\rLast line "
        let lines = SourceLine.lines(of: text)
        let scalars = Array(text.unicodeScalars)
        #expect(lines.map(\.text) == ["Seoul – Officials “met”", "", "The talks\u{00A0}ended.", "Last line"])
        #expect(lines.map(\.number) == [1, 2, 3, 4])
        for line in lines where !line.isBlank {
            let slice = String(String.UnicodeScalarView(scalars[line.start..<(line.start + line.text.unicodeScalars.count)]))
            #expect(slice == line.text)
        }
    }

    @Test func scalarsAndWordsMatchTheStandardLibrary() {
        let texts = Self.samples + ["Secretary of State  John Kerry ", " the Post", "Cafe\u{301} \u{301}owner", "Mr. Ahn",
                                    "Trump’s “very\u{00A0}bad” deal — “No”", "‘ Yes ’ … –", "a \r\n b", "’ \u{301}"]
        for text in texts {
            #expect(text.unicodeScalarArray == Array(text.unicodeScalars), "\(text)")
            #expect(Array(String(scalars: text.unicodeScalars).utf8) == Array(text.utf8), "\(text)")
            #expect(text.spaceSeparatedWords == text.split(separator: " ").map(String.init), "\(text)")
            #expect(text.lastSpaceSeparatedWord == text.split(separator: " ").last, "\(text)")
            #expect(text.spaceSeparatedCount == text.split(separator: " ").count, "\(text)")
            // Counted on scalars wherever no space can be joined to a neighbour.
            if let count = Array(text.unicodeScalars).spaceSeparatedCount {
                #expect(count == text.split(separator: " ").count, "\(text)")
            }
        }
        #expect(Array("Cafe\u{301} \u{301}owner".unicodeScalars).spaceSeparatedCount == nil)
    }

    /// Splitting at a byte, the case of a leading character and the one-byte test give what
    /// the standard library gives, also where a mark joins a space or a hyphen to a character.
    @Test func byteSplitsAndLeadingCaseMatchTheStandardLibrary() {
        let texts = Self.samples + [
            "the Defense Ministry", "  Lt. Gen.  Ahn ", "2015-W07", "1989-Q1", "--a-b-", "-\u{301}x", " \u{301}owner", "a\r\nB",
            "Éric Zemmour", "E\u{301}ric", "ΣΟΦΙΑ", "ørsted", "\u{2019}s", "\r\n", "'Ryan", "Trump’s", "x", "4\u{20E3}", "½ of", "٣ days", "@CNN",
            "“", "”Yes", "—", "’s", "…and", "‘\u{301}", "\u{2027}", "\u{2028}", "\u{200F}x", "–\u{2019}",
        ]
        for text in texts {
            #expect(text.split(atASCII: 0x20) == text.split(separator: " "), "\(text)")
            #expect(text.split(atASCII: 0x2D) == text.split(separator: "-"), "\(text)")
            #expect(UTF8Scan.containsByte(text, 0x2D) == text.utf8.contains(0x2D), "\(text)")
            #expect(Array(text.lowercasedIfNeeded.utf8) == Array(text.lowercased().utf8), "\(text)")
            for word in [text[...]] + text.split(separator: " ") {
                #expect(word.startsWithUppercase == (word.first?.isUppercase == true), "\(word)")
                #expect(word.startsWithLowercase == (word.first?.isLowercase == true), "\(word)")
                #expect(word.startsWithLetter == (word.first?.isLetter == true), "\(word)")
                #expect(word.startsWithLetterOrNumber == (word.first.map { $0.isLetter || $0.isNumber } == true), "\(word)")
            }
        }
    }

    /// In plain text (ASCII, U+00A0, U+2010–U+2027) a byte search finds what Foundation's
    /// search by canonical equivalence finds; other text is left to Foundation.
    @Test func plainTextSearchFindsWhatFoundationFinds() {
        let texts = Self.samples + [
            "Clinton’s “Basket of Deplorables” speech — Trump said", "Trump\u{2019}s aide\u{00A0}said “no”", "a\r\nb Trump",
            "Trump\u{301} said", "\u{212A}im said", "Kim said", "José said", "Jose\u{301} said",
        ]
        let phrases = ["Trump", "Trump ", "Kim", "Jose", "said", " ", "-", "\n", "Deplorables” ", "b T"]
        for text in texts {
            for phrase in phrases {
                if let plain = PlainText.contains(text, phrase) { #expect(plain == text.contains(phrase), "\(text) / \(phrase)") }
                #expect(text.containsPhrase(phrase) == text.contains(phrase), "\(text) / \(phrase)")
            }
        }
        #expect(PlainText.contains("Trump\u{301} said", "Trump") == nil)
        #expect(PlainText.contains("Clinton’s “speech”", "Clinton") == true)
        #expect(PlainText.contains("a\r\nb", "\n") == nil)
    }

    /// Words from a Korea Herald report, in their forms and in forms equal to them only by
    /// canonical equivalence ("\u{212A}" composes to "K", "e\u{301}" to "é").
    @Test func tokenWordSetHasTheMembersOfASetOfStrings() {
        let words = ["the", "ministry", "said", "it’s", "café", "seoul", "\u{212A}im", "k", "officials", "won", "ahn", "park"]
        let queries = words + ["Kim", "cafe\u{301}", "\u{212A}", "The", "minister", "", "e\u{301}", "caf", "park "]
        var inserted: [String] = []
        var reference: Set<String> = []
        for (n, word) in words.enumerated() {
            inserted.append(word)
            reference.insert(word)
            // Enough words to make the table grow.
            for k in 0..<20 {
                inserted.append("\(word)\(n)-\(k)")
                reference.insert("\(word)\(n)-\(k)")
            }
        }
        let set = TokenWordSet(words: inserted)
        for query in queries + reference.sorted() { #expect(set.contains(query) == reference.contains(query), "\(query)") }
        let removals = ["park", "k", "cafe\u{301}"]
        for removed in removals { reference.remove(removed) }
        let less = TokenWordSet(words: inserted, removed: removals)
        for query in queries + reference.sorted() { #expect(less.contains(query) == reference.contains(query), "\(query)") }
    }

    /// The byte search for a literal finds what a search of the text's bytes finds.
    @Test func literalSearchInBytesFindsWhatTheBytesHold() {
        let texts = Self.samples + ["<p>“Quoted” — twice</p>\n", "a <p> b", "<p", "p>", "<", "ü<p>ß"]
        for text in texts {
            UTF8Scan.withBytes(text) { bytes in
                #expect(UTF8Scan.contains(bytes, "<p>") == (text.utf8.count >= 3 && (0...text.utf8.count - 3).contains { Array(text.utf8.dropFirst($0).prefix(3)) == Array("<p>".utf8) }), "\(text)")
                #expect(UTF8Scan.contains(bytes, "") == true)
                #expect(UTF8Scan.contains(bytes, "\u{201C}") == text.contains("\u{201C}"), "\(text)")
            }
        }
    }
}
