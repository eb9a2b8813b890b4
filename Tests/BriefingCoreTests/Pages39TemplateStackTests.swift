import Foundation
import Mustache
import Testing
@testable import BriefingCore

/// `TemplateRenderer` keeps the contexts of the sections entered beside their values, unretained,
/// and asks them for keys through those: a key must still come from the nearest context that
/// has it, past the texts, numbers and lists of texts between, as swift-mustache finds it.
struct Pages39TemplateStackTests {
    typealias Value = TemplateRendererTests.Value

    static var data: [String: Value] {
        [
            "name": .text("outer"),
            "title": .text("Top & co"),
            "count": .number(3),
            "words": .list([.text("a"), .text("b")]),
            "groups": .list([
                .map(["name": .text("g1"), "tags": .list([.text("x"), .text("y")]), "members": .list([.map(["name": .text("m1")]), .map(["title": .text("t2")])])]),
                .map(["tags": .list([]), "members": .list([.map(["name": .text("m3"), "inner": .map(["title": .text("deep")])])])]),
            ]),
        ]
    }

    /// Sections over contexts, lists of texts and contexts nested in them, and names looked up
    /// from each depth: found in the innermost context, in one further out, or in none.
    static let templates: [String: String] = [
        "nested": "{{#groups}}[{{name}}|{{title}}{{#tags}}<{{.}}:{{name}}:{{title}}>{{/tags}}{{#members}}({{name}},{{title}},{{#inner}}{{title}}/{{name}}/{{count}}{{/inner}}){{/members}}]{{/groups}}",
        "texts": "{{#words}}{{.}}{{#groups}}{{name}}{{#members}}{{name}}{{/members}}{{/groups}}{{count}};{{/words}}",
        "dotted": "{{#groups}}{{#members}}{{inner.title}}{{groups.name}}|{{/members}}{{/groups}}",
        "inverted": "{{#groups}}{{^tags}}no tags in {{name}}{{/tags}}{{^missing}}-{{title}}{{/missing}}{{/groups}}",
    ]

    @Test func findsWhatMustacheFinds() throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in Self.templates {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name + ".mustache"))
        }
        let templates = try TemplateLibrary(defaults: folder)
        var mustache = MustacheLibrary()
        for (name, text) in Self.templates { try mustache.register(text, named: name) }
        for name in Self.templates.keys.sorted() {
            let ours = try templates.renderBuffer(name, Self.data.mapValues(\.value)).string()
            let theirs = try #require(mustache.render(Self.data.mapValues(\.any), withTemplate: name))
            #expect(ours == theirs, "\(name)")
        }
    }

    /// ".name" is looked up in the innermost context only, which a text or number on the stack
    /// is not.
    @Test func anchoredNamesStayInTheInnermostContext() throws {
        let nodes = try TemplateParser.parse("{{#groups}}{{.name}};{{#tags}}{{.name}}{{/tags}}{{/groups}}{{#count}}{{.name}}{{/count}}|{{.name}}")
        let text = TemplateRenderer(partials: [:]).renderBuffer(CompiledTemplate(nodes), Self.data.mapValues(\.value)).string()
        #expect(text == "g1;;|outer")
    }
}
