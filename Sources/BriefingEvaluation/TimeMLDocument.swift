import BriefingCore

/// A TimeML document: the plain text inside `<TEXT>`, its gold TIMEX3 annotations and the
/// document creation time (the TIMEX3 inside `<DCT>`).
public struct TimeMLDocument: Sendable {
    /// A gold TIMEX3 with Unicode-scalar offsets into `text` (end exclusive).
    public struct Timex: Sendable, Equatable {
        public var text: String
        public var type: String
        public var value: String
        public var start: Int
        public var end: Int
    }

    public var text: String
    public var dct: CalendarDate?
    public var timexes: [Timex]

    /// Parses a `.tml` file's content.
    public init(xml: String) {
        let scalars = Array(xml.unicodeScalars)
        dct = Self.element("DCT", in: scalars).flatMap { range in
            Self.attribute("value", inTagAt: Self.find("<TIMEX3", in: scalars, from: range.lowerBound) ?? range.lowerBound, of: scalars)
        }.flatMap { CalendarDate(iso: String($0.prefix(10))) }
        var text = String.UnicodeScalarView()
        var timexes: [Timex] = []
        var count = 0
        var open: (start: Int, type: String, value: String)?
        if let body = Self.element("TEXT", in: scalars) {
            var i = body.lowerBound
            while i < body.upperBound {
                let s = scalars[i]
                if s == "<" {
                    let close = Self.find(">", in: scalars, from: i) ?? body.upperBound
                    let tag = String(String.UnicodeScalarView(scalars[i..<min(close + 1, scalars.count)]))
                    if tag.hasPrefix("<TIMEX3") {
                        open = (count, Self.attribute("type", inTagAt: i, of: scalars) ?? "", Self.attribute("value", inTagAt: i, of: scalars) ?? "")
                    } else if tag.hasPrefix("</TIMEX3"), let o = open {
                        let covered = Array(text)[o.start..<count]
                        timexes.append(Timex(text: String(String.UnicodeScalarView(covered)), type: o.type, value: o.value, start: o.start, end: count))
                        open = nil
                    }
                    i = close + 1
                } else if s == "&", let semi = Self.find(";", in: scalars, from: i), semi - i <= 6 {
                    let name = String(String.UnicodeScalarView(scalars[(i + 1)..<semi]))
                    text.append(Self.entities[name] ?? "?")
                    count += 1
                    i = semi + 1
                } else {
                    text.append(s)
                    count += 1
                    i += 1
                }
            }
        }
        self.text = String(text)
        self.timexes = timexes
    }

    private static let entities: [String: Unicode.Scalar] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]

    /// Scalar range between `<NAME>` and `</NAME>`.
    private static func element(_ name: String, in scalars: [Unicode.Scalar]) -> Range<Int>? {
        guard let open = find("<\(name)>", in: scalars, from: 0) else { return nil }
        let start = open + name.unicodeScalars.count + 2
        guard let close = find("</\(name)>", in: scalars, from: start) else { return nil }
        return start..<close
    }

    /// Index of the first occurrence of `needle` at or after `from`.
    private static func find(_ needle: String, in scalars: [Unicode.Scalar], from: Int) -> Int? {
        let n = Array(needle.unicodeScalars)
        guard !n.isEmpty, scalars.count >= n.count else { return nil }
        var i = from
        while i + n.count <= scalars.count {
            if scalars[i] == n[0] && scalars[i..<(i + n.count)].elementsEqual(n) { return i }
            i += 1
        }
        return nil
    }

    /// The value of `name="…"` in the tag starting at `tagStart`.
    private static func attribute(_ name: String, inTagAt tagStart: Int, of scalars: [Unicode.Scalar]) -> String? {
        guard let close = find(">", in: scalars, from: tagStart),
              let at = find(" \(name)=\"", in: Array(scalars[tagStart..<close]), from: 0) else { return nil }
        let valueStart = tagStart + at + name.unicodeScalars.count + 3
        guard let end = find("\"", in: scalars, from: valueStart), end <= close else { return nil }
        return String(String.UnicodeScalarView(scalars[valueStart..<end]))
    }
}
