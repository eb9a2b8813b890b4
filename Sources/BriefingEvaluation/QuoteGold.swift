import Foundation

/// Gold quotes of a PolNeAR article: the quoted segments (text between quote marks) of every
/// attributed Content span, with the text of its Source span. Contents without quote marks are
/// indirect speech and are not counted.
public struct QuoteGold: Sendable, Equatable {
    public var text: String
    public var source: String

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
            for range in content.ranges {
                // Quote marks may sit just outside the annotated span.
                let region = max(0, range.lowerBound - 1)..<min(scalars.count, range.upperBound + 1)
                for segment in segments(Array(scalars[region])) where segment.split(separator: " ").count >= 1 {
                    gold.append(QuoteGold(text: segment, source: source))
                }
            }
        }
        return gold
    }

    /// Text between paired quote marks (“…”, "…").
    static func segments(_ scalars: [Unicode.Scalar]) -> [String] {
        var out: [String] = []
        var open: Int?
        var straight: Int?
        for (i, s) in scalars.enumerated() {
            switch s {
            case "\u{201C}": if open == nil { open = i }
            case "\u{201D}":
                if let o = open { out.append(String(String.UnicodeScalarView(scalars[(o + 1)..<i]))); open = nil }
            case "\"":
                if let o = straight { out.append(String(String.UnicodeScalarView(scalars[(o + 1)..<i]))); straight = nil } else { straight = i }
            default: break
            }
        }
        return out.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
