import Testing
@testable import BriefingCore

@Suite("Figures: fast paths give what the plain paths give")
struct S24FiguresFastPathTests {
    /// Sentences of news copy with signs, codes, scaled codes, curly quotes, dashes, non-ASCII
    /// words and number words in every case.
    static let sentences = [
        "Some 42 per cent of those housed at Category A Whitemoor jail \u{2014} and more than a quarter of those in London prisons \u{2014} consider themselves to be of Islamic faith.",
        "For the six months ended Aug. 12, Provigo posted net income of C$6.5 million, or eight Canadian cents a share, compared with C$18.1 million.",
        "\u{201C}We\u{2019}re 100 percent behind him,\u{201D} said Ms. Ahn, adding that the fund held USD3m, 12 MUSD, kEUR 40 and SEKm 7 at year end.",
        "Firefighters fought the blaze in temperatures of minus 17 degrees, while Zürich’s café charged CHF 4.50 and Ksh5bn went to Nairobi.",
        "THE COMPANY SAID IT EARNED US$ 3 BILLION, A THIRD MORE THAN THE 2.2 BN YUAN OF ITS RIVAL, OR ABOUT EUR 300M.",
        "Up by a third at a quickening pace at Wisconsin-Stout, minus 17 at C$18.1 million a share; an eighth-grader won a dollar.",
        "Rs 500 crore, ₹12 lakh, ¥3,000 and £2-3bn: the \u{212A}elvin-rated usd and eur sums, twenty-five of them, rose – 5%.",
        "Antidisestablishmentarianism and supercalifragilistic words pass HKD, hk $ 40, A$5, NZ$ 7, R10 billion and 3m USD.",
    ]

    private static func bytes<R>(_ word: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        Array(word.utf8).withUnsafeBufferPointer(body)
    }

    @Test("mayStart from the scalars agrees with mayStart from the strings", arguments: sentences)
    func mayStartAgrees(_ sentence: String) {
        let scalars = sentence.unicodeScalarArray
        let lx = FigureLexer.lex(scalars: scalars)
        scalars.withUnsafeBufferPointer { scalars in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
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

    @Test func exactFilterRulesOutNoMember() {
        let members = ["usd", "USD", "a", "u.s", "$", "K\u{0301}", "\u{212A}", "caf\u{00E9}", "cafe\u{0301}"]
        let filter = ExactWordFilter(members)
        let words = ["usd", "USD", "Usd", "uSD", "a", "A", "u.s", "U.S", "$", "K", "k", "cafe", "usdx", "us", ""]
        for word in words {
            if members.contains(word) { #expect(Self.bytes(word) { filter.mayContain(ascii: $0) }, "\(word)") }
        }
        // Case is kept: small letters are ruled out of capitals.
        let capitals = ExactWordFilter(["USD"])
        #expect(!Self.bytes("usd") { capitals.mayContain(ascii: $0) })
        #expect(Self.bytes("USD") { capitals.mayContain(ascii: $0) })
        // The Kelvin sign composes to "K": an ASCII "K" may equal it.
        let kelvin = ExactWordFilter(["\u{212A}"])
        #expect(Self.bytes("K") { kelvin.mayContain(ascii: $0) })
    }

    @Test func mayBeCodeRulesOutNoCode() {
        let words = [
            "USD", "usd", "Usd", "EUR", "eur", "RMB", "BTC", "try", "TRY", "MUSD", "kEUR", "KEUR", "BUSD", "SEKm", "USDbn", "EURmn",
            "USDk", "USDm", "Birr", "the", "THE", "The", "and", "HKD", "hkd", "Ksh", "KSH", "US", "A", "R", "Rs", "CHF", "chf", "yen",
            "MXN", "mxn", "GBP", "gbp", "JPYbn", "kJPY", "Musd", "MUSd", "xyz", "XYZ", "XYZm",
        ]
        for word in words {
            let may = Self.bytes(word) { CurrencyLexicon.mayBeCode(ascii: $0) }
            let found = CurrencyLexicon.code(word: word) != nil || CurrencyLexicon.scaledCode(word: word) != nil
            if found { #expect(may, "\(word)") }
        }
        #expect(Self.bytes("USD") { CurrencyLexicon.mayBeCode(ascii: $0) })
        #expect(Self.bytes("MUSD") { CurrencyLexicon.mayBeCode(ascii: $0) })
        #expect(!Self.bytes("the") { CurrencyLexicon.mayBeCode(ascii: $0) })
        #expect(!Self.bytes("Birds") { CurrencyLexicon.mayBeCode(ascii: $0) })
    }
}
