import Foundation
import Mustache
import Testing
@testable import BriefingCore

/// Briefing renders templates with its own Mustache engine (`TemplateParser`,
/// `TemplateRenderer`). Users write their own templates, so it must render what a Mustache
/// engine renders: each template here is rendered by it and by swift-mustache with the same
/// data and must give the same bytes, except where swift-mustache departs from the spec
/// (checked against the spec's own rule instead).
@Suite("Template rendering")
struct TemplateRendererTests {
    /// A value as both engines take it.
    indirect enum Value {
        case text(String)
        case flag(Bool)
        case number(Int)
        case list([Value])
        case map([String: Value])

        var value: TemplateValue {
            switch self {
            case .text(let text): .text(text)
            case .flag(let flag): .flag(flag)
            case .number(let number): .number(number)
            case .list(let items): .list(items.map(\.value))
            case .map(let map): .context(map.mapValues(\.value))
            }
        }

        var any: Any {
            switch self {
            case .text(let text): text
            case .flag(let flag): flag
            case .number(let number): number
            case .list(let items): items.map(\.any)
            case .map(let map): map.mapValues(\.any)
            }
        }
    }

    static let data: [String: Value] = [
        "title": .text("AT&T's <b>\"bid\"</b> for Time Warner"),
        "empty": .text(""),
        "count": .number(3),
        "yes": .flag(true),
        "no": .flag(false),
        "none": .list([]),
        "paragraphs": .list([.text("First <p>."), .text("Second & last.")]),
        "person": .map(["name": .text("Jane O'Neill"), "role": .map(["title": .text("envoy")])]),
        "quotes": .list([
            .map(["text": .text("We are close."), "speaker": .text("Jane Doe"), "hasSpeaker": .flag(true)]),
            .map(["text": .text("No comment."), "hasSpeaker": .flag(false)]),
        ]),
        "items": .list([.map(["name": .text("a")]), .map(["name": .text("b"), "title": .text("inner")])]),
    ]

    /// Templates of every kind of tag, blank and standalone lines, CRLF line ends, comments,
    /// delimiters and partials; "line" is a partial of two lines.
    static let templates: [String: String] = [
        "line": "<li>{{name}}</li>\n<li>{{title}}</li>\n",
        "variables": "{{title}}|{{{title}}}|{{& title}}|{{ title }}|{{missing}}|{{count}}|{{yes}}|{{empty}}.",
        "dotted": "{{person.name}} ({{person.role.title}}) {{person.missing.name}} {{#person}}{{name}}, {{title}}{{/person}}",
        "sections": "{{#yes}}yes{{/yes}}{{#no}}no{{/no}}{{^no}}not no{{/no}}{{#none}}none{{/none}}{{^none}}empty list{{/none}}{{#empty}}[empty text]{{/empty}}{{^missing}}missing{{/missing}}",
        "standalone": "<ul>\n{{#quotes}}\n  <li>{{text}}{{#hasSpeaker}} — {{speaker}}{{/hasSpeaker}}</li>\n{{/quotes}}\n</ul>\n  {{^none}}  \nnothing\n  {{/none}}\n",
        "current": "{{#paragraphs}}\n<p>{{.}}</p>\n{{/paragraphs}}\n",
        "climbing": "{{#items}}{{name}}:{{title}};{{/items}}",
        "comments": "a{{! inline }}b\n  {{! standalone }}\n{{!\nspans\nlines\n}}\nc {{! not alone }} d\n",
        "crlf": "top\r\n{{#yes}}\r\nin\r\n{{/yes}}\r\nend\r\n",
        "delimiters": "{{=<% %>=}}\n<%title%> {{title}}\n<%={{ }}=%>\n{{{title}}}\n",
        "partials": "<ol>\n{{#items}}\n  {{> line}}\n{{/items}}\n</ol>\nx {{> line}}",
        "blank": "\n\n{{title}}\n\n",
        "unterminated": "{{title}}\n  {{#yes}}\n  no newline at the end {{/yes}}",
    ]

    @Test func rendersWhatMustacheRenders() throws {
        let folder = try Self.write(Self.templates)
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = try TemplateLibrary(defaults: folder)
        var mustache = MustacheLibrary()
        for (name, text) in Self.templates { try mustache.register(text, named: name) }
        let context = Self.data.mapValues(\.value)
        let any = Self.data.mapValues(\.any)
        for name in Self.templates.keys.sorted() {
            let ours = try templates.render(name, context)
            let theirs = try #require(mustache.render(any, withTemplate: name))
            #expect(Array(ours.utf8) == Array(theirs.utf8), "\(name): \(ours.debugDescription) vs \(theirs.debugDescription)")
        }
    }

    /// A closing tag alone on its line is standalone even after a section that opened mid-line
    /// (swift-mustache keeps that line's break), as the spec's "Standalone Lines" rule says.
    @Test func closingTagAloneOnItsLineAfterAnInlineSection() throws {
        let text = "<div>\n{{#items}}\n<h3>{{name}}</h3>\n{{#yes}}<p>{{name}}</p>\n{{/yes}}\n{{/items}}\n</div>\n"
        let folder = try Self.write(["page": text])
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try TemplateLibrary(defaults: folder).render("page", Self.data.mapValues(\.value))
        #expect(page == "<div>\n<h3>a</h3>\n<p>a</p>\n<h3>b</h3>\n<p>b</p>\n</div>\n")
    }

    /// Each line of a standalone partial is indented by the blanks before its tag, also inside
    /// its sections; a partial that includes itself stops.
    @Test func indentsStandalonePartialsAndStopsEndlessOnes() throws {
        let sources = ["list": "{{#items}}\n<li>{{name}}</li>\n{{/items}}\n", "page": "<ul>\n    {{> list}}\n</ul>\n", "loop": "x{{> loop}}"]
        let folder = try Self.write(sources)
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = try TemplateLibrary(defaults: folder)
        let context = Self.data.mapValues(\.value)
        #expect(try templates.render("page", context) == "<ul>\n    <li>a</li>\n    <li>b</li>\n</ul>\n")
        // The page's own "x" and one for each of the 64 partials nested in it.
        #expect(try templates.render("loop", context) == String(repeating: "x", count: 65))
    }

    /// A template that does not parse is refused with its file, the line of the tag and what is wrong.
    @Test func refusesBadTemplatesNamingTheLine() throws {
        let cases = [
            "a\n{{#items}}\nnever closed\n": "line 2: {{#items}} is never closed",
            "{{#a}}\n{{/b}}\n": "line 2: {{/b}} closes {{#a}}",
            "text {{/a}}": "line 1: {{/a}} closes no section",
            "one\ntwo {{title": "line 2: tag is never closed with }}",
            "{{uppercase(title)}}": "line 1: \"uppercase(title)\": transforms are not supported",
            "{{<parent}}{{/parent}}": "line 1: {{<…}} tags (template inheritance, pragmas) are not supported",
            "{{= <% =}}": "line 1: a delimiter tag names two delimiters, as in {{=<% %>=}}",
            "{{}}": "line 1: tag names no key",
        ]
        for (text, message) in cases {
            let folder = try Self.write(["page": text])
            defer { try? FileManager.default.removeItem(at: folder) }
            do {
                _ = try TemplateLibrary(defaults: folder)
                Issue.record("\(text.debugDescription) parsed")
            } catch let error as BriefingError {
                #expect(error.file == "page.mustache")
                #expect(error.message == "template does not parse: \(message)", "\(text.debugDescription)")
            }
        }
    }

    /// A typed context answering two numbered keys, to check the look-up by number.
    private struct Typed: TemplateContext {
        func child(_ key: TemplateKey) -> TemplateValue? {
            switch key {
            case .title: .text("typed <title>")
            case .url: .text("typed-url")
            default: nil
            }
        }
    }

    /// Names are numbered when parsed, known or not, and each part of a dotted name apart.
    @Test func namesAreNumberedWhenParsed() {
        #expect(TemplateName("title").keys.map(\.key) == [.title])
        #expect(TemplateName("story.titleHTML").keys.map(\.key) == [nil, .titleHTML])
        #expect(TemplateName(".url").keys.map(\.name) == ["url"])
        #expect(TemplateName(".").keys.isEmpty)
        for key in TemplateKey.allCases { #expect(TemplateName(key.rawValue).keys.map(\.key) == [key]) }
    }

    /// A typed context answers numbered keys; keys it has not, numbered or not, come from the
    /// dictionaries around it, and dotted names walk into either.
    @Test func typedContextsAnswerByNumber() throws {
        let nodes = try TemplateParser.parse("{{#typed}}{{title}}|{{{title}}}|{{url}}|{{count}}|{{ownKey}}|{{#.url}}{{.}}{{/.url}}|{{^.count}}none{{/.count}}{{/typed}}|{{typed.url}}|{{typed.ownKey}}")
        let outer: TemplateValues = ["typed": .context(Typed()), "count": .number(2), "ownKey": .text("own & key")]
        let text = TemplateRenderer(partials: [:]).render(nodes, outer)
        #expect(text == "typed &lt;title&gt;|typed <title>|typed-url|2|own &amp; key|typed-url|none|typed-url|")
    }

    /// A number is shown as its digits, escaped or not, and a section over it is shown once with
    /// the number as its value, as for a text.
    @Test func numbersAreShownAsTheirDigits() throws {
        let nodes = try TemplateParser.parse("{{n}}|{{{n}}}|{{#n}}[{{.}}]{{/n}}|{{^n}}none{{/n}}")
        for (number, digits) in [(0, "0"), (7, "7"), (10, "10"), (345, "345"), (-12, "-12"), (Int.min, "\(Int.min)")] {
            let text = TemplateRenderer(partials: [:]).render(nodes, ["n": .number(number)] as TemplateValues)
            #expect(text == "\(digits)|\(digits)|[\(digits)]|", "\(number)")
        }
    }

    private static func write(_ sources: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in sources { try Data(text.utf8).write(to: folder.appendingPathComponent(name + ".mustache")) }
        return folder
    }
}

/// The renderers as text, for comparing with expected strings.
extension TemplateLibrary {
    func render(_ name: String, _ context: some TemplateContext) throws -> String {
        try renderBuffer(name, context).string()
    }
}

extension TemplateRenderer {
    func render(_ nodes: [TemplateNode], _ context: some TemplateContext) -> String {
        renderBuffer(CompiledTemplate(nodes), context).string()
    }
}
