import Foundation
import Testing
@testable import BriefingCore

/// The shortcuts of the thirty-sixth round for figures and times give what the plain ways give:
/// the lexer tells a word's case and script as it reads the word (not in a second pass over its
/// scalars, nor in a third when `FigureExtractor.mayStart` asks whether it is ASCII),
/// the prefilter passes over a run of ASCII letters with one test a letter, and the time
/// scanner writes each token's words over the ones of the paragraph before.
@Suite("Figures and times: words told as they are read give what the plain ways give")
struct Figures36WordCaseTests {
    /// Pieces mixed at random into sentences, which follow the lines of the seeds and of the
    /// fixtures' texts: capitals, straight and curly apostrophes, accents (composed and not),
    /// the Kelvin sign, letters glued to digits, dashes, quotes and number words in every case.
    static let pieces = [
        "The", "U.S.", "O'Brien's", "O’Neill’s", "WE’RE", "we're", "Zürich", "ÉTATS", "e\u{301}te\u{301}", "\u{212A}elvin", "café",
        "Rs500", "USD3m", "10km", "3rd-quarter", "Twenty-five", "TWENTY", "thousand", "Half", "a", "dozen", "x", "Q1", "it’s",
        "“quoted”", "—", ",", "1,234.5", "naïve", "ΑΘΗΝΑ", "Москва", "日本", "’", "'", "l'", "rock'n'roll", "IBM's", "2024",
    ]

    static let sentences: [String] = {
        var sentences = ((try? Repo.seedLines()) ?? []).map(String.init)
        // The news texts among the fixtures, line by line.
        let files = FileManager.default.enumerator(at: Repo.fixtures, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        for file in files.filter({ $0.pathExtension == "txt" }).sorted(by: { $0.path < $1.path }) {
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            sentences += text.split(separator: "\n").map(String.init)
        }
        var random = SystemRandomNumberGenerator()
        for _ in 0..<600 {
            sentences.append((0..<Int.random(in: 1...14, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined(separator: " "))
        }
        return sentences
    }()

    @Test func aWordLexemesLowercaseIsItsTextLowercased() {
        var words = 0, lowered = 0
        for paragraph in Self.sentences {
            for sentence in Figures31LexerTests.lexedWithTokens(paragraph) {
                for lexeme in sentence.lexemes where lexeme.isWord {
                    #expect(lexeme.lower == lexeme.text.lowercased(), "\(lexeme.text) in \(sentence.text)")
                    #expect(lexeme.isASCIIWord == lexeme.text.unicodeScalars.allSatisfy(\.isASCII), "\(lexeme.text) in \(sentence.text)")
                    words += 1
                    if lexeme.lower != lexeme.text { lowered += 1 }
                }
                #expect(sentence.lexemes == FigureLexer.lex(scalars: sentence.scalars), "\(sentence.text)")
            }
        }
        #expect(words > 20_000 && lowered > 2_000)
    }

    /// Every lexeme the lexer writes (into an array made with room for 3n/2 + 1) spans the
    /// scalars of its text, in order, and together they hold every scalar but spaces; numbers
    /// such as ".5.5" after a mark, whose empty first group takes no scalar, fill the room most.
    @Test func theLexerWritesEveryLexemeOfASentence() {
        var lexemes = 0
        let crowded = (1...40).map { String(repeating: "-.5.5", count: $0) } + ["½½½", "(.5.5)", ".5.5.5.5,.1.1.1", "-.5.5 -.5.5"]
        for sentence in Self.sentences + crowded {
            let scalars = sentence.unicodeScalarArray
            let lexed = FigureLexer.lex(scalars: scalars)
            var rest = String.UnicodeScalarView()
            for scalar in scalars where !(scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value) || (scalar.value >= 0x80 && scalar.properties.isWhitespace)) {
                rest.append(scalar)
            }
            #expect(lexed.map(\.text).joined() == String(rest), "\(sentence)")
            for lexeme in lexed {
                var own = String.UnicodeScalarView()
                own.append(contentsOf: scalars[lexeme.start..<lexeme.end])
                #expect(lexeme.text == String(own), "\(lexeme.text) in \(sentence)")
            }
            lexemes += lexed.count
        }
        // Six lexemes in five scalars: "-", "", ".", "5", ".", "5".
        #expect(FigureLexer.lex(String(repeating: "-.5.5", count: 40)).count == 240)
        #expect(lexemes > 100_000)
    }

    /// `FigurePrefilter.hasNumberWord` as its doc comment says it: whether a run of letters (as
    /// `FigureLexer` tells them), lower-cased, is one of `numberWords`.
    static func hasNumberWordPlainly(_ scalars: [Unicode.Scalar]) -> Bool {
        func isLetter(_ s: Unicode.Scalar) -> Bool {
            s.value < 0x80 ? (s.value | 0x20) &- 0x61 < 26 : !(0x2000..<0x2070).contains(s.value) && s.properties.isAlphabetic
        }
        var run = String.UnicodeScalarView()
        for scalar in scalars + [" "] {
            if isLetter(scalar) { run.append(scalar); continue }
            if !run.isEmpty, FigurePrefilter.numberWords.contains(String(run).lowercased()) { return true }
            run = String.UnicodeScalarView()
        }
        return false
    }

    @Test func theNumberWordPrefilterPassesWhatThePlainReadingFinds() {
        var found = 0
        for sentence in Self.sentences + Self.pieces {
            let scalars = sentence.unicodeScalarArray
            let fast = scalars.withUnsafeBufferPointer { FigurePrefilter.hasNumberWord($0) }
            #expect(fast == Self.hasNumberWordPlainly(scalars), "\(sentence)")
            if fast { found += 1 }
        }
        #expect(found > 500)
    }

    @Test func aScannerReadingParagraphInTurnWritesEachTokensOwnWords() {
        var reused = TimeScanner(tokens: [], dct: nil)
        var tokensRead = 0
        // Long paragraphs and short ones in turn, so that words are written over others.
        for paragraph in Self.sentences.enumerated().map({ $0.offset % 3 == 0 ? String($0.element.prefix(9)) : $0.element }) {
            let tokens = Tokenizer.tokens(paragraph)
            reused.read(tokens)
            #expect(reused.lower.count == tokens.count && reused.facts.count == tokens.count)
            for k in tokens.indices {
                // Each token read alone by a new scanner, whose arrays held nothing before.
                let alone = TimeScanner(tokens: [tokens[k]], dct: nil)
                #expect(reused.lower[k] == alone.lower[0], "\(tokens[k].text) in \(paragraph)")
                #expect(TimeScannerFastPathTests.fields(reused.facts[k]) == TimeScannerFastPathTests.fields(TimeWordFacts.of(reused.lower[k])),
                        "\(tokens[k].text) in \(paragraph)")
                tokensRead += 1
            }
        }
        #expect(tokensRead > 50_000)
    }
}
