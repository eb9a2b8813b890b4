import Foundation

/// URL-safe, file-name-safe identifiers.
public enum Slug {
    /// Lower-case ASCII words joined by hyphens, at most `limit` characters, cut at a word.
    /// Never empty: falls back to "article".
    public static func make(_ text: String, limit: Int = 60) -> String {
        // ASCII text (the common case) is read as it is, its capitals folded as they are read;
        // other text is folded by Foundation first.
        let words = UTF8Scan.withBytes(text) { bytes in bytes.allSatisfy { $0 < 0x80 } ? Self.words(bytes, limit: limit) : nil }
            ?? UTF8Scan.withBytes(text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)) {
                Self.words($0, limit: limit)
            }
        return words.slug.isEmpty ? "article" : String(decoding: words.slug, as: UTF8.self)
    }

    /// Words of ASCII letters (lower-cased) and digits; apostrophes (' and U+2019) are dropped
    /// inside them, every other scalar ends a word. The slug takes whole words while they fit
    /// (its characters are its ASCII bytes), or the start of the first word when that alone
    /// is too long. They are gathered in a value of the function's own, not in variables a
    /// local function captures, whose every access is checked at run time.
    private static func words(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Words {
        var words = Words(limit: limit)
        var i = 0
        while i < bytes.count, !words.full {
            let b = bytes[i]
            if b.isASCIIAlphanumeric {
                words.word.append(b.asciiLowercased)
            } else if b == 0x27 || (b == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99) {
                i += b == 0x27 ? 1 : 3
                continue
            } else {
                words.take()
            }
            i += 1
        }
        words.take()
        return words
    }

    /// A slug being made: the words taken so far and the word being read.
    private struct Words {
        let limit: Int
        var slug: [UInt8] = []
        var word: [UInt8] = []
        var full = false

        /// Adds the word read so far, if it fits; marks the slug full at the first that does not.
        mutating func take() {
            defer { word.removeAll(keepingCapacity: true) }
            guard !full, !word.isEmpty else { return }
            if (slug.isEmpty ? 0 : slug.count + 1) + word.count > limit {
                if slug.isEmpty { slug = Array(word.prefix(limit)) }
                full = true
                return
            }
            if !slug.isEmpty { slug.append(0x2D) }
            slug += word
        }
    }

    /// Makes `slugs` unique in order: later duplicates get "-2", "-3"…
    public static func uniqued(_ slugs: [String]) -> [String] {
        // Room for all at once, and one hash per slug (the insert tells whether it was taken):
        // this runs over every brief of a site, between the repeat check and the pages.
        var used = Set<String>(minimumCapacity: slugs.count)
        return slugs.map { slug in
            var candidate = slug
            var n = 2
            while !used.insert(candidate).inserted {
                candidate = "\(slug)-\(n)"
                n += 1
            }
            return candidate
        }
    }
}
