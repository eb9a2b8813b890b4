import Testing
@testable import BriefingCore

@Suite("Figures: fast paths give what the plain paths give")
struct FigureFastPathTests {
    /// Sentences of news copy with signs, codes, scaled codes, curly quotes, dashes, non-ASCII
    /// words and number words in every case, and those of `FigureStartTests`.
    static let sentences = FigureStartTests.sentences + [
        "\u{201C}We\u{2019}re 100 percent behind him,\u{201D} said Ms. Ahn, adding that the fund held USD3m, 12 MUSD, kEUR 40 and SEKm 7 at year end.",
        "Firefighters fought the blaze in temperatures of minus 17 degrees, while Zürich’s café charged CHF 4.50 and Ksh5bn went to Nairobi.",
        "THE COMPANY SAID IT EARNED US$ 3 BILLION, A THIRD MORE THAN THE 2.2 BN YUAN OF ITS RIVAL, OR ABOUT EUR 300M.",
        "Up by a third at a quickening pace at Wisconsin-Stout, minus 17 at C$18.1 million a share; an eighth-grader won a dollar.",
        "Rs 500 crore, ₹12 lakh, ¥3,000 and £2-3bn: the \u{212A}elvin-rated usd and eur sums, twenty-five of them, rose – 5%.",
        "Antidisestablishmentarianism and supercalifragilistic words pass HKD, hk $ 40, A$5, NZ$ 7, R10 billion and 3m USD.",
    ]

    @Test("mayStart from the scalars agrees with mayStart from the strings", arguments: sentences)
    func mayStartAgrees(_ sentence: String) {
        let scalars = sentence.unicodeScalarArray
        let lx = FigureLexer.lex(scalars: scalars)
        scalars.withUnsafeBufferPointer { scalars in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { buffer in
                for i in lx.indices {
                    #expect(FigureExtractor.mayStart(lx, at: i, scalars: scalars, buffer: buffer) == FigureExtractor.mayStart(lx, at: i), "\(lx[i].text)")
                }
            }
        }
    }

    @Test("word lexemes keep their scalars' text and its lowercase", arguments: sentences)
    func wordsKeepTheirText(_ sentence: String) {
        let scalars = sentence.unicodeScalarArray
        for l in FigureLexer.lex(scalars: scalars) where l.isWord {
            #expect(l.text == String(scalars: scalars[l.start..<l.end]))
            #expect(l.lower == l.text.lowercased())
        }
    }

    /// Words in every case, with curly apostrophes, accents and the Kelvin sign.
    static let words = [
        "usd", "USD", "Usd", "uSD", "a", "A", "an", "An", "u.s", "U.S", "$", "K", "k", "cafe", "café", "usdx", "us", "US",
        "said", "Said", "SAID", "says", "saying", "according", "According", "ACCORDING", "accord", "told", "Told", "putt",
        "put", "puts", "ac\u{212A}nowledged", "acknowledged", "Acknowledges", "estimate", "estimated", "estimates", "the",
        "three", "Three", "THREE", "thirty", "third", "half", "hundred", "dozen", "minus", "Rs", "rs", "HK", "hk", "hkd",
        "US$", "C$", "won", "Won", "one", "One", "naïve", "Zürich", "they’re", "don't", "x", "X", "thirteenth",
        "EUR", "eur", "RMB", "BTC", "try", "TRY", "MUSD", "kEUR", "KEUR", "BUSD", "SEKm", "USDbn", "EURmn", "USDk", "USDm",
        "Birr", "THE", "The", "and", "HKD", "Ksh", "KSH", "R", "CHF", "chf", "yen", "MXN", "mxn", "GBP", "gbp", "JPYbn",
        "kJPY", "Musd", "MUSd", "xyz", "XYZ", "XYZm", "Birds",
    ]

    /// Whether `filter` may hold `word`, asked as `mayStart` and `FigureSource` ask it, from
    /// the word's scalars lower-cased; true past ASCII.
    private static func mayContainLowercase(_ filter: ExactWordFilter, _ word: String) -> Bool {
        let scalars = word.unicodeScalarArray
        return scalars.withUnsafeBufferPointer { scalars in
            !ExactWordFilter.isASCII(scalars, 0..<scalars.count) || filter.mayContain(lowercaseOfASCII: scalars, 0..<scalars.count)
        }
    }

    @Test func exactFilterRulesOutNoMember() {
        let members = ["usd", "a", "u.s", "$", "k\u{0301}", "\u{212A}", "caf\u{00E9}", "cafe\u{0301}", "three", "according"]
        let filter = ExactWordFilter(members)
        for word in Self.words where Set(members).contains(word.lowercased()) {
            #expect(Self.mayContainLowercase(filter, word), "\(word)")
        }
        #expect(!Self.mayContainLowercase(filter, "the"))
        #expect(!Self.mayContainLowercase(filter, "accord"))
        // Case is kept when the bytes are given as written: small letters are ruled out of capitals.
        let capitals = ExactWordFilter(["USD"])
        #expect(!capitals.mayContain(first: 0x75, second: 0x73, count: 3))
        #expect(capitals.mayContain(first: 0x55, second: 0x53, count: 3))
        // The Kelvin sign composes to "K": an ASCII "K" may equal it.
        #expect(ExactWordFilter(["\u{212A}"]).mayContain(first: 0x4B, second: 0, count: 1))
    }

    @Test func mayBeCodeRulesOutNoCode() {
        for word in Self.words where word.unicodeScalars.allSatisfy(\.isASCII) {
            let bytes = Array(word.utf8)
            let may = CurrencyLexicon.mayBeCode(count: bytes.count, first: bytes[0], second: bytes.count > 1 ? bytes[1] : 0, last: bytes[bytes.count - 1])
            if CurrencyLexicon.code(word: word) != nil || CurrencyLexicon.scaledCode(word: word) != nil { #expect(may, "\(word)") }
        }
        #expect(!CurrencyLexicon.mayBeCode(count: 6, first: 0x70, second: 0x65, last: 0x65), "people")
        #expect(!CurrencyLexicon.mayBeCode(count: 5, first: 0x42, second: 0x69, last: 0x73), "Birds")
        #expect(CurrencyLexicon.mayBeCode(count: 3, first: 0x55, second: 0x53, last: 0x44), "USD")
        #expect(CurrencyLexicon.mayBeCode(count: 4, first: 0x4D, second: 0x55, last: 0x44), "MUSD")
    }

    private static func mayBeCue(_ word: String) -> Bool {
        word.unicodeScalarArray.withUnsafeBufferPointer { scalars in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { FigureSource.mayBeCue(scalars, 0..<scalars.count, $0) }
        }
    }

    @Test func cuesAreToldByTheirScalars() {
        for word in Self.words + ["Acknowledgements", "ACKNOWLEDGEMENTS-LIST", "same", "Sam", "town", "took"] {
            let lower = word.lowercasedIfNeeded
            let cue = lower == "according" || FigureSource.verbs.contains(lower)
            // Exact for ASCII words; past ASCII every word may be one but those the filter rules
            // out by their first two scalars (ASCII) and length, which no cue is.
            let scalars = Array(word.unicodeScalars)
            if scalars.allSatisfy(\.isASCII) {
                #expect(Self.mayBeCue(word) == cue, "\(word)")
            } else {
                #expect(Self.mayBeCue(word) || (!cue && scalars.prefix(2).allSatisfy(\.isASCII)), "\(word)")
            }
        }
    }

    @Test("tokens lowered from their scalars as from their text", arguments: sentences)
    func tokensLowered(_ sentence: String) {
        let scalars = sentence.unicodeScalarArray
        scalars.withUnsafeBufferPointer { buffer in
            for token in Tokenizer.tokens(sentence) {
                #expect(FigureSource.lowercase(token, buffer) == token.text.lowercasedIfNeeded, "\(token.text)")
            }
        }
    }

    @Test("attributions of news sentences", arguments: [
        ("Some 30 people were hurt, police said.", ["police"]),
        ("According to the Roper Center, 42 percent agreed, Bloomberg reports.", ["the Roper Center", "Bloomberg"]),
        ("He said 5 more would come.", [String]()),
        ("The ministry ESTIMATED that 3,000 troops left.", [String]()),
        ("Zürich’s café served 40 meals.", [String]()),
    ])
    func attributions(_ sentence: String, _ sources: [String]) {
        let found = FigureSource.attributions(in: sentence, scalars: sentence.unicodeScalarArray).compactMap(\.source)
        #expect(found == sources)
    }
}
