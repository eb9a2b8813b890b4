import Foundation

/// URL-safe, file-name-safe identifiers.
public enum Slug {
    /// Lower-case ASCII words joined by hyphens, at most `limit` characters, cut at a word.
    /// Never empty: falls back to "article".
    public static func make(_ text: String, limit: Int = 60) -> String {
        // ASCII text folds to its lower case (the common case, without Foundation).
        let folded = text.utf8.allSatisfy { $0 < 0x80 } ? UTF8Scan.lowercased(text)
            : text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
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
