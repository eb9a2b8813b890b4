/// Whitespace and block-structure rules shared by the HTML readers.
enum HTMLText {
    /// Elements that start a new block of text (a paragraph break around them).
    static let blockNames: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "dd", "details", "dialog", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "html",
    ]

    /// Decodes character references left in attribute values and JSON-LD strings
    /// ("&#8216;", "&#x2019;", "&amp;", "&quot;", "&nbsp;"…); unknown ones stay as written.
    static func decodingEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(10).firstIndex(of: ";"), let decoded = entity(after[..<semi]) {
                out.unicodeScalars.append(decoded)
                rest = after[after.index(after: semi)...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }

    private static func entity(_ name: Substring) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
        }
        if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
        return namedEntities[String(name)]
    }

    private static let namedEntities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}",
    ]

    /// Runs of whitespace (including no-break spaces) become one space; ends are trimmed.
    static func collapsingWhitespace(_ text: String) -> String {
        UTF8Scan.withBytes(text) { bytes in
            // The text only shrinks: a space stands for one or more bytes.
            String(unsafeUninitializedCapacity: bytes.count) { out in
                var n = 0
                var pendingSpace = false
                var i = 0
                while i < bytes.count {
                    let b = bytes[i]
                    var length = 1
                    let isSpace: Bool
                    if b < 0x80 {
                        isSpace = b.isASCIIWhitespace
                    } else {
                        let (scalar, scalarLength) = UTF8Scan.scalar(in: bytes, at: i)
                        length = scalarLength
                        isSpace = scalar.isSpace || scalar == "\u{200B}" || scalar == "\u{FEFF}"
                    }
                    if isSpace {
                        pendingSpace = n > 0
                    } else {
                        if pendingSpace {
                            out[n] = 0x20
                            n += 1
                        }
                        pendingSpace = false
                        for k in i..<(i + length) {
                            out[n] = bytes[k]
                            n += 1
                        }
                    }
                    i += length
                }
                return n
            }
        }
    }
}
