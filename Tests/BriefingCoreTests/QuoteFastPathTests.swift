import Foundation
import Testing
@testable import BriefingCore

/// The quote extractor's shortcuts give what the plain reading
/// gives: marks compared by their byte, honorifics and titles ruled out by one filter, and a
/// closing credit sought among the paragraph's last tokens only.
@Suite("Quotes: fast paths give what the plain paths give")
struct QuoteFastPathTests {
    /// Words of news text: marks, curly quotes, dashes, letters past ASCII, combining marks.
    private static let words = [
        ",", ".", "(", ")", ";", ":", "-", "--", "\u{2014}", "\u{2013}", "\u{201C}", "\u{201D}", "\u{2019}", "'", "a", "I", "K",
        "\u{212A}", "\u{037E}", ",\u{301}", ".\u{301}", "e\u{301}", "\u{E9}", "", "to", "of", "said", "Said", "case", "\r\n", "\n",
        "Mr.", "Mr", "Mrs", "Dr", "Gen.", "Gen", "President", "president", "Judge", "Speaker", "Sec.", "Lt", "Lt.", "Smith",
        "Dr\u{301}", "M\u{301}r", "Ms.", "MS.", "Secretary-General", "O\u{2019}Brien", "Café", "Cafe\u{301}",
    ]

    @Test func plainWordTestGivesWhatStringEqualityGives() {
        let marks = [",", ".", "(", ")", ":", "-", "--", "a", "said", "case", "that", "\"", "\u{201C}"]
        for word in Self.words {
            for mark in marks {
                #expect(word.equalsPlainWord(mark) == (word == mark), "\(word) \(mark)")
            }
            #expect(word.isSemicolon == (word == ";"), "\(word)")
        }
    }

    @Test func spaceTestGivesWhatTheCharacterSetGives() {
        let values = Array(0..<0x3100) + [0xFEFF, 0x1680, 0x205F, 0x3000, 0xE9, 0x10000, 0x1F600]
        for value in values {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            #expect(scalar.isSpaceOrTab == CharacterSet.whitespaces.contains(scalar), "\(value)")
        }
    }

    @Test func figureTestGivesWhatCharactersGive() {
        for word in Self.words + ["58", "3.5", "1,200", "1.2.3", "..", "5\r\n", "\u{0663}", "\u{00BD}", "5\u{301}", "12a", "1\u{2019}"] {
            let byCharacters = word.contains(where: \.isNumber) && word.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," })
            #expect(QuoteAttribution.isFigure(word) == byCharacters, "\(word)")
        }
        #expect(QuoteAttribution.isFigure("1,200"))
    }

    @Test func honorificFilterPassesEveryHonorific() {
        func mayBe(_ bytes: [UInt8]) -> Bool {
            SpeakerDirectory.mayBeHonorific(first: bytes[0], second: bytes.count > 1 ? bytes[1] : 0, count: bytes.count)
        }
        for word in SpeakerDirectory.honorifics.words {
            #expect(mayBe(Array(word.utf8)), "\(word)")
        }
        for word in Self.words where !word.isEmpty && word.utf8.allSatisfy({ $0 < 0x80 }) {
            if !mayBe(Array(word.utf8)) {
                #expect(!SpeakerDirectory.honorifics.contains(word), "\(word)")
            }
        }
        // No honorific has five bytes and starts with "S".
        for second in UInt8(0x21)..<0x7F { #expect(!SpeakerDirectory.mayBeHonorific(first: UInt8(ascii: "S"), second: second, count: 5)) }
    }

    @Test func titleOrHonorificTestGivesWhatTheThreeTestsGive() {
        for word in Self.words {
            let plain = SpeakerDirectory.titles.contains(word) || SpeakerDirectory.isHonorific(word) || SpeakerDirectory.isHonorificBeforePeriod(word)
            #expect(SpeakerDirectory.isTitleOrHonorific(word) == plain, "\(word)")
        }
    }

    /// Names resolved by the honorific-free word count give what splitting them gives.
    @Test func resolvingPlainNamesWithHonorificsKeepsTheirEntities() {
        var directory = SpeakerDirectory()
        directory.learn(from: Tokenizer.tokens("Senator Loretta Lynch met Dr. Ahn Gyu-back and Mr. Samuel Paparo in Seoul."))
        for mention in ["Lynch", "Mr. Paparo", "Mr Paparo", "Dr Ahn", "Dr. Ahn", "Samuel Paparo", "Gen. Paparo", "President Lynch", "Ms Lynch"] {
            #expect(directory.resolve(mention) != nil, "\(mention)")
        }
        // "Gen" is no honorific without its period: the mention is two words of no known name.
        #expect(directory.resolve("Gen Paparo") == nil)
        #expect(directory.resolve("Mr.") == nil)
    }

    /// Sentences of paragraphs without quotes, whose words are the tokens' texts, give the words
    /// read token by token (as for a paragraph with a quote outside them): names joined to a
    /// relative pronoun by a hyphen are split there in both.
    @Test func wordsOfSentencesWithoutQuotesGiveWhatReadingTokenByTokenGives() {
        let texts = [
            "Williams-who said he was counting -was able to tease Hansbrough. Then he left.",
            "“We will win,” she said. O\u{2019}Brien declined \u{2014} twice; Café owners, e.g. Mr. Lee-which, agreed!",
            "Jean-Marc Ayrault-whose party lost said so.\r\nAnother line, with Smith-who.", "", "No sentence mark here",
        ]
        for text in texts {
            let tokens = Tokenizer.tokens(text)
            let sentences = SentenceSplitter.split(text)
            let n = text.unicodeScalars.count
            let plain = QuoteParagraph(tokens: tokens, spans: [], sentences: sentences)
            let away = QuoteSpanScanner.Span(inner: (n + 5)..<(n + 6), outer: (n + 4)..<(n + 7), runsOn: false)
            let oneByOne = QuoteParagraph(tokens: tokens, spans: [away], sentences: sentences)
            for i in sentences.indices {
                #expect(plain.words(inSentence: i) == oneByOne.words(inSentence: i), "\(text) \(i)")
            }
        }
        let tokens = Tokenizer.tokens("Williams-who said so.")
        #expect(QuoteParagraph(tokens: tokens, spans: [], sentences: SentenceSplitter.split("Williams-who said so.")).words(inSentence: 0).prefix(3) == ["Williams", "\u{2014}", "who"])
    }

    /// Whether a word is written inside a sentence, with only the tokens at the paragraphs'
    /// `NameStarts` read, gives what reading every token gives: words of ASCII bytes, "K" and
    /// ";" (which other strings equal), words past ASCII, and tokens canonically equal to a word
    /// with other bytes ("\u{212A}im" for "Kim", "Cafe\u{301}" for "Café").
    @Test func writtenInsideSentenceAtNameStartsGivesWhatEveryTokenGives() {
        let texts = [
            "Obama spoke. Later, President Obama left the Obama plan behind.", "Mr. Lee met K-pop fans; \u{212A}im said no.",
            "Bombs may not be falling.", "Café owners met Cafe\u{301} Roma, and 3 Bombs fell.", "", "“Trump,” said Trump.",
            "the \u{212A}im plan and the Café menu", "Éric left; the E\u{301}ric fans stayed.",
        ]
        let paragraphs = texts.map { Tokenizer.tokens($0) }
        let starts = QuoteExtractor.commonWords(paragraphs).starts
        for word in ["Obama", "Lee", "K", "Kim", "Bombs", "Café", "Cafe\u{301}", "Roma", "Trump", "Later", ";", "", "Nobody", "\u{212A}im", "Éric", "E\u{301}ric", "fans", "plan"] {
            #expect(QuoteExtractor.isWrittenInsideSentence(word, paragraphs, starts: starts) == QuoteExtractor.isWrittenInsideSentence(word, paragraphs), "\(word)")
        }
        #expect(QuoteExtractor.isWrittenInsideSentence("Obama", paragraphs, starts: starts))
        #expect(QuoteExtractor.isWrittenInsideSentence("Kim", paragraphs, starts: starts))
        #expect(QuoteExtractor.isWrittenInsideSentence("Café", paragraphs, starts: starts))
        #expect(!QuoteExtractor.isWrittenInsideSentence("Later", paragraphs, starts: starts))
    }

    /// Shown names: countries, pronouns and descriptions show none, whichever test rules them out first.
    @Test func displayedNamesLeaveOutCountriesPronounsAndDescriptions() {
        let cases: [(String, String?)] = [
            ("Donald Trump", "Donald Trump"), ("Abdel Aziz al-Hilu", "Abdel Aziz al-Hilu"), ("US", nil), ("U.S.", nil), ("South Korea", nil),
            ("the Netherlands", nil), ("the company spokesman", nil), ("The statement", nil), ("About 100 protesters", nil), ("He", nil),
            ("he", nil), ("Obama", "Obama"), ("Loretta E. Lynch", "Loretta E. Lynch"), ("Café Roma", "Café Roma"), ("", nil),
        ]
        for (name, shown) in cases {
            let speaker = QuoteExtractor.Speaker(name: name, mention: name, role: nil, cue: nil)
            #expect(QuoteExtractor.displayedName(speaker) == shown, "\(name)")
        }
    }

    @Test func appositiveArticlesGiveWhatLowerCasingGives() {
        for word in Self.words + ["A", "AN", "The", "THE", "an", "the", "ä", "\u{212A}"] {
            #expect(LexiconSet.articles.containsLowercased(word) == ["a", "an", "the"].contains(word.lowercased()), "\(word)")
        }
    }

    /// Paragraphs whose last dash sits at every distance from the end, with names, honorifics and
    /// periods after it: the credit found among the last tokens is the one found reading them all.
    @Test func closingCreditSoughtAtTheEndGivesWhatTheWholeParagraphGives() {
        let extractor = QuoteExtractor()
        let directory = SpeakerDirectory()
        let openings = ["“We will win,” she said.", "“Never again.”", "It was, he said \u{2014} and he meant it \u{2014} over."]
        let credits = [
            "", " \u{2014} Carla Sanchez", " \u{2015} Sen. Ted Cruz.", " - Dr. Ahn Gyu-back", " \u{2013} Mary Ann Lee Smith Jones Brown",
            " \u{2014} A B C D E F G", " \u{2014} Ted Cruz, senator", " \u{2014} the mayor", " \u{2014} Ms. Lee.", " \u{2014} J. R. R. Tolkien",
            " \u{2014} Carla Sanchez and more words after the name here", " \u{2014}",
        ]
        for opening in openings {
            for credit in credits {
                let tokens = Tokenizer.tokens(opening + credit)
                let fast = extractor.dashAttribution(at: tokens.count, tokens: tokens, directory: directory)
                let whole = extractor.dashAttribution(at: tokens.count, tokens: tokens, directory: directory, tail: .max)
                #expect(fast?.name == whole?.name && fast?.mention == whole?.mention && fast?.cue == whole?.cue, "\(opening + credit)")
            }
        }
        let tokens = Tokenizer.tokens("“Never again.” \u{2014} Carla Sanchez")
        #expect(extractor.dashAttribution(at: tokens.count, tokens: tokens, directory: directory)?.name == "Carla Sanchez")
    }
}
