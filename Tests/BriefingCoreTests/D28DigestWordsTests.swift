import Testing

@testable import BriefingCore

/// A digest reads the story words and the search terms of a brief's headline and body in one
/// pass (`StorySearchTerms`): the same words and terms as reading them apart.
@Suite struct D28DigestWordsTests {
    /// Paragraphs of news text with the edge cases of both word rules: apostrophes straight and
    /// curly, digits joined by commas and periods, hyphens, dashes, quote marks, tabs and
    /// spaces past ASCII, stop words in capitals, single letters, long words, and text past
    /// ASCII (accented letters, a combining accent, full-width letters, CJK).
    static let paragraphs = [
        "Officials said Betty Ford spoke with NATO envoys in Seoul on Monday. UNESCO said: Heritage sites were safe.",
        "\"We will rebuild,\" said Mayor Park Won-soon, as RESCUERS searched 15,000 homes near the Han River's banks.",
        "Reported\ttroops LEFT 7.6 percent? Yes! Then 'Operation Dawn' began;  twice spaced,\nNew York and\tLima. 7.Then 2,x 3.",
        "“Stay,” Kim’s aide said. “Officials” know\u{2009}Busan\u{00A0}Port – ANTARCTIC waters… Seoul’s SEOUL talks’ end ’90s",
        "", " ", "A b c 12 1 ab AB THE The Said WOULD internationalization counterintelligence 1234567890123 x9 9x",
        "Les études montrent que l’économie a ralenti, said the ministries’ reports in São Paulo.",
        "The cafe\u{301} stayed shut; Ｔｏｋｙｏ and 東京 reported 3.5% growth — the IMF’s view.",
        "Don't can't won't it's o'clock rock'n'roll 'quoted' trailing' ’leading ’’double",
        String(repeating: "The long paragraph repeats words and numbers like 2024, 3.14 and 1,000,000 again. ", count: 40),
    ]

    static func brief(title: String, _ paragraphs: [String], summary: String = "", captions: [String] = [], tags: [String] = []) -> Brief {
        let article = Article(
            source: "a.txt", slug: "a", title: title, outlet: "The Daily Ledger", authors: ["Ann O’Neil", "Bo Li"],
            paragraphs: paragraphs.map { Paragraph(text: $0) }, captions: captions.map { Caption(text: $0) }, tags: tags, text: "")
        return Brief(article: article, extraction: Extraction(), keyQuotes: [], keyFigures: [], timeline: [], summary: summary)
    }

    /// The search terms and story words of `brief` read together, as a digest reads them.
    static func together(_ brief: Brief) -> (search: (terms: String, weights: [UInt8]), words: StoryDocument.Words, searched: [Bool]) {
        var terms: StorySearchTerms? = StorySearchTerms()
        let words = StoryDocument.words(brief, search: &terms)
        let searched = terms?.searched ?? []
        var weights = terms.take()?.takeWeights() ?? SearchTermWeights()
        SearchIndexWriter.add(brief, to: &weights, except: searched)
        return (weights.sorted(), words, searched)
    }

    static func expectSame(_ brief: Brief, _ comment: Comment) {
        let (search, words, searched) = together(brief)
        let plainSearch = SearchIndexWriter.weights(brief).sorted()
        let plainWords = StoryDocument.words(brief)
        #expect(search.terms == plainSearch.terms && search.weights == plainSearch.weights, comment)
        #expect(words.terms.map(\.word) == plainWords.terms.map(\.word), comment)
        #expect(words.terms.map(\.count) == plainWords.terms.map(\.count), comment)
        #expect(words.names == plainWords.names, comment)
        #expect(searched.count == brief.article.paragraphs.count + 1, comment)
        // The digest holds the same.
        let digest = BriefDigest(brief, repeatSample: []).details
        #expect(digest.search.terms == plainSearch.terms && digest.search.weights == plainSearch.weights, comment)
        #expect(digest.story.terms == plainWords.terms.map(\.word) && digest.story.names == plainWords.names, comment)
    }

    @Test func eachParagraphGivesTheSameTermsAndWords() {
        for (k, paragraph) in Self.paragraphs.enumerated() {
            Self.expectSame(Self.brief(title: "Quake hits Seoul: NATO acts", [paragraph]), "paragraph \(k)")
            // As the headline (weight 5) too.
            Self.expectSame(Self.brief(title: paragraph, ["Rescuers searched the rubble."]), "headline \(k)")
        }
    }

    @Test func aWholeBriefGivesTheSameTermsAndWords() {
        let brief = Self.brief(
            title: "Quake’s toll rises to 1,200 in Seoul", Self.paragraphs, summary: "Officials said the toll rose; the cafe\u{301} shut.",
            captions: ["Rescuers in Seoul’s Han district", "東京 skyline"], tags: ["Earthquakes", "South Korea"])
        let (search, words, searched) = Self.together(brief)
        Self.expectSame(brief, "whole brief")
        // The ASCII texts were searched in the pass, the others after it.
        #expect(searched == ([brief.article.title] + Self.paragraphs).map { UTF8Scan.withBytes($0, ASCIIWordText.holds) })
        #expect(searched.contains(true) && searched.contains(false))
        // Terms of every field, the headline's weighing most.
        let terms = search.terms.split(separator: " ").map(String.init)
        #expect(["quake", "200", "seoul", "earthquakes", "neil", "ledger", "skyline", "15", "000", "rock"].allSatisfy(terms.contains))
        #expect(search.weights[terms.firstIndex(of: "quake")!] == SearchIndexWriter.titleWeight)
        #expect(!terms.contains("the") && !terms.contains("said") && !words.terms.isEmpty)
    }

    /// A run that is no search term (one byte, or a stop word) is no story word either.
    @Test func searchStopWordsAreStoryStopWords() {
        for word in SearchIndexWriter.stopWords.words {
            #expect(StoryTerms.terms(word).isEmpty, "\(word)")
            #expect(StoryTerms.terms(word.uppercased()).isEmpty, "\(word)")
        }
    }

    /// Stop words are found by their bytes, and no other word is one.
    @Test func stopWordsAreFoundByTheirShortKeys() {
        let others = ["th", "thee", "andes", "o", "ofs", "it5", "whom", "saids", "wouldbe", "12", "the1", "abcdefghijk", "an0"]
        for word in Array(SearchIndexWriter.stopWords.words) + others {
            let isTerm = UTF8Scan.withBytes(word) { SearchIndexWriter.isTerm(ascii: $0, stopWords: SearchIndexWriter.stopWordSet) }
            #expect(isTerm == (word.count >= 2 && !SearchIndexWriter.stopWords.contains(word)), "\(word)")
        }
    }

    /// Words are ordered as their bytes compare, a few or many (sorted by their first four
    /// bytes, then compared), with shared beginnings, repeats and words past ASCII.
    @Test func wordRangesSortAsTheirBytes() {
        let base = ["report", "reported", "reports", "rep", "re", "r", "zebra", "2024", "20245", "a", "ab", "abc", "abcd", "abcde",
                    "été", "étés", "zz9", "report", "able", "abler", "ablest"]
        for count in [2, 10, 63, 64, 65, 300, 1023, 1024, 1500] {
            let words = (0..<count).map { k in base[k % base.count] + (k % 3 == 0 ? "" : String(k / base.count)) }
            let bytes = Array(words.joined(separator: " ").utf8)
            var ranges: [Range<Int>] = [], start = 0
            for word in words {
                ranges.append(start..<start + word.utf8.count)
                start += word.utf8.count + 1
            }
            // Eight bytes past the last word, which the sort reads.
            let padded = bytes + [UInt8](repeating: 0, count: 8)
            var order: [Int] = []
            let joined = padded.withUnsafeBufferPointer { bytes in ranges.withUnsafeBufferPointer { SortedWordRanges.joined($0, in: bytes) { order.append($0) } } }
            let sorted = Array(Set(words)).sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            #expect(order.map { words[$0] } == sorted, "\(count)")
            #expect(joined == sorted.joined(separator: " "))
            // Of equal words, the first.
            #expect(order.allSatisfy { words.firstIndex(of: words[$0]) == $0 })
        }
    }

    /// Terms of eight bytes or fewer are kept by their bytes, longer ones by their numbers:
    /// either way each distinct term once, with its heaviest weight, sorted as strings sort.
    @Test func termWeightsKeepEachTermWithItsHeaviestWeight() {
        let words = ["a1", "ab", "abcdefgh", "abcdefghi", "abcdefgh1", "zz", "z", "12345678", "123456789", "ab", "abcdefghi", "ba", "éa", "x"]
        var weights = SearchTermWeights()
        var expected: [String: UInt8] = [:]
        for (k, word) in (words + words.reversed()).enumerated() {
            let weight = UInt8(k % 5 + 1)
            UTF8Scan.withBytes(word) { weights.add($0, weight: weight) }
            expected[word] = max(expected[word] ?? 0, weight)
        }
        let sorted = weights.sorted()
        #expect(sorted.terms == expected.keys.sorted().joined(separator: " "))
        #expect(sorted.weights == expected.keys.sorted().map { expected[$0]! })
    }

    /// Digest details write arrays of numbers at once: the same bytes as one value at a time.
    @Test func bulkWritesGiveTheBytesOfSingleWrites() {
        let words: [[UInt64]] = [[], [0], [1, .max, 0x0102_0304_0506_0708, 42], (0..<500).map { $0 &* 0x9E37_79B9_7F4A_7C15 }]
        for values in words {
            var bulk = BinaryWriter(), single = BinaryWriter()
            bulk.uint64s(values)
            single.array(values) { $0.uint64($1) }
            #expect(bulk.bytes == single.bytes)
        }
        let counts: [[Int32]] = [[], [0], [1, 2, 63], [1, 64, 3], [5, 200, 100_000], (0..<300).map { Int32($0 % 60) }]
        for values in counts {
            var bulk = BinaryWriter(), single = BinaryWriter()
            bulk.smallInts(values)
            single.array(values) { $0.int(Int($1)) }
            #expect(bulk.bytes == single.bytes, "\(values.prefix(5))")
            var weights = BinaryWriter(), singleWeights = BinaryWriter()
            let small = values.map { UInt8(truncatingIfNeeded: $0) }
            weights.smallInts(small)
            singleWeights.array(small) { $0.int(Int($1)) }
            #expect(weights.bytes == singleWeights.bytes)
        }
    }
}
