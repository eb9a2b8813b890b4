/// Parses Mustache template text into `TemplateNode`s: variables, sections, inverted sections,
/// comments, partials and set-delimiter tags, with the spec's standalone lines (a section,
/// comment, partial or delimiter tag alone on its line takes the whole line with it; a
/// standalone partial indents each line of what it includes by the blanks before it).
struct TemplateParser {
    /// A template that does not parse: the line of the tag at fault and what is wrong.
    struct SyntaxError: Error, CustomStringConvertible {
        let line: Int
        let message: String
        var description: String { "line \(line): \(message)" }
    }

    private let bytes: [UInt8]
    private var position = 0
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)
    /// Where the tag being read starts, for the line of an error.
    private var tagStart = 0

    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// The nodes of `text`.
    static func parse(_ text: String) throws(SyntaxError) -> [TemplateNode] {
        var parser = TemplateParser(bytes: Array(text.utf8))
        return try parser.nodes(closing: nil, openedAt: 0, atLineStart: true).nodes
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Nodes up to the tag closing `section` (the whole text when nil), opened at `openedAt`,
    /// and whether that tag stood alone on its line.
    private mutating func nodes(closing section: String?, openedAt: Int, atLineStart: Bool) throws(SyntaxError) -> (nodes: [TemplateNode], standalone: Bool) {
        var nodes: [TemplateNode] = []
        var lineStart = atLineStart
        // Blanks opening the line, kept back until it is known whether a standalone tag drops them.
        var blanks: [UInt8] = []
        func flushBlanks() {
            if !blanks.isEmpty { nodes.append(.text(blanks)) }
            blanks = []
        }
        while position < bytes.count {
            if lineStart { blanks = readBlanks() }
            let (text, tagOpened) = readText()
            if let length = newlineLength(at: position) {
                nodes.append(.text(blanks + text + bytes[position..<position + length]))
                blanks = []
                position += length
                lineStart = true
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(blanks + text))
                blanks = []
                lineStart = false
            }
            guard tagOpened else { break }
            let sigil = position < bytes.count ? bytes[position] : 0
            switch sigil {
            case UInt8(ascii: "#"), UInt8(ascii: "^"):
                position += 1
                let openedAt = tagStart
                let name = try readName()
                let standalone = lineStart && finishLine()
                if !standalone { flushBlanks() }
                blanks = []
                let (children, closedAlone) = try self.nodes(closing: name, openedAt: openedAt, atLineStart: standalone)
                nodes.append(.section(TemplateName(name), inverted: sigil == UInt8(ascii: "^"), children))
                lineStart = closedAlone
            case UInt8(ascii: "/"):
                position += 1
                let name = try readName()
                guard let section else { throw error("{{/\(name)}} closes no section") }
                guard name == section else { throw error("{{/\(name)}} closes {{#\(section)}}") }
                let standalone = lineStart && finishLine()
                if !standalone { flushBlanks() }
                return (nodes, standalone)
            case UInt8(ascii: "!"):
                position += 1
                _ = try readUntilClose()
                lineStart = lineStart && finishLine()
                if lineStart { blanks = [] }
            case UInt8(ascii: "="):
                position += 1
                try setDelimiters()
                lineStart = lineStart && finishLine()
                if lineStart { blanks = [] }
            case UInt8(ascii: ">"):
                position += 1
                let name = try readName()
                let indentation = String(decoding: blanks, as: UTF8.self)
                flushBlanks()
                let standalone = lineStart && finishLine()
                nodes.append(.partial(name, indentation: standalone ? indentation : ""))
                lineStart = standalone
            case UInt8(ascii: "{"):
                position += 1
                flushBlanks()
                let name = try readName(ending: [UInt8(ascii: "}")] + close)
                nodes.append(.variable(TemplateName(name), escaped: false))
                lineStart = false
            case UInt8(ascii: "&"):
                position += 1
                flushBlanks()
                nodes.append(.variable(TemplateName(try readName()), escaped: false))
                lineStart = false
            case UInt8(ascii: "<"), UInt8(ascii: "$"), UInt8(ascii: "%"):
                throw error("{{\(Character(Unicode.Scalar(sigil)))…}} tags (template inheritance, pragmas) are not supported")
            default:
                flushBlanks()
                nodes.append(.variable(TemplateName(try readName()), escaped: true))
                lineStart = false
            }
        }
        flushBlanks()
        if let section {
            tagStart = openedAt
            throw error("{{#\(section)}} is never closed")
        }
        return (nodes, false)
    }

    /// Spaces and tabs from here.
    private mutating func readBlanks() -> [UInt8] {
        let start = position
        while position < bytes.count, bytes[position] == 32 || bytes[position] == 9 { position += 1 }
        return Array(bytes[start..<position])
    }

    /// Text up to a newline (left unread) or an opening delimiter (read), and whether a tag opened.
    private mutating func readText() -> (text: [UInt8], tagOpened: Bool) {
        let start = position
        while position < bytes.count {
            if newlineLength(at: position) != nil { return (Array(bytes[start..<position]), false) }
            if starts(with: open, at: position) {
                let text = Array(bytes[start..<position])
                tagStart = position
                position += open.count
                return (text, true)
            }
            position += 1
        }
        return (Array(bytes[start..<position]), false)
    }

    /// The length of the line break at `index` ("\n" or "\r\n"), nil when there is none.
    private func newlineLength(at index: Int) -> Int? {
        guard index < bytes.count else { return nil }
        if bytes[index] == Self.newline { return 1 }
        if bytes[index] == Self.carriageReturn, index + 1 < bytes.count, bytes[index + 1] == Self.newline { return 2 }
        return nil
    }

    private func starts(with delimiter: [UInt8], at index: Int) -> Bool {
        guard index + delimiter.count <= bytes.count else { return false }
        for (offset, byte) in delimiter.enumerated() where bytes[index + offset] != byte { return false }
        return true
    }

    /// When only blanks are left on the line, reads them and the line break and says true.
    private mutating func finishLine() -> Bool {
        var index = position
        while index < bytes.count, bytes[index] == 32 || bytes[index] == 9 { index += 1 }
        if index == bytes.count {
            position = index
            return true
        }
        guard let length = newlineLength(at: index) else { return false }
        position = index + length
        return true
    }

    /// The tag's content up to `ending` (the closing delimiter by default), which is read too.
    private mutating func readUntilClose(_ ending: [UInt8]? = nil) throws(SyntaxError) -> String {
        let ending = ending ?? close
        let start = position
        while position < bytes.count {
            if starts(with: ending, at: position) {
                let content = String(decoding: bytes[start..<position], as: UTF8.self)
                position += ending.count
                return content
            }
            position += 1
        }
        throw error("tag is never closed with \(String(decoding: ending, as: UTF8.self))")
    }

    /// A key or partial name: the tag's content without blanks.
    private mutating func readName(ending: [UInt8]? = nil) throws(SyntaxError) -> String {
        let name = try readUntilClose(ending).trimmingBlanks
        guard !name.isEmpty else { throw error("tag names no key") }
        guard name.utf8.allSatisfy(Self.isNameByte) else {
            if name.contains("(") { throw error("\"\(name)\": transforms are not supported") }
            throw error("\"\(name)\" is not a key")
        }
        return name
    }

    /// Letters, digits and `. - _ ? * /` (the last for partials in folders).
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "/"): true
        default: false
        }
    }

    /// `{{=<% %>=}}`: the two new delimiters, set from here on.
    private mutating func setDelimiters() throws(SyntaxError) {
        let content = try readUntilClose().trimmingBlanks
        guard content.hasSuffix("=") else { throw error("a delimiter tag ends with \"=\"") }
        let parts = content.dropLast().split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
            throw error("a delimiter tag names two delimiters, as in {{=<% %>=}}")
        }
        open = Array(parts[0].utf8)
        close = Array(parts[1].utf8)
    }

    private func error(_ message: String) -> SyntaxError {
        SyntaxError(line: 1 + bytes[..<min(tagStart, bytes.count)].count(where: { $0 == Self.newline }), message: message)
    }
}

private extension String {
    /// Without spaces, tabs and line breaks at either end.
    var trimmingBlanks: String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) }) else { return "" }
        return String(self[first...last])
    }
}
