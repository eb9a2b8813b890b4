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
        guard let dash = firstDash(in: line) else { return nil }
        let scalars = line.unicodeScalars
        let dashStart = line.utf8.index(line.startIndex, offsetBy: dash.bytes.lowerBound)
        let dashEnd = line.utf8.index(line.startIndex, offsetBy: dash.bytes.upperBound)
        let prefix = Substring(scalars[..<dashStart]).trimmingSpaces()
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
        let end = dash.scalarEnd + scalars[dashEnd...].prefix { $0.isSpace }.count
        let text = Substring(scalars[..<dashEnd]).trimmingSpaces()
        return Match(dateline: Dateline(place: place, text: text), outlet: outlet, month: month, day: day, year: year, length: end)
    }

    /// A place name: upper-case words ("SEOUL", "NEW YORK", "ST. LOUIS"), or, when not
    /// `strict`, capitalized words ("Seoul").
    static func isPlace(_ text: String, strict: Bool) -> Bool {
        let words = text.split(atASCII: 0x20)
        return UTF8Scan.withBytes(text) { printablePlace($0, words: words, strict: strict) } ?? characterPlace(text, words: words, strict: strict)
    }

    /// `isPlace` read by characters; `words` are the text's words.
    static func characterPlace(_ text: String, words: [Substring], strict: Bool) -> Bool {
        guard (1...4).contains(words.count), text.count <= 40 else { return false }
        let letters = text.filter(\.isLetter)
        guard !letters.isEmpty else { return false }
        if letters.allSatisfy(\.isUppercase) { return letters.count >= 2 }
        return !strict && words.allSatisfy { $0.startsWithUppercase }
    }

    /// `isPlace` of a text of printable ASCII, whose characters are its bytes (letters A–Z and
    /// a–z, capitals A–Z); nil for other text.
    private static func printablePlace(_ bytes: UnsafeBufferPointer<UInt8>, words: [Substring], strict: Bool) -> Bool? {
        guard bytes.allSatisfy({ $0 &- 0x20 < 0x5F }) else { return nil }
        guard (1...4).contains(words.count), bytes.count <= 40 else { return false }
        let letters = bytes.reduce(0) { $0 + ($1.isASCIILetter ? 1 : 0) }
        guard letters > 0 else { return false }
        if !bytes.contains(where: { $0 &- 0x61 < 26 }) { return letters >= 2 }
        return !strict && words.allSatisfy { $0.startsWithUppercase }
    }

    /// The first em dash, en dash, "--", spaced hyphen or spaced underscore (or one right after
    /// the agency's closing parenthesis) among the first 90 scalars of `line`: its UTF-8 range and
    /// the number of scalars up to its end. A byte scan: the marks and the neighbours they need
    /// are ASCII but the dashes (E2 80 93, E2 80 94), and most lines have none.
    private static func firstDash(in line: String) -> (bytes: Range<Int>, scalarEnd: Int)? {
        UTF8Scan.withBytes(line) { bytes in
            var scalars = 0
            var i = 0
            while i < bytes.count, scalars < 90 {
                // Eight bytes holding none of the marks' first bytes are only counted (past the
                // 90th scalar too: no mark there could have been found).
                if i + 8 <= bytes.count {
                    let word = ByteWord(bytes, at: i)
                    if !word.contains(0x2D), !word.contains(0x5F), !word.contains(0xE2) {
                        scalars += word.scalarStarts
                        i += 8
                        continue
                    }
                }
                let b = bytes[i]
                if b == 0x2D || b == 0x5F {
                    let next: UInt8? = i + 1 < bytes.count ? bytes[i + 1] : nil
                    let spacedBefore = i > 0 && (bytes[i - 1] == 0x20 || bytes[i - 1] == 0x29)
                    if b == 0x2D, next == 0x2D { return (i..<(i + 2), scalars + 2) }
                    if b == 0x2D, spacedBefore, next == 0x20 { return (i..<(i + 1), scalars + 1) }
                    // The archive wire style: "MIAMI _ ", "NAIROBI, Kenya (AP) _ ", "CANBERRA, Australia (AP)_ ".
                    if b == 0x5F, spacedBefore, next == nil || next == 0x20 { return (i..<(i + 1), scalars + 1) }
                }
                if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x93 || bytes[i + 2] == 0x94 {
                    return (i..<(i + 3), scalars + 1)
                }
                if b & 0xC0 != 0x80 { scalars += 1 }
                i += 1
            }
            return nil
        }
    }
}
