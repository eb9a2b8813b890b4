import Foundation

/// Finds the wire dateline that opens a story: "SEOUL, Dec. 29 (Korea Bizwire) —",
/// "WASHINGTON (AP) —", "LONDON, April 3 (Reuters) -", "SEOUL –".
enum DatelineParser {
    struct Match: Equatable {
        var dateline: Dateline
        var outlet: String?
        var month: Int?
        var day: Int?
        var year: Int?
        /// Unicode scalars to drop from the start of the line (dateline, dash and spaces).
        var length: Int
    }

    static func parse(_ line: String) -> Match? {
        guard mayHaveDash(line) else { return nil }
        // The dash is looked for among the first 90 scalars (and the one after them).
        let scalars = Array(line.unicodeScalars.prefix(91))
        guard let (dashStart, dashEnd) = firstDash(scalars, within: 90) else { return nil }
        let prefix = String(String.UnicodeScalarView(scalars[..<dashStart])).trimmingSpaces()
        guard !prefix.isEmpty else { return nil }
        var head = prefix
        var outlet: String?
        if head.hasSuffix(")"), let open = head.lastIndex(of: "(") {
            let tag = String(head[head.index(after: open)..<head.index(before: head.endIndex)])
            outlet = OutletNames.canonical(tag) ?? tag
            head = String(head[..<open]).trimmingSpaces()
        }
        let parts = head.split(separator: ",").map { $0.trimmingSpaces() }
        guard let placePart = parts.first, isPlace(placePart, strict: outlet == nil && parts.count == 1) else { return nil }
        var place = placePart
        var month: Int?, day: Int?, year: Int?
        for part in parts.dropFirst() {
            if let date = DateText.dates(in: part).first, date.range.lowerBound == 0 {
                month = date.month
                day = date.day
                year = date.year
            } else if let y = Int(part), (1800...2200).contains(y) {
                year = y
            } else if isPlace(part, strict: false), month == nil {
                place += ", " + part
            } else {
                return nil
            }
        }
        let end = dashEnd + line.unicodeScalars.dropFirst(dashEnd).prefix { $0.isSpace }.count
        let text = String(String.UnicodeScalarView(scalars[..<dashEnd])).trimmingSpaces()
        return Match(dateline: Dateline(place: place, text: text), outlet: outlet, month: month, day: day, year: year, length: end)
    }

    /// A place name: upper-case words ("SEOUL", "NEW YORK", "ST. LOUIS"), or, when not
    /// `strict`, capitalized words ("Seoul").
    private static func isPlace(_ text: String, strict: Bool) -> Bool {
        let words = text.split(atASCII: 0x20)
        guard (1...4).contains(words.count), text.count <= 40 else { return false }
        let letters = text.filter(\.isLetter)
        guard !letters.isEmpty else { return false }
        if letters.allSatisfy(\.isUppercase) { return letters.count >= 2 }
        return !strict && words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// Whether the first 90 scalars of `line` hold a hyphen, an underscore, an em dash or an en
    /// dash: a byte scan that spares most lines the scalar array `firstDash` needs.
    private static func mayHaveDash(_ line: String) -> Bool {
        UTF8Scan.withBytes(line) { bytes in
            var scalars = 0
            var i = 0
            while i < bytes.count, scalars < 90 {
                let b = bytes[i]
                if b == 0x2D || b == 0x5F { return true }
                if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 { return true }
                if b & 0xC0 != 0x80 { scalars += 1 }
                i += 1
            }
            return false
        }
    }

    /// The first em dash, en dash, "--", spaced hyphen or spaced underscore (or one right after
    /// the agency's closing parenthesis), as a scalar range.
    private static func firstDash(_ s: [Unicode.Scalar], within limit: Int) -> (Int, Int)? {
        var i = 0
        while i < min(s.count, limit) {
            switch s[i] {
            case "\u{2014}", "\u{2013}":
                return (i, i + 1)
            case "-":
                if i + 1 < s.count, s[i + 1] == "-" { return (i, i + 2) }
                if i > 0, s[i - 1] == " " || s[i - 1] == ")", i + 1 < s.count, s[i + 1] == " " { return (i, i + 1) }
            case "_":
                // The archive wire style: "MIAMI _ ", "NAIROBI, Kenya (AP) _ ", "CANBERRA, Australia (AP)_ ".
                if i > 0, s[i - 1] == " " || s[i - 1] == ")", i + 1 == s.count || s[i + 1] == " " { return (i, i + 1) }
            default:
                break
            }
            i += 1
        }
        return nil
    }
}
