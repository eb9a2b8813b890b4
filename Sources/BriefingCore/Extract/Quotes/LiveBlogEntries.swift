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
    static func opensEntry(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.drop { $0 == " " || $0 == "\t" })
        if scalars.count >= 3, scalars.allSatisfy({ $0 == "_" || $0 == " " }) { return true }
        var i = 0
        func digits() -> Int { let start = i; while i < scalars.count, ("0"..."9").contains(scalars[i]) { i += 1 }; return i - start }
        guard (1...2).contains(digits()) else { return false }
        if i < scalars.count, scalars[i] == ":" || scalars[i] == "." {
            i += 1
            guard digits() == 2 else { return false }
        }
        if i < scalars.count, scalars[i] == " " { i += 1 }
        // "am", "pm", "a.m.", "p.m.", in either case.
        guard i < scalars.count, "aApP".unicodeScalars.contains(scalars[i]) else { return false }
        i += 1
        if i < scalars.count, scalars[i] == "." { i += 1 }
        guard i < scalars.count, "mM".unicodeScalars.contains(scalars[i]) else { return false }
        i += 1
        if i < scalars.count, scalars[i] == "." { i += 1 }
        // The stamp ends the paragraph or labels it with a colon.
        while i < scalars.count, scalars[i] == " " { i += 1 }
        return i == scalars.count || scalars[i] == ":"
    }
}
