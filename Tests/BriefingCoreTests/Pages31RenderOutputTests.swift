import Foundation
import Mustache
import Testing
@testable import BriefingCore

/// The renderer writes to a `ByteBuffer` and keeps whether its last byte is a line feed (for the
/// indentation of standalone partials), and `HTMLEscaper` finds special bytes eight at a time:
/// both must give the bytes Mustache gives.
@Suite("Pages31 render output")
struct Pages31RenderOutputTests {
    /// Texts with special bytes at every offset of an eight-byte block, far into the text, next
    /// to ASCII and next to other scalars (where they are escaped by characters).
    static let texts: [String] = [
        String(repeating: "Talks resume in Geneva, officials said on Tuesday ", count: 9) + "& then <left>",
        (0..<24).map { String(repeating: "a", count: $0) + "&" }.joined(),
        String(repeating: "“curly” — ", count: 30) + "AT&T's \"bid\"",
        String(repeating: "plain ascii text ", count: 20) + "é&" + String(repeating: "z", count: 9) + "<",
        String(repeating: "x", count: 40) + "\"\u{301}a and '\u{308}s" + String(repeating: "y", count: 17) + ">",
        String(repeating: "emoji 👍🏽 ", count: 12) + "👍🏽&👍🏽",
        "no specials at all, only “curly” ‘quotes’ and café",
        "&", "<>", "", "a\nb & c\n",
    ]

    @Test(arguments: texts)
    func escapingMatchesMustache(_ text: String) throws {
        let mustache = try MustacheTemplate(string: "{{text}}").render(["text": text])
        #expect(Array(HTMLEscaper.escape(text).utf8) == Array(mustache.utf8))
        var buffer = ByteBuffer()
        HTMLEscaper.append(text, escapedTo: &buffer)
        #expect(buffer.withUnsafeBufferPointer(Array.init) == Array(mustache.utf8))
    }

    /// Partials indented after every kind of piece: text, an escaped and a raw value, a number
    /// and a section.
    static let templates: [String: String] = [
        "item": "<li>{{name}}</li>\n<li>{{{raw}}}</li>\n{{count}}\n",
        "page": "{{title}}\n  {{> item}}\n{{{raw}}}\n    {{> item}}\n{{count}}\n\t{{> item}}\n{{#items}}\n   {{> item}}\n{{/items}}\nend {{> item}}",
    ]

    @Test(arguments: ["no line", "", "a & b", "“curly” <b>"])
    func partialsAreIndentedAsMustacheIndentsThem(_ value: String) throws {
        let folder = try Self.folder(Self.templates)
        defer { try? FileManager.default.removeItem(at: folder) }
        let ours: TemplateValues = [
            "title": .text(value), "raw": .text(value), "name": .text(value), "count": .number(1234),
            "items": .list([.context(["name": .text(value + "<")] as TemplateValues), .context(["count": .number(7)] as TemplateValues)]),
        ]
        let theirs: [String: Any] = [
            "title": value, "raw": value, "name": value, "count": 1234, "items": [["name": value + "<"], ["count": 7]],
        ]
        var mustache = MustacheLibrary()
        for (name, text) in Self.templates { try mustache.register(text, named: name) }
        let rendered = try TemplateLibrary(defaults: folder).renderBuffer("page", ours).string()
        let expected = try #require(mustache.render(theirs, withTemplate: "page"))
        #expect(Array(rendered.utf8) == Array(expected.utf8), "\(rendered.debugDescription) vs \(expected.debugDescription)")
    }

    /// A value that ends a line inside a standalone partial: the partial's next piece is indented
    /// too, as the renderer has always done (it indents after any line feed it wrote).
    @Test func aValueEndingALineIndentsWhatFollows() throws {
        let folder = try Self.folder(["item": "<li>{{{raw}}}</li>\n<li>{{text}}</li>\n<li>{{{bytes}}}</li>\n", "page": "  {{> item}}\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let context: TemplateValues = ["raw": .text("a\n"), "text": .text("<b>\n"), "bytes": .utf8(Self.buffer("c\n"))]
        let page = try TemplateLibrary(defaults: folder).renderBuffer("page", context).string()
        #expect(page == "  <li>a\n  </li>\n  <li>&lt;b&gt;\n  </li>\n  <li>c\n  </li>\n")
    }

    /// A buffer holding the bytes of `text`.
    private static func buffer(_ text: String) -> ByteBuffer {
        let buffer = ByteBuffer()
        buffer.append(text)
        return buffer
    }

    /// A new folder holding `sources` as templates, by name.
    private static func folder(_ sources: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pages31-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in sources { try Data(text.utf8).write(to: folder.appendingPathComponent(name + ".mustache")) }
        return folder
    }
}
