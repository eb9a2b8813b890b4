/// The short description of an event: the clause of the sentence around its date (between
/// commas, dashes or parentheses, after a "that" of reported speech), with the time expressions
/// and their prepositions taken out, widened to the neighbouring clause when too short, and cut
/// at 20 words. Only words of the sentence are used.
struct EventText {
    let scalars: [Unicode.Scalar]
    let sentence: Range<Int>
    /// Every time expression of the paragraph (offsets into the paragraph).
    let times: [TimeExpression]

    private static let maxWords = 20
    /// Words before a time expression that go with it ("on Monday", "since October").
    private static let prepositions: Set<String> = [
        "on", "in", "since", "at", "by", "during", "from", "until", "of", "for", "early", "late", "earlier", "later",
        "as", "through", "throughout", "before", "after",
    ]
    /// Verbs of saying that end an attribution ("a think tank here said").
    private static let reporting: Set<String> = [
        "said", "says", "added", "told", "noted", "reported", "announced", "warned", "stated", "according",
    ]
    /// Words that do not start a description.
    private static let leads: Set<String> = [
        "and", "but", "while", "which", "who", "so", "then", "following", "after", "before", "since", "when", "as",
        "that", "also", "still", "however", "meanwhile",
    ]

    func describe(_ time: Range<Int>) -> String {
        let clauses = self.clauses()
        guard let k = clauses.firstIndex(where: { $0.contains(time.lowerBound) }) else { return "" }
        var range = clauses[k]
        if let that = firstThat(in: min(time.upperBound, range.upperBound)..<range.upperBound),
           times.contains(where: { ($0.start ?? 0) > that && $0.type == .date && EventExtractor.precision(of: $0.value) != nil }) {
            return ""  // "said last month that … in January": the reported event carries the date.
        }
        if let that = lastThat(in: range.lowerBound..<time.lowerBound) { range = that..<range.upperBound }
        var words = self.words(in: range)
        if words.count >= 2, k > 0, Self.reporting.contains(words[words.count - 1].lowercased()) {
            // "…, a think tank said Wednesday": the attribution, then what was said.
            words += self.words(in: clauses[k - 1])
        }
        if words.count >= 2, Self.reporting.contains(words[0].lowercased()) {
            words.removeFirst()
            if words.first == "that" { words.removeFirst() }
        }
        if words.count < 4, k == 0, clauses.count > 1 {
            // "Last week, Adm. Samuel Paparo, commander of …, told …": the rest of the sentence.
            words = self.words(in: clauses[1].lowerBound..<sentence.upperBound)
        }
        var low = clauses[k].lowerBound, high = clauses[k].upperBound
        var before = k, after = k
        while words.count < 4 {
            if (before == k || after + 1 < clauses.count) && after + 1 < clauses.count {
                after += 1
                high = clauses[after].upperBound
            } else if before > 0 {
                before -= 1
                low = clauses[before].lowerBound
            } else {
                break
            }
            words = self.words(in: low..<high)
        }
        guard words.count >= 2 else { return "" }
        var text = words.prefix(Self.maxWords).joined(separator: " ")
        if words.count > Self.maxWords { text += "…" }
        if let first = text.unicodeScalars.first, first.properties.isLowercase {
            text = first.properties.uppercaseMapping + String(text.unicodeScalars.dropFirst())
        }
        return text
    }

    /// Clause ranges of the sentence, split at , ; : — – ( ).
    private func clauses() -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = sentence.lowerBound
        for i in sentence {
            switch scalars[i] {
            case ",", ";", ":":
                guard i + 1 >= sentence.upperBound || scalars[i + 1].properties.isWhitespace else { continue }
                if i > start { result.append(start..<i) }
                start = i + 1
            case "\u{2014}", "\u{2013}", "(", ")":
                if i > start { result.append(start..<i) }
                start = i + 1
            default: continue
            }
        }
        if sentence.upperBound > start { result.append(start..<sentence.upperBound) }
        return result
    }

    /// The offset just after the last word "that" in `range`.
    private func lastThat(in range: Range<Int>) -> Int? {
        range.reversed().first { isThat(at: $0, in: range) }.map { $0 + 4 }
    }

    /// The offset just after the first word "that" in `range`.
    private func firstThat(in range: Range<Int>) -> Int? {
        range.first { isThat(at: $0, in: range) }.map { $0 + 4 }
    }

    private func isThat(at i: Int, in range: Range<Int>) -> Bool {
        i + 4 <= range.upperBound && (i == 0 || scalars[i - 1] == " ") && scalars[i] == "t" && scalars[i + 1] == "h"
            && scalars[i + 2] == "a" && scalars[i + 3] == "t" && (i + 4 == scalars.count || scalars[i + 4] == " ")
    }

    /// The words of `range` without time expressions, their prepositions, leading connectives
    /// and closing punctuation.
    private func words(in range: Range<Int>) -> [String] {
        var kept = String.UnicodeScalarView()
        var i = range.lowerBound
        while i < range.upperBound {
            if let time = times.first(where: { $0.start == i }), let end = time.end {
                kept.append(contentsOf: "\u{0}".unicodeScalars)
                i = end
                continue
            }
            kept.append(scalars[i])
            i += 1
        }
        var words: [String] = []
        for word in String(kept).split(separator: " ", omittingEmptySubsequences: true) {
            if word.hasPrefix("\u{0}") {
                while let last = words.last, Self.prepositions.contains(last.lowercased()) || last == "and" || last == "or" { words.removeLast() }
                continue
            }
            words.append(String(word))
        }
        while let first = words.first, Self.leads.contains(first.lowercased()) { words.removeFirst() }
        while let last = words.last, Self.prepositions.contains(last.lowercased()) || last == "and" { words.removeLast() }
        if var last = words.popLast() {
            while let c = last.unicodeScalars.last, ".!?\"”’'".unicodeScalars.contains(c) { last.unicodeScalars.removeLast() }
            if !last.isEmpty { words.append(last) }
        }
        return words
    }
}
