/// A TimeML document: its creation time (DCT) and the plain text of its TEXT element with
/// every gold TIMEX3 as a Unicode-scalar range into that text.
public struct TimeMLDocument: Sendable {
    public struct Timex: Sendable, Equatable {
        public var range: Range<Int>
        public var type: String
        public var value: String
        public var text: String
    }

    public var dct: String
    public var text: String
    public var timexes: [Timex]

    public init(xml: String) {
        dct = ""
        if let dctStart = xml.range(of: "<DCT>"), let valueStart = xml.range(of: "value=\"", range: dctStart.upperBound..<xml.endIndex),
           let valueEnd = xml.range(of: "\"", range: valueStart.upperBound..<xml.endIndex) {
            dct = String(xml[valueStart.upperBound..<valueEnd.lowerBound])
        }
        let body: Substring
        if let start = xml.range(of: "<TEXT>"), let end = xml.range(of: "</TEXT>", range: start.upperBound..<xml.endIndex) {
            body = xml[start.upperBound..<end.lowerBound]
        } else {
            body = Substring(xml)
        }
        var out: [Unicode.Scalar] = []
        var timexes: [Timex] = []
        var open: (start: Int, type: String, value: String)?
        let scalars = Array(body.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "<" {
                var j = i
                while j < scalars.count, scalars[j] != ">" { j += 1 }
                let tag = String(String.UnicodeScalarView(scalars[i..<min(j + 1, scalars.count)]))
                if tag.hasPrefix("<TIMEX3") {
                    open = (out.count, Self.attribute("type", in: tag), Self.attribute("value", in: tag))
                } else if tag.hasPrefix("</TIMEX3"), let o = open {
                    let text = String(String.UnicodeScalarView(out[o.start..<out.count]))
                    timexes.append(Timex(range: o.start..<out.count, type: o.type, value: o.value, text: text))
                    open = nil
                }
                i = j + 1
                continue
            }
            if s == "&", let semicolon = scalars[i..<min(i + 8, scalars.count)].firstIndex(of: ";") {
                let entity = String(String.UnicodeScalarView(scalars[(i + 1)..<semicolon]))
                let decoded: Unicode.Scalar? = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"][entity]
                if let decoded {
                    out.append(decoded)
                    i = semicolon + 1
                    continue
                }
            }
            out.append(s)
            i += 1
        }
        text = String(String.UnicodeScalarView(out))
        self.timexes = timexes
    }

    private static func attribute(_ name: String, in tag: String) -> String {
        guard let start = tag.range(of: " \(name)=\"") else { return "" }
        guard let end = tag.range(of: "\"", range: start.upperBound..<tag.endIndex) else { return "" }
        return String(tag[start.upperBound..<end.lowerBound])
    }
}
