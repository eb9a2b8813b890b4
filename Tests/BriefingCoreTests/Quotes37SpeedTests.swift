import Foundation
import Testing
@testable import BriefingCore

/// The quote extractor's quicker readings of session 37 agree with the plain way on the texts
/// of the quote fixtures: a sentence's tokens found by two bisections, a mention with a
/// lower-case word after its first resolved to no entity without reading the entities, and a
/// quote's opening dash told from its bytes.
@Suite("Quotes 37: token ranges by bisection, descriptions resolved without the entities, dashes from bytes")
struct Quotes37SpeedTests {
    /// The paragraphs (lines) of every quote fixture text, each article's lines apart.
    private static let articles: [[String]] = Repo.quoteFixtureTexts().map { url in
        ((try? String(contentsOf: url, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    @Test func theFirstTokenAtAnOffsetFromAnIndexIsTheOneAWalkFinds() {
        var asked = 0, failures: [String] = []
        for (a, article) in Self.articles.enumerated() {
            for paragraph in article {
                let tokens = Tokenizer.tokens(paragraph)
                let offsets = tokens.flatMap { [$0.start, $0.end, $0.start + 1] } + [0, paragraph.unicodeScalars.count + 1]
                for lower in Swift.stride(from: 0, through: tokens.count, by: 3) {
                    for offset in offsets {
                        var walked = lower
                        while walked < tokens.count, tokens[walked].start < offset { walked += 1 }
                        asked += 1
                        if QuoteParagraph.firstToken(tokens, from: offset, notBefore: lower) != walked { failures.append("\(a): \(lower) \(offset)") }
                    }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(asked) found otherwise: \(failures.prefix(10))")
        #expect(asked > 100_000)
    }

    /// The entity a mention of two words or more resolves to as it was found: its words but
    /// honorifics, joined by spaces, equal to an entity's name, else ending or opening one.
    private static func plainEntity(_ mention: String, in directory: SpeakerDirectory) -> String? {
        let joined = mention.spaceSeparatedWords.filter { !SpeakerDirectory.isHonorific($0) }.joined(separator: " ")
        return (directory.entities.first { $0.name == joined } ?? directory.entities.first { $0.name.hasSuffix(joined) || $0.name.hasPrefix(joined) })?.name
    }

    @Test func aMentionResolvesToTheEntityItDidWhenItsWordsAreNotRead() {
        var asked = 0, ruledOut = 0, found = 0, failures: [String] = []
        for article in Self.articles {
            let tokens = article.map { Tokenizer.tokens($0) }
            let directory = QuoteExtractor.commonWords(tokens).names.directory
            // Every run of two to four tokens, and each entity's name changed to hit the rule: a word lower-cased,
            // its first letters dropped (a name it ends mid-word), a description before or after it.
            var mentions: [String] = []
            for paragraph in tokens {
                for length in 2...4 where paragraph.count >= length {
                    for start in 0...(paragraph.count - length) { mentions.append(paragraph[start..<(start + length)].map(\.text).joined(separator: " ")) }
                }
            }
            for name in directory.entities.map(\.name) {
                let words = name.split(separator: " ").map(String.init)
                mentions += [name, String(name.dropFirst(2)), "the " + name, name + " spokesman", "Mr. " + name, "Mr. " + String(name.dropFirst(1))]
                for k in words.indices { mentions.append(words.enumerated().map { $0.offset == k ? $0.element.lowercased() : $0.element }.joined(separator: " ")) }
            }
            for mention in mentions where mention.spaceSeparatedWords.filter({ !SpeakerDirectory.isHonorific($0) }).count > 1 {
                asked += 1
                let plain = Self.plainEntity(mention, in: directory)
                if plain != nil { found += 1 }
                if SpeakerDirectory.hasLowercaseWordAfterFirst(mention) { ruledOut += 1 }
                if directory.resolve(mention)?.name != plain { failures.append("\(mention): \(plain ?? "none")") }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(asked) resolved otherwise: \(failures.prefix(10))")
        print("mentions asked: \(asked), naming an entity: \(found), ruled out by a lower-case word: \(ruledOut)")
        #expect(asked > 100_000 && found > 1_000 && ruledOut > 50_000)
    }

    @Test func aDashOpeningATextIsToldFromItsBytesAsTheLibraryTellsIt() {
        // Every line of the fixtures, and the rest of it from each hyphen and dash, and texts made to hit each rule:
        // a mark or a joiner after the dash, a dash made of other scalars, a dash alone.
        var texts = ["", "-", "--", "---", "\u{2014}", "\u{2014}\u{2014}", "-\u{301}-", "--\u{301}x", "\u{2014}\u{301}", "\u{2014}\u{200D}a",
                     "--\u{200D}", "\u{2013}x", "\u{2015}x", "- -", "-\r\n-", "\u{0600}--", "\u{2014}e\u{301}", "--\u{E9}", "\u{2014}\u{E9}"]
        for article in Self.articles {
            for line in article {
                texts.append(line)
                for k in line.indices where line[k] == "-" || line[k] == "\u{2014}" { texts.append(String(line[k...])) }
            }
        }
        var opening = 0, failures: [String] = []
        for text in texts {
            for (fast, plain) in [(text.hasPlainPrefix("--"), text.hasPrefix("--")), (text.hasPlainPrefix("\u{2014}"), text.hasPrefix("\u{2014}"))] {
                if plain { opening += 1 }
                if fast != plain { failures.append(text) }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) of \(texts.count) texts told otherwise: \(failures.prefix(10))")
        print("texts asked: \(texts.count), opening with a dash: \(opening)")
        #expect(texts.count > 5_000 && opening > 100)
    }
}
