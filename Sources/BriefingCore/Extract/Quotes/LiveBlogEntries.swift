/// The entries of a live blog: an article whose paragraphs include at least two time stamps,
/// alone ("7 p.m.") or labelling an entry ("12.05pm: Jo Johnson has resigned"), or "___"
/// separators. Each stamp or separator opens a new entry.
struct LiveBlogEntries {
    /// For each paragraph, whether it opens a new entry; all false for an ordinary article.
    let opens: [Bool]

    init(_ paragraphs: [String]) {
        let marks = paragraphs.map(Self.opensEntry)
        opens = marks.filter { $0 }.count >= 2 ? marks : marks.map { _ in false }
    }

    /// True for a separator line ("___") or a paragraph that opens with a clock time, alone or
    /// before a colon: "7 p.m.", "6:05 p.m.", "12.05pm: …", "10:32 AM:".
    ///
    /// Read from the UTF-8 bytes: every mark a stamp or separator is made of is ASCII, and the
    /// lead byte of any other scalar equals none of them (nor do its continuation bytes, which
    /// the scan never reaches past a failed test), so bytes decide as scalars would.
    static func opensEntry(_ text: String) -> Bool {
        UTF8Scan.withBytes(text) { all in
            var start = 0
            while start < all.count, all[start] == 0x20 || all[start] == 0x09 { start += 1 }
            let bytes = UnsafeBufferPointer(rebasing: all[start...])
            let n = bytes.count
            if n >= 3, bytes.allSatisfy({ $0 == 0x5F || $0 == 0x20 }) { return true }
            var i = 0
            func digits() -> Int { let from = i; while i < n, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }; return i - from }
            guard (1...2).contains(digits()) else { return false }
            if i < n, bytes[i] == 0x3A || bytes[i] == 0x2E {
                i += 1
                guard digits() == 2 else { return false }
            }
            if i < n, bytes[i] == 0x20 { i += 1 }
            // "am", "pm", "a.m.", "p.m.", in either case.
            guard i < n, bytes[i] | 0x20 == 0x61 || bytes[i] | 0x20 == 0x70 else { return false }
            i += 1
            if i < n, bytes[i] == 0x2E { i += 1 }
            guard i < n, bytes[i] | 0x20 == 0x6D else { return false }
            i += 1
            if i < n, bytes[i] == 0x2E { i += 1 }
            // The stamp ends the paragraph or labels it with a colon.
            while i < n, bytes[i] == 0x20 { i += 1 }
            return i == n || bytes[i] == 0x3A
        }
    }
}
