/// What `QuoteExtractor.commonWords` reads of each word type (`WordTypes`): its
/// `QuoteExtractor.LeadingByte` and whether it starts with a lower-case letter, functions of
/// the text alone, kept by type from one article to the next (`ExtractionWorkspace`); and
/// whether the type's text is already in the article's table of lower-case words.
struct WordLeadCache: Sendable {
    /// What a type's first byte tells.
    struct Lead: Sendable {
        var byte: QuoteExtractor.LeadingByte
        /// `QuoteExtractor.startsLowercase` of the text, read only for `.other`.
        var lowercase: Bool
    }

    /// For each type, its lead once read.
    private var leads: [Lead?] = []
    /// For each type, the article (`article`) whose table has its text.
    private var added: [UInt32] = []
    /// A number for the article being read, new for each (0 is none).
    private var article: UInt32 = 0

    /// Starts an article of `paragraphs`: room for their types, and no type's text added.
    mutating func startArticle(_ paragraphs: [[Token]]) {
        article &+= 1
        if article == 0 {
            // Once in four billion articles the numbers start again.
            added = added.map { _ in 0 }
            article = 1
        }
        let count = paragraphs.reduce(0) { max($0, Token.typeCount(of: $1)) }
        guard count > leads.count else { return }
        leads.append(contentsOf: repeatElement(nil, count: count - leads.count))
        added.append(contentsOf: repeatElement(0, count: count - added.count))
    }

    /// The cache's lists, as `commonWords` reads and writes them for one article.
    struct Buffers {
        fileprivate let leads: UnsafeMutableBufferPointer<Lead?>
        fileprivate let added: UnsafeMutableBufferPointer<UInt32>
        fileprivate let article: UInt32

        /// The lead of `token`'s text: kept for its type, else read (and kept when it has one).
        @inline(__always)
        func lead(of token: borrowing Token) -> Lead {
            let type = Int(token.type)
            if type >= 0, let lead = leads[type] { return lead }
            let byte = QuoteExtractor.leadingByte(token.text)
            let lead = Lead(byte: byte, lowercase: byte == .other && QuoteExtractor.startsLowercase(token.text))
            if type >= 0 { leads[type] = lead }
            return lead
        }

        /// Whether `token` is the article's first of its type (always, for a token without one):
        /// a later one adds nothing to the table that the first did not.
        @inline(__always)
        func isFirst(_ token: borrowing Token) -> Bool {
            let type = Int(token.type)
            guard type >= 0 else { return true }
            if added[type] == article { return false }
            added[type] = article
            return true
        }
    }

    /// Runs `body` on the lists, as long as the types `startArticle` made room for.
    mutating func withBuffers<Result>(_ body: (Buffers) -> Result) -> Result {
        let article = article
        return leads.withUnsafeMutableBufferPointer { leads in
            added.withUnsafeMutableBufferPointer { body(Buffers(leads: leads, added: $0, article: article)) }
        }
    }
}
