import Foundation

/// Builds the client-side search index: terms sharded by their first two letters and brief
/// summaries in small chunks, each a `.js` file a page loads with a `<script>` element, so
/// search works from `file://` as well as from any host, and a first search loads only the
/// shards its words need.
struct SearchIndexWriter {
    /// Briefs per document chunk.
    static let chunkSize = 50
    /// Terms found in more than this share of briefs tell nothing apart and are left out.
    static let maxDocumentShare = 0.6

    /// The search terms of `brief`, each with the weight of the heaviest field it is in.
    /// A field of several texts is read text by text: joined by spaces, they give the same terms.
    static func weights(_ brief: Brief) -> SearchTermWeights {
        var weights = SearchTermWeights()
        add(brief, to: &weights, except: [])
        return weights
    }

    /// The weights of the headline and of the body's paragraphs.
    static let titleWeight: UInt8 = 5
    static let bodyWeight: UInt8 = 1

    /// Adds the terms of `brief` to `weights` (as `weights(_:)` gathers them), but those of the
    /// headline and the paragraphs whose place in `searched` (the headline first) is true: they
    /// are added already (`StorySearchTerms`).
    static func add(_ brief: Brief, to weights: inout SearchTermWeights, except searched: [Bool]) {
        let article = brief.article
        func add(_ text: String, _ weight: UInt8) {
            forEachTerm(bytesIn: text) { weights.add($0, weight: weight) }
        }
        if searched.isEmpty || !searched[0] { add(article.title, titleWeight) }
        for (k, paragraph) in article.paragraphs.enumerated() where k + 1 >= searched.count || !searched[k + 1] {
            add(paragraph.text, bodyWeight)
        }
        // Each field text by text, without gathering them first; a speaker quoted again adds
        // the same terms with the same weight, which changes nothing.
        for quote in brief.extraction.quotes {
            if let speaker = quote.speaker { add(speaker, 4) }
        }
        add(brief.summary, 2)
        for quote in brief.extraction.quotes { add(quote.text, 2) }
        for caption in article.captions { add(caption.text, 1) }
        for author in article.authors { add(author, 3) }
        add(article.outlet ?? "", 3)
        for tag in article.tags { add(tag, 3) }
    }

    /// A file of the index: its path under the site, the key of what it is made of (nil for a
    /// file made in every build) and its text, made when asked: a rebuild keeps the files whose
    /// key is unchanged without making them again.
    struct File {
        let path: String
        let key: String?
        let text: () -> String
    }

    /// The index's files for `briefs`: a shard of terms per first two letters, keyed by its terms
    /// and their postings; the briefs' summaries in chunks, keyed by the chunk's briefs (slugs and
    /// cache keys, from `briefKeys`); and the index's description. With `kept` (the build cache's
    /// postings) the postings are updated from the last build's where few briefs changed
    /// (`SearchPostingsFile`), the briefs known by their cache keys (`BriefDigest.key`).
    func keyedFiles(_ briefs: [BriefDigest], briefKeys: BriefKeys? = nil, kept: SearchPostingsFile? = nil) -> [File] {
        let index = kept?.postings(of: briefs) ?? SearchPostings(briefs)
        let limit = max(2, Int(Double(briefs.count) * Self.maxDocumentShare))
        // Words left out for being everywhere; queries skip them as they skip stop words.
        var common: [String] = []
        // Each shard's terms, in sorted order.
        var shards: [String: [Int]] = [:]
        for term in index.termsInOrder() {
            let text = index.terms[term]
            guard briefs.count < 4 || index.postings(of: term).count <= limit else { common.append(text); continue }
            shards[Self.shard(of: text), default: []].append(term)
        }
        var files: [File] = []
        for (shard, terms) in shards {
            files.append(File(path: "search/t-\(shard).js", key: Self.key(of: terms, in: index)) { Self.shardText(shard, terms, in: index) })
        }
        for start in stride(from: 0, to: briefs.count, by: Self.chunkSize) {
            let range = start..<min(start + Self.chunkSize, briefs.count)
            files.append(File(path: "search/d-\(start / Self.chunkSize).js", key: briefKeys?.of(briefs[range])) {
                let chunk = range.map { position -> RecordValue in
                    let brief = briefs[position]
                    return .array([
                        .string(brief.title), .string(SiteLinks.brief(brief.slug)),
                        .string(brief.published.map(BriefText.longDate) ?? ""), .string(brief.outlet ?? ""),
                        .string(index.snippets[position]), .string(brief.speakers.joined(separator: ", ")),
                    ])
                }
                return "briefingSearch.docs(\(start / Self.chunkSize)," + JSONWriter.string(.array(chunk), pretty: false) + ");\n"
            })
        }
        let skipped = RecordValue.array((Self.stopWords.sorted() + common).map(RecordValue.string))
        let meta = "briefingSearch.meta({\"docs\":\(briefs.count),\"chunk\":\(Self.chunkSize),\"skip\":" + JSONWriter.string(skipped, pretty: false) + "});\n"
        files.append(File(path: "search/meta.js", key: nil) { meta })
        return files
    }

    /// The shard file of `terms` (positions in `index`, sorted), written as JSON bytes while its
    /// terms are read (`{"term":[brief,weight,…],…}`, as `JSONWriter` writes it without
    /// indentation), not built as records first.
    private static func shardText(_ shard: String, _ terms: [Int], in index: SearchPostings) -> String {
        var json: [UInt8] = []
        for term in terms {
            let docs = index.postings(of: term)
            json.append(json.isEmpty ? UInt8(ascii: "{") : UInt8(ascii: ","))
            JSONWriter.escape(index.terms[term], into: &json)
            json.append(UInt8(ascii: ":"))
            json.append(UInt8(ascii: "["))
            for i in docs {
                if i > docs.lowerBound { json.append(UInt8(ascii: ",")) }
                json.append(digitsOf: Int(index.briefs[i]))
                json.append(UInt8(ascii: ","))
                json.append(digitsOf: Int(index.weights[i]))
            }
            json.append(UInt8(ascii: "]"))
        }
        return "briefingSearch.terms(\"\(shard)\"," + String(decoding: json, as: UTF8.self) + "});\n"
    }

    /// What a shard file is made of, as a `ContentHash` (hex): each term's bytes, then its
    /// postings' briefs and weights, chained.
    private static func key(of terms: [Int], in index: SearchPostings) -> String {
        var hash: UInt64 = 0
        for term in terms {
            let docs = index.postings(of: term)
            hash = UTF8Scan.withBytes(index.terms[term]) { ContentHash.hash(UnsafeRawBufferPointer($0), seed: hash) }
            hash = index.briefs[docs].withUnsafeBytes { ContentHash.hash($0, seed: hash) }
            hash = index.weights[docs].withUnsafeBytes { ContentHash.hash($0, seed: hash) }
        }
        return ContentHash.hex(hash)
    }

    /// Longest snippet shown under a search result.
    static let snippetLimit = 200

    /// The text shown under a search result: the summary (else the first paragraph), cut at a
    /// word with "…".
    static func snippet(_ brief: Brief) -> String {
        let text = brief.summary.isEmpty ? (brief.article.paragraphs.first?.text ?? "") : brief.summary
        return PageMeta.shortened(text, limit: snippetLimit)
    }

    /// Lower-case, accent-free words of two or more letters or digits, without stop words.
    /// `assets/search.js` splits queries the same way and skips the same stop words (listed
    /// in `search/meta.js`).
    static func terms(_ text: String) -> Set<String> {
        var terms: Set<String> = []
        forEachTerm(in: text) { terms.insert($0) }
        return terms
    }

    /// Calls `body` with each of `text`'s `terms(_:)` where it occurs, repeats included. The
    /// word being read is kept as UTF-8 bytes with its length in scalars; ASCII is read byte
    /// by byte and only other scalars are decoded.
    static func forEachTerm(in text: String, _ body: (String) -> Void) {
        forEachTerm(bytesIn: text) { body(String(decoding: $0, as: UTF8.self)) }
    }

    /// `forEachTerm(in:_:)` with each term's UTF-8 bytes, valid during the call only.
    static func forEachTerm(bytesIn text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            if ASCIIWordText.holds(bytes) { return forEachASCIITerm(bytes, body) }
            // Made only here: text whose words are ASCII (nearly all) needs no word's storage.
            var word = TermWord()
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    i += 1
                    if byte &- 0x30 < 10 || byte &- 0x61 < 26 {
                        word.append(byte)
                    } else if byte &- 0x41 < 26 {
                        word.append(byte | 0x20)
                    } else if !word.isEmpty {
                        word.finish(body)
                    }
                    continue
                }
                // A Swift string's bytes are valid UTF-8: a lead byte and its continuation bytes.
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                var value = UInt32(byte & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07))
                for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                i += length
                guard let scalar = Unicode.Scalar(value) else { continue }
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    // Accents, case and width folded as Foundation folds them (é → e, Ａ → a).
                    let folded = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
                    for part in folded.unicodeScalars {
                        if part.properties.isAlphabetic || ("0"..."9").contains(part) { word.append(part) } else { word.finish(body) }
                    }
                } else if !word.isEmpty {
                    word.finish(body)
                }
            }
            word.finish(body)
        }
    }

    /// `forEachTerm` of text whose words are ASCII (`ASCIIWordText`): its runs of ASCII letters
    /// and digits, lower-cased into a buffer as long as the text, each a term unless it is a
    /// single byte or a stop word (a scalar past ASCII ends a term, as in `forEachTerm`).
    private static func forEachASCIITerm(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        let stopWords = stopWordSet
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { lowered in
            var start = 0
            func finish(_ end: Int) {
                let term = UnsafeBufferPointer(rebasing: lowered[start..<end])
                if isTerm(ascii: term, stopWords: stopWords) { body(term) }
            }
            var i = 0
            while i < bytes.count {
                // Runs of letters eight bytes at a time.
                let letters = ByteWord.copyLowerCasedLetters(bytes, at: i, to: lowered.baseAddress! + i)
                if letters > 0 {
                    i += letters
                    // Fewer than eight: the byte after them (there is one) is no letter, read below.
                    if letters == 8 { continue }
                }
                let byte = bytes[i]
                if byte &- 0x30 < 10 || byte &- 0x61 < 26 {
                    lowered[i] = byte
                } else if byte &- 0x41 < 26 {
                    lowered[i] = byte | 0x20
                } else {
                    finish(i)
                    start = i + 1
                }
                i += 1
            }
            finish(bytes.count)
        }
    }

    /// Whether the lower-cased run of ASCII letters and digits `run` is a term: two bytes or
    /// more, none of `stopWords` (`stopWordSet`, passed in so that a loop reads the static once).
    @inline(__always)
    static func isTerm(ascii run: UnsafeBufferPointer<UInt8>, stopWords: ShortWordSet) -> Bool {
        run.count >= 2 && !stopWords.contains(ascii: run)
    }

    /// The stop words, looked up by their bytes.
    static let stopWordSet = ShortWordSet(stopWords.words)

    /// The word `forEachTerm` is reading: its UTF-8 bytes and its length in scalars.
    private struct TermWord {
        var bytes: [UInt8] = []
        var scalars = 0

        init() { bytes.reserveCapacity(32) }

        var isEmpty: Bool { bytes.isEmpty }

        mutating func append(_ byte: UInt8) {
            bytes.append(byte)
            scalars += 1
        }

        mutating func append(_ scalar: Unicode.Scalar) {
            UTF8.encode(scalar) { bytes.append($0) }
            scalars += 1
        }

        /// Ends the word: a term when it has two scalars or more and is no stop word.
        mutating func finish(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            if scalars >= 2 {
                bytes.withUnsafeBufferPointer { term in
                    let stop = term.allSatisfy { $0 < 0x80 } ? stopWordSet.contains(ascii: term) : stopWords.contains(String(decoding: term, as: UTF8.self))
                    if !stop { body(term) }
                }
            }
            bytes.removeAll(keepingCapacity: true)
            scalars = 0
        }
    }

    /// The shard a term lives in: its first two characters, made file-name safe.
    static func shard(of term: String) -> String {
        // Two ASCII bytes first (nearly every term's start) are its first two characters.
        let ascii = UTF8Scan.withBytes(term) { bytes in
            bytes.count >= 2 && bytes[0] < 0x80 && bytes[1] < 0x80 ? String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<2]), as: UTF8.self) : nil
        }
        if let ascii { return ascii }
        let prefix = term.unicodeScalars.prefix(2)
        if prefix.allSatisfy({ $0.isASCII }) { return String(String.UnicodeScalarView(prefix)) }
        return "u" + prefix.map { String($0.value, radix: 16) }.joined(separator: "-")
    }

    static let stopWords: LexiconSet = [
        "the", "and", "of", "to", "in", "on", "at", "for", "by", "with", "from", "as", "is", "was", "are", "were",
        "be", "been", "it", "its", "that", "this", "an", "or", "but", "not", "he", "she", "they", "his", "her",
        "their", "has", "have", "had", "will", "would", "could", "which", "who", "said",
    ]
}
