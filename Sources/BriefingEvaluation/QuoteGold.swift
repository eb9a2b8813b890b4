import Foundation

/// Gold quotes of a PolNeAR article: the quoted segments (text between quote marks) of every
/// attributed Content span, with the text of its Source span. Contents without quote marks are
/// indirect speech and are not counted.
public struct QuoteGold: Sendable, Equatable {
    public var text: String
    public var source: String

    /// A Content span may be split into ranges (sentence by sentence, or around the cue), so its
    /// marks are paired over all of them together, quote marks just outside counted; each quoted
    /// segment keeps the parts that lie inside the ranges.
    public static func quotes(text: String, annotations: BratAnnotations) -> [QuoteGold] {
        let scalars = Array(text.unicodeScalars)
        func slice(_ r: Range<Int>) -> String {
            let clamped = max(0, r.lowerBound)..<min(scalars.count, r.upperBound)
            return clamped.isEmpty ? "" : String(String.UnicodeScalarView(scalars[clamped]))
        }
        var gold: [QuoteGold] = []
        for event in annotations.events {
            guard let contentID = event["Content"], let content = annotations.spans[contentID] else { continue }
            let source = event["Source"].flatMap { annotations.spans[$0] }.map { $0.ranges.map(slice).joined(separator: " ") } ?? ""
            let ranges = content.ranges.sorted { $0.lowerBound < $1.lowerBound }
            guard let first = ranges.first, let last = ranges.last else { continue }
            // Quote marks may sit just outside the annotated span.
            let region = max(0, first.lowerBound - 1)..<min(scalars.count, last.upperBound + 1)
            guard !region.isEmpty else { continue }
            for segment in segments(scalars, in: region) {
                let parts = ranges.map { max($0.lowerBound, segment.lowerBound)..<max(max($0.lowerBound, segment.lowerBound), min($0.upperBound, segment.upperBound)) }
                let text = parts.filter { !$0.isEmpty }.map { slice($0).trimmingCharacters(in: .whitespacesAndNewlines) }.joined(separator: " ")
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                if !text.isEmpty { gold.append(QuoteGold(text: text, source: source)) }
            }
        }
        return gold
    }

    /// Ranges of the text between paired quote marks in `region` of `scalars`. Curly and
    /// straight double marks pair with each other (“…" and "…” are typed in newswire too), and
    /// whether a mark opens or closes is read from its neighbours, not its shape: a mark after a
    /// space, a line break, an opening bracket or dash or another mark, with no space after it,
    /// opens (”Fear. I am …” opens with a closing glyph). A quote inside a quote is part of it. A
    /// quote left open at a line whose next line reopens with a mark ends at that line, as
    /// newswire carries a quote over paragraphs.
    static func segments(_ scalars: [Unicode.Scalar], in region: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var open: Int?
        var depth = 0
        for i in region where quoteMarks.contains(scalars[i]) {
            if opens(scalars, at: i) {
                guard let o = open else { open = i; continue }
                if scalars[(o + 1)..<i].contains(where: { $0 == "\n" }) {
                    // A new paragraph reopening the quote ends the piece before it.
                    out.append((o + 1)..<i)
                    open = i
                    depth = 0
                } else {
                    depth += 1
                }
            } else if let o = open {
                if depth > 0 {
                    depth -= 1
                } else {
                    out.append((o + 1)..<i)
                    open = nil
                }
            }
        }
        return out
    }

    private static let quoteMarks: Set<Unicode.Scalar> = ["\u{201C}", "\u{201D}", "\""]

    /// Whether the quote mark at `i` opens a quote: no space after it, and before it the text
    /// start, a space, a line break, an opening bracket, a dash, a slash or another mark.
    private static func opens(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 1 < scalars.count, !scalars[i + 1].properties.isWhitespace else { return false }
        guard i > 0 else { return true }
        let before = scalars[i - 1]
        return before.properties.isWhitespace || quoteMarks.contains(before) || "([{\u{2014}\u{2013}-/".unicodeScalars.contains(before)
    }
}
