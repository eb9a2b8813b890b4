import Foundation

/// URL-safe, file-name-safe identifiers.
public enum Slug {
    /// Lower-case ASCII words joined by hyphens, at most `limit` characters, cut at a word.
    /// Never empty: falls back to "article".
    public static func make(_ text: String, limit: Int = 60) -> String {
        // ASCII text folds to its lower case (the common case, without Foundation).
        let folded = text.utf8.allSatisfy { $0 < 0x80 } ? UTF8Scan.lowercased(text)
            : text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        // Words of ASCII letters and digits; apostrophes (' and U+2019) are dropped inside them,
        // every other scalar ends a word.
        var words: [String] = []
        var current: [UInt8] = []
        let bytes = Array(folded.utf8)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b.isASCIILetter || b &- 0x30 < 10 {
                current.append(b)
            } else if b == 0x27 || (b == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99) {
                i += b == 0x27 ? 1 : 3
                continue
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
            i += 1
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        var slug = ""
        for word in words {
            let next = slug.isEmpty ? word : slug + "-" + word
            if next.count > limit { break }
            slug = next
        }
        if slug.isEmpty, let first = words.first { slug = String(first.prefix(limit)) }
        return slug.isEmpty ? "article" : slug
    }

    /// Makes `slugs` unique in order: later duplicates get "-2", "-3"…
    public static func uniqued(_ slugs: [String]) -> [String] {
        var used: Set<String> = []
        return slugs.map { slug in
            var candidate = slug
            var n = 2
            while used.contains(candidate) {
                candidate = "\(slug)-\(n)"
                n += 1
            }
            used.insert(candidate)
            return candidate
        }
    }
}
