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
    static func weights(_ brief: Brief) -> [String: Int] {
        let article = brief.article
        let speakers = Array(Set(brief.extraction.quotes.compactMap(\.speaker))).sorted()
        let fields: [(String, Int)] = [
            (article.title, 5), (speakers.joined(separator: " "), 4), (brief.summary, 2),
            (brief.extraction.quotes.map(\.text).joined(separator: " "), 2),
            (article.paragraphs.map(\.text).joined(separator: " "), 1),
            (article.captions.map(\.text).joined(separator: " "), 1),
            ((article.authors + [article.outlet ?? ""] + article.tags).joined(separator: " "), 3),
        ]
        var weights: [String: Int] = [:]
        for (text, weight) in fields {
            for term in terms(text) where weights[term, default: 0] < weight { weights[term] = weight }
        }
        return weights
    }

    func files(_ briefs: [BriefDigest]) -> [String: String] {
        let index = SearchPostings(briefs)
        let limit = max(2, Int(Double(briefs.count) * Self.maxDocumentShare))
        // Each shard is written as JSON while its terms are read (`{"term":[brief,weight,…],…}`,
        // as `JSONWriter` writes it without indentation), not built as records first.
        var shards: [String: String] = [:]
        // Words left out for being everywhere; queries skip them as they skip stop words.
        var common: [String] = []
        for term in index.termsInOrder() {
            let docs = index.postings[term], text = index.terms[term]
            guard briefs.count < 4 || docs.count <= limit else { common.append(text); continue }
            var entry = ""
            JSONWriter.escape(text, into: &entry)
            entry += ":["
            for (i, doc) in docs.enumerated() {
                if i > 0 { entry += "," }
                entry += String(doc.brief) + "," + String(doc.weight)
            }
            entry += "]"
            let shard = Self.shard(of: text)
            if shards[shard] == nil { shards[shard] = "{" + entry } else { shards[shard]! += "," + entry }
        }
        var files: [String: String] = [:]
        for (shard, json) in shards {
            files["search/t-\(shard).js"] = "briefingSearch.terms(\"\(shard)\"," + json + "});\n"
        }
        for start in stride(from: 0, to: briefs.count, by: Self.chunkSize) {
            let chunk = briefs[start..<min(start + Self.chunkSize, briefs.count)].map { brief -> RecordValue in
                .array([
                    .string(brief.title), .string(SiteLinks.brief(brief.slug)),
                    .string(brief.published.map(BriefText.longDate) ?? ""), .string(brief.outlet ?? ""),
                    .string(brief.details.search.snippet), .string(brief.speakers.joined(separator: ", ")),
                ])
            }
            files["search/d-\(start / Self.chunkSize).js"] = "briefingSearch.docs(\(start / Self.chunkSize)," + JSONWriter.string(.array(chunk), pretty: false) + ");\n"
        }
        let skipped = RecordValue.array((Self.stopWords.sorted() + common).map(RecordValue.string))
        files["search/meta.js"] = "briefingSearch.meta({\"docs\":\(briefs.count),\"chunk\":\(Self.chunkSize),\"skip\":" + JSONWriter.string(skipped, pretty: false) + "});\n"
        return files
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
        var current = String.UnicodeScalarView()
        func finish() {
            if current.count >= 2 {
                let term = String(current)
                if !stopWords.contains(term) { terms.insert(term) }
            }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                if let folded = scalar.lowercasedASCIIWordScalar {
                    current.append(folded)
                } else if !current.isEmpty {
                    finish()
                }
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                // Accents, case and width folded as Foundation folds them (é → e, Ａ → a).
                let folded = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
                for part in folded.unicodeScalars {
                    if part.properties.isAlphabetic || ("0"..."9").contains(part) { current.append(part) } else { finish() }
                }
            } else if !current.isEmpty {
                finish()
            }
        }
        finish()
        return terms
    }

    /// The shard a term lives in: its first two characters, made file-name safe.
    static func shard(of term: String) -> String {
        let prefix = term.unicodeScalars.prefix(2)
        if prefix.allSatisfy({ $0.isASCII }) { return String(String.UnicodeScalarView(prefix)) }
        return "u" + prefix.map { String($0.value, radix: 16) }.joined(separator: "-")
    }

    static let stopWords: Set<String> = [
        "the", "and", "of", "to", "in", "on", "at", "for", "by", "with", "from", "as", "is", "was", "are", "were",
        "be", "been", "it", "its", "that", "this", "an", "or", "but", "not", "he", "she", "they", "his", "her",
        "their", "has", "have", "had", "will", "would", "could", "which", "who", "said",
    ]
}
