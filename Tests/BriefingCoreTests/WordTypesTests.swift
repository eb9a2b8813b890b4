import Foundation
import Testing
@testable import BriefingCore

/// Word types (`WordTypes`) number each distinct token text and give every token of it the same
/// string; what the extractors keep by type (`ExtractionWorkspace`) changes no output: an
/// article reads the same with a workspace that has read other articles before, with a new one,
/// and without types at all.
@Suite("Word types and the extraction workspace")
struct WordTypesTests {
    /// The type and text `types` give the token of `text`'s bytes.
    private static func word(_ text: String, in types: inout WordTypes) -> (text: String, type: Int32) {
        var text = text
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        return text.withUTF8 { types.word($0, ascii: ascii) }
    }

    /// Words that share their length and their first and last eight bytes, or most of them, and
    /// words past ASCII.
    private static let nearWords = [
        "ab", "ba", "abc", "abd", "bbc", "abcd", "abce", "dcba", "abcdefg", "abcdefh", "abcdefgh", "abcdefgi",
        "abcdefghi", "abcdefghj", "bbcdefghi", "abcdefghijklmnop", "abcdefghijklmnoq", "abcdefghXjklmnop",
        "abcdefghijklmnopq", "abcdefghijXlmnopq", "abcdefghijkXmnopq", "abcdefghijklmnopqrstuvwxyz",
        "abcdefghijklmXopqrstuvwxyz", "caf\u{E9}", "cafe\u{301}", "\u{201C}", "\u{2014}", "O\u{2019}Brien", "\u{212A}", "K",
    ]

    @Test func aTextHasOneTypeAndItsOwnString() {
        var types = WordTypes()
        // Keyed by bytes: strings canonically equal ("caf\u{E9}", "cafe\u{301}") are other texts here.
        var first: [[UInt8]: Int32] = [:]
        // Made words too, enough to fill many slots and grow the table.
        let made = (0..<5000).map { "w\($0 * 7919 % 10007)x" }
        for text in Self.nearWords + made + Self.nearWords.reversed() + made {
            let (word, type) = Self.word(text, in: &types)
            #expect(word == text && Array(word.utf8) == Array(text.utf8), "\(text)")
            let bytes = Array(text.utf8)
            #expect(bytes.count == 1 && bytes[0] < 0x80 ? type == Int32(bytes[0]) : type >= 128, "\(text)")
            if let known = first[Array(text.utf8)] { #expect(type == known, "\(text)") } else { first[Array(text.utf8)] = type }
        }
        #expect(Set(first.values).count == first.count)
        #expect(types.count == 128 + first.keys.filter { $0.count > 1 }.count)
    }

    @Test func oneASCIIByteIsItsOwnType() {
        var types = WordTypes()
        for byte in 0..<128 {
            let text = String(Unicode.Scalar(UInt8(byte)))
            let (word, type) = Self.word(text, in: &types)
            #expect(type == Int32(byte) && word == text)
        }
        #expect(types.count == 128)
    }

    @Test func pastTheLimitANewTextHasNoType() {
        var types = WordTypes(limit: 130)
        #expect(Self.word("first", in: &types).type == 128)
        #expect(Self.word("second", in: &types).type == 129)
        let third = Self.word("third", in: &types)
        #expect(third.type == -1 && third.text == "third")
        #expect(Self.word("first", in: &types).type == 128)
        #expect(Self.word("x", in: &types).type == 0x78)
        #expect(types.count == 130)
    }

    @Test func tokensWithTypesAreTheTokensWithout() {
        var types = WordTypes()
        let lines = ((try? Repo.seedLines().map(String.init)) ?? []) + Self.nearWords.map { "\($0) \($0), \($0)." }
        var typeOf: [[UInt8]: Int32] = [:]
        for line in lines {
            let plain = Tokenizer.tokens(line)
            let typed = Tokenizer.tokens(line, scalars: line.unicodeScalarArray, types: &types)
            #expect(typed == plain)
            #expect(plain.allSatisfy { $0.type == -1 })
            for token in typed {
                #expect(token.type >= 0)
                let bytes = Array(token.text.utf8)
                if let known = typeOf[bytes] { #expect(token.type == known, "\(token.text)") } else { typeOf[bytes] = token.type }
            }
        }
        #expect(typeOf.count > 300)
    }

    /// Articles of the seeds and of quote fixtures, as the pipeline reads them.
    private static let articles: [Article] = {
        let seeds = ((try? FileManager.default.contentsOfDirectory(atPath: Repo.seeds.path)) ?? []).sorted()
            .compactMap { BriefPipeline.process($0, in: Repo.seeds).brief?.article }
        let fixtures = Repo.quoteFixtureTexts().prefix(60).compactMap { url in
            BriefPipeline.process(url.lastPathComponent, in: url.deletingLastPathComponent()).brief?.article
        }
        return seeds + fixtures
    }()

    @Test func aWorkspaceThatReadOtherArticlesExtractsTheSame() {
        #expect(Self.articles.count > 40)
        var warm = ExtractionWorkspace()
        var backward = ExtractionWorkspace()
        let forward = Self.articles.map { ArticleExtractor().extract($0, referenceDate: nil, in: &warm) }
        let reversed = Self.articles.reversed().map { ArticleExtractor().extract($0, referenceDate: nil, in: &backward) }
        for (k, article) in Self.articles.enumerated() {
            var fresh = ExtractionWorkspace()
            let alone = ArticleExtractor().extract(article, referenceDate: nil, in: &fresh)
            #expect(forward[k] == alone, "\(article.source)")
            #expect(reversed[Self.articles.count - 1 - k] == alone, "\(article.source)")
        }
        #expect(warm.words.count > 5000)
    }

    @Test func typesChangeNoQuoteAndNoTime() {
        var workspace = ExtractionWorkspace()
        let tagger = TimeExpressionTagger()
        for article in Self.articles {
            let extraction = ArticleExtractor().extract(article, referenceDate: nil, in: &workspace)
            // Made without types: every token read afresh.
            #expect(extraction.quotes == QuoteExtractor().extract(article), "\(article.source)")
            #expect(extraction.times == tagger.sourceOffsets(tagger.tagParagraphs(article, referenceDate: article.published), in: article), "\(article.source)")
        }
    }
}
