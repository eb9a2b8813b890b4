import Foundation
import Testing
@testable import BriefingCore

/// The quote extractor's quicker readings of session 42 agree with the plain way on the words
/// of the quote fixtures and on edge cases: a nationality ending told from the last byte, the
/// first or last character of a word told from its bytes, and the word lists made once as sets
/// (a gloss's determiner, a clause's conjunction, the marks ending an opening appositive), and
/// the words of a learned name lower-cased from its bytes, and a name told to open with a word
/// from the bytes of both.
@Suite("Quotes 42: national suffixes by last byte, leading number, trailing letter or number, word sets made once")
struct Quotes42SpeedTests {
    /// Every token of every quote fixture text, and the text of each line.
    private static let words: [String] = Repo.quoteFixtureTexts().flatMap { url -> [String] in
        let lines = ((try? String(contentsOf: url, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        return lines + lines.flatMap { Tokenizer.tokens($0).map(\.text) }
    }

    /// Words at the edges of the byte tests: characters past ASCII, combining marks, carriage
    /// returns, numbers that are letters, a prepended mark before a digit.
    private static let edges = [
        "", "a", "1", "A1", "1a", "-", "'", "American", "AMERICAN", "Maltese", "Irish", "ic", "ican", "Republican", "Celtic",
        "abc\u{301}", "e\u{301}", "1\u{20E3}", "x\r\n", "\r\n", "9\r", "\u{4E94}", "\u{0663}", "\u{00BD}", "\u{0600}1", "a\u{0600}1",
        "\u{2019}", "\u{201D}", "d\u{00E9}j\u{00E0}", "caf\u{00E9}", "2\u{00B2}", "x\u{200D}", "Zo\u{00EB}", "\u{FF11}", "Chinese", "Danish",
    ]

    @Test func aNationalSuffixToldByTheLastByteIsOneOfTheList() {
        var asked = 0, found = 0, failures: [String] = []
        for word in Self.words + Self.edges {
            let folded = Array(word.lowercased().utf8)
            guard folded.allSatisfy({ $0 < 0x80 }) else { continue }
            let plain = QuoteAttribution.nationalSuffixes.contains { suffix in
                folded.count >= suffix.utf8CodeUnitCount
                    && Array(folded.suffix(suffix.utf8CodeUnitCount)) == Array(UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount))
            }
            let fast = folded.withUnsafeBufferPointer(QuoteAttribution.hasNationalSuffix)
            asked += 1
            if plain { found += 1 }
            if fast != plain { failures.append(word) }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(asked) told otherwise: \(failures.prefix(10))")
        #expect(asked > 10_000)
        #expect(found > 100)
    }

    @Test func aLeadingNumberToldByTheFirstByteIsTheFirstCharacters() {
        var asked = 0, numbers = 0, failures: [String] = []
        for word in Self.words + Self.edges {
            let plain = word.first?.isNumber == true
            asked += 1
            if plain { numbers += 1 }
            if word.startsWithNumber != plain { failures.append(word) }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(asked) told otherwise: \(failures.prefix(10))")
        #expect(numbers > 100)
    }

    @Test func aTrailingLetterOrNumberToldByTheLastBytesIsTheLastCharacters() {
        var asked = 0, found = 0, failures: [String] = []
        for word in Self.words + Self.edges {
            let plain = word.last.map { $0.isLetter || $0.isNumber } == true
            asked += 1
            if plain { found += 1 }
            if word.endsWithLetterOrNumber != plain { failures.append(word) }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(asked) told otherwise: \(failures.prefix(10))")
        #expect(found > 1_000 && found < asked)
    }

    /// The words of each sentence of every fixture line, with mixed-case and edge words set in.
    private static let sentences: [[String]] = Repo.quoteFixtureTexts().flatMap { url -> [[String]] in
        ((try? String(contentsOf: url, encoding: .utf8)) ?? "").split(separator: "\n").flatMap { line -> [[String]] in
            let text = String(line), tokens = Tokenizer.tokens(text)
            return SentenceSplitter.split(text).map { sentence in
                tokens.filter { $0.start >= sentence.start && $0.start < sentence.end }.map(\.text)
            }
        }
    } + [
        [",", "HIS", "agency", "Nickname"], ["Their", "old", "MOTTO"], [",", "\u{0130}ts", "name"], ["A", "catchphrase"], [",", "the"],
        ["It", "rained", ",", "AND", "he", "said", ":", "no"], ["Smith", ",", "a", "critic", ";", "of", "it", ",", "said"],
        ["Jones", ",", "the", "mayor", "\u{037E}", "said"], ["x", "\u{2014}", "While", "y"],
    ]

    @Test func aGlossAfterAQuoteIsToldAsTheListTellsIt() {
        var asked = 0, glossed = 0, failures: [String] = []
        for words in Self.sentences {
            for start in words.indices {
                let after = Array(words[start...].prefix(5))
                var rest = after[...]
                if rest.first == "," { rest = rest.dropFirst() }
                let plain = rest.first.map { ["his", "her", "its", "their", "the", "a"].contains($0.lowercased()) } == true
                    && rest.dropFirst().prefix(3).contains { ["nickname", "moniker", "codename", "name", "slogan", "motto", "hashtag", "catchphrase"].contains($0.lowercased()) }
                asked += 1
                if plain { glossed += 1 }
                if QuoteNameFilter.isGlossedAsName(after: after) != plain { failures.append(after.joined(separator: " ")) }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(asked) told otherwise: \(failures.prefix(10))")
        #expect(asked > 10_000)
        #expect(glossed > 0)
    }

    @Test func aQuotesOwnClauseEndsWhereTheListTellsIt() {
        var asked = 0, cut = 0, failures: [String] = []
        for words in Self.sentences {
            func breaks(_ k: Int) -> Bool {
                words[k] == ":" || words[k] == ";" || k > 0 && (words[k - 1] == "," || words[k - 1] == "\u{2014}" || words[k - 1] == "\u{2013}")
                    && ["and", "but", "while"].contains(words[k].lowercased())
            }
            for index in 0...words.count {
                let start = (0..<index).last(where: breaks).map { $0 + 1 } ?? 0
                let end = (index..<words.count).first(where: breaks) ?? words.count
                let plain = words[start..<max(start, end)]
                asked += 1
                if plain.count < words.count { cut += 1 }
                if QuoteNameFilter.ownClause(words, from: index) != plain { failures.append(words.joined(separator: " ") + " @\(index)") }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(asked) cut otherwise: \(failures.prefix(5))")
        #expect(cut > 100)
    }

    @Test func anOpeningAttributionIsToldAsTheListOfStopsTellsIt() {
        var asked = 0, opening = 0, failures: [String] = []
        for words in Self.sentences {
            let found = QuoteAttribution.candidates(in: words, common: .none)
            guard let first = found.first else { continue }
            var plain = first.cue <= 5 && !words.prefix(first.cue).contains(where: { $0 == "," || QuoteAttribution.clauseWords.contains($0) })
            if !plain, first.cue <= 12, words[first.cue - 1] == ",", let comma = words.firstIndex(of: ","), comma > 0, comma + 2 < first.cue,
               !words[(comma + 1)..<(first.cue - 1)].contains(where: { [",", ";", ".", ":"].contains($0) }) {
                plain = first.attribution.mention == QuoteAttribution.join(words[..<comma])
            }
            asked += 1
            if plain { opening += 1 }
            if QuoteExtractor.opensWithAttribution(words, candidates: found) != plain { failures.append(words.joined(separator: " ")) }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(asked) told otherwise: \(failures.prefix(5))")
        #expect(asked > 500)
        #expect(opening > 50)
    }

    @Test func theLowerCasedWordsOfANameAreTheWordsOfItsSplit() {
        // Runs of capitalized words of the fixtures stand in for names, with names past ASCII and odd spacing.
        var names = ["", " ", "Loretta E. Lynch", "  Mitch   McConnell ", "JEAN-LUC Picard", "\u{00C9}mile Zola", "Zo\u{00EB} \u{00C5}ngstr\u{00F6}m",
                     "K\u{212A} Lee", "Ali\r\nBaba", "O'Brien D\u{2019}Arcy", "A B C D E F G H", "\u{0130}stanbul Group", "X\u{0301} Y"]
        for words in Self.sentences {
            var run: [String] = []
            for word in words + [""] {
                if word.startsWithUppercase { run.append(word); continue }
                if run.count >= 2 { names.append(run.joined(separator: " ")) }
                run = []
            }
        }
        var asked = 0, failures: [String] = []
        for name in names {
            var fast = WordTable(), plain = WordTable()
            fast.insertLowercasedWords(of: name)
            for word in name.split(atASCII: 0x20) { plain.insert(word.lowercased()) }
            let probes = name.split(separator: " ").flatMap { [String($0), $0.lowercased(), $0.uppercased()] } + ["", "lee", "k", "x", "lynch"]
            asked += 1
            if fast.isEmpty != plain.isEmpty || probes.contains(where: { fast.hasMember($0) != plain.hasMember($0) }) { failures.append(name) }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(asked) held otherwise: \(failures.prefix(10))")
        #expect(asked > 1_000)
    }

    @Test func aNameOpensWithAWordAsTheLibraryTellsIt() {
        var names = ["", " ", "Mao", "Mao Ning", "Mao  Ning", "Maori Ning", "X\r Y", "X\r\n Y", "\u{00C9}mile Zola", "E\u{0301}mile Zola", "K Lee", "\u{212A} Lee"]
        var words = ["", "Mao", "Ma", "X\r", "X", "\u{00C9}mile", "E\u{0301}mile", "Emile", "K", "\u{212A}", "Lee"]
        for sentence in Self.sentences.prefix(400) {
            let capitalized = sentence.filter(\.startsWithUppercase)
            words += capitalized
            for k in capitalized.indices.dropLast() { names.append(capitalized[k] + " " + capitalized[k + 1]) }
        }
        var asked = 0, opening = 0, failures: [String] = []
        for name in names {
            for word in words.prefix(600) + name.split(separator: " ").map(String.init) {
                let plain = name.hasPrefix(word + " ")
                asked += 1
                if plain { opening += 1 }
                if SpeakerDirectory.opensWithWord(name, word) != plain { failures.append(name + " | " + word) }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(asked) told otherwise: \(failures.prefix(10))")
        #expect(opening > 100)
    }
}
