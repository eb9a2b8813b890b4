import Foundation
import Testing
@testable import BriefingCore

/// The starts of names found in the pass that gathers an article's lower-case words give what
/// reading every token gives: the same tokens, the same lower-case words, and the same names
/// and organizations learned from them.
@Suite("Quotes: name starts found with the lower-case words")
struct QuoteNameStartsTests {
    /// Paragraphs of news text: curly quotes, dashes, letters past ASCII, all-caps, honorifics.
    private static let paragraphs = [
        "“We will not back down,” said Sen. Elizabeth Warren, D-Mass., on Tuesday.",
        "Dr. Ahn Gyu-back, the defense minister, told the Yonhap news agency that North Korea’s Foreign Ministry had lied.",
        "O\u{2019}Brien declined \u{2014} twice \u{2014} to comment; Café owners, e.g. Mr. Lee, agreed!",
        "ÉLYSÉE PALACE officials, including Émilie Dubois-Leclerc and Zoë Ångström, met the ÖVP’s leaders in Wien.",
        "e\u{301}tude and \u{E9}tude are French words; ÿ, ß and ǅ are rare openers.",
        "THE WASHINGTON POST reported that the Department of Foreign Affairs and NIS said so. The newspaper said the agency agreed.",
        "Aung San Suu Kyi met Secretary of State John Kerry and Loretta E. Lynch at the U.S. Embassy in Yangon.",
        "", "\u{2014}", "“”", "I said: ‘no’ -- and 'yes'. (AP) — Reuters, Bloomberg News and The New York Times’ reporters…",
        "“We won,” said Smith-who never lost, and “Jones-which” Lee-whose team — Park-who — agreed.",
        "Williams-who said he was counting -was able to tease Hansbrough, the Tar Heels’ star, at 3:30 p.m.",
        "\u{212A}elvin and K\u{301}arl, \u{037E} Ω Ohm \u{2126}, ﬁne ﬂights, and the ＡＢＣ network aired it.",
    ]

    private static var tokens: [[Token]] { paragraphs.map { Tokenizer.tokens($0) } }

    @Test func leadingByteTellsWhatTheFirstByteTestsTell() {
        for word in Self.tokens.joined().map(\.text) + ["", "a", "Z", "@", "[", "`", "{", "\u{E9}", "e\u{301}", "\u{212A}"] {
            let kind = QuoteExtractor.leadingByte(word)
            let opens: Bool
            switch kind {
            case .asciiCapital, .other: opens = true
            case .asciiLowercase, .lowercase, .otherASCII: opens = false
            }
            #expect(opens == !word.opensWithASCIINonCapital, "\(word)")
            switch kind {
            case .asciiLowercase, .lowercase: #expect(QuoteExtractor.startsLowercase(word), "\(word)")
            case .asciiCapital, .otherASCII: #expect(!QuoteExtractor.startsLowercase(word), "\(word)")
            case .other: break
            }
            if case .asciiLowercase(let hash) = kind {
                #expect(Array(word.utf8).withUnsafeBufferPointer { ASCIIWordHash.of($0) } == hash, "\(word)")
            }
            #expect((kind == .lowercase) == (word.utf8.first.map { $0 &- 0x61 < 26 } == true && word.utf8.contains { $0 >= 0x80 }), "\(word)")
        }
    }

    @Test func startsFoundWithTheLowercaseWordsAreThoseOfEveryToken() {
        let paragraphs = Self.tokens
        let (common, _, starts) = QuoteExtractor.commonWords(paragraphs)
        let plain = paragraphs.map(NameStarts.of)
        for (p, tokens) in paragraphs.enumerated() {
            #expect(Array(starts[p]) == tokens.indices.filter { !tokens[$0].text.opensWithASCIINonCapital }, "\(p)")
            #expect(Array(plain[p]) == Array(starts[p]), "\(p)")
            for token in tokens where QuoteExtractor.startsLowercase(token.text) { #expect(common.wasInserted(token.text), "\(token.text)") }
        }
        #expect(!common.wasInserted("Sen."))
        #expect(!common.wasInserted("ÉLYSÉE"))
    }

    /// Learning from every token, as the directories did, gives what learning from the starts gives.
    @Test func directoriesLearnedFromTheStartsAreThoseLearnedFromEveryToken() {
        let paragraphs = Self.tokens
        let (common, names, starts) = QuoteExtractor.commonWords(paragraphs)
        var people = SpeakerDirectory(), everyPerson = SpeakerDirectory()
        var organizations = OrganizationDirectory(), everyOrganization = OrganizationDirectory()
        for (p, tokens) in paragraphs.enumerated() {
            people.learn(from: tokens, starts: starts[p], lowercase: common)
            everyPerson.learn(from: tokens, starts: Array(tokens.indices)[...], lowercase: common)
            organizations.learn(from: tokens, starts: starts[p])
            everyOrganization.learn(from: tokens, starts: Array(tokens.indices)[...])
        }
        #expect(people.entities == everyPerson.entities)
        #expect(organizations.organizations == everyOrganization.organizations)
        #expect(people.entities.map(\.name).contains("Elizabeth Warren"))
        #expect(organizations.organizations.contains { $0.name.contains("Foreign Ministry") })
        #expect(!names.directory.entities.isEmpty)
    }

    /// A paragraph's words, read with the starts for names joined to a relative pronoun, are
    /// those read with every token as a start, quoted or not.
    @Test func paragraphWordsReadWithTheStartsAreThoseReadAtEveryToken() {
        let (_, _, starts) = QuoteExtractor.commonWords(Self.tokens)
        var dashed = 0
        for (p, text) in Self.paragraphs.enumerated() {
            let tokens = Tokenizer.tokens(text)
            let scalars = text.unicodeScalarArray
            let sentences = SentenceSplitter.split(text)
            for spans in [[], QuoteSpanScanner.spans(in: scalars)] {
                let fast = QuoteParagraph(tokens: tokens, spans: spans, sentences: sentences, starts: starts[p])
                let every = QuoteParagraph(tokens: tokens, spans: spans, sentences: sentences, starts: Array(tokens.indices)[...])
                for i in sentences.indices {
                    #expect(fast.words(inSentence: i) == every.words(inSentence: i), "\(p) \(i)")
                    dashed += fast.words(inSentence: i).filter { $0 == "\u{2014}" }.count
                    for limit in [sentences[i].start, (sentences[i].start + sentences[i].end) / 2, sentences[i].end - 1] {
                        #expect(fast.words(inSentence: i, before: limit) == every.words(inSentence: i, before: limit), "\(p) \(i) \(limit)")
                        #expect(fast.wordCount(inSentence: i, before: limit) == every.wordCount(inSentence: i, before: limit), "\(p) \(i) \(limit)")
                    }
                }
            }
        }
        // "Williams-who" is split in both readings, with and without quotes.
        #expect(dashed >= 2)
    }
}
