/// A piece of a parsed Mustache template: text, a value, a section with its own pieces, or a
/// partial (another template, indented when its tag stands on a line of its own).
indirect enum TemplateNode: Sendable {
    /// Text as its UTF-8 bytes, copied to the output as they are.
    case text([UInt8])
    /// `{{name}}` (HTML-escaped) or `{{{name}}}` / `{{&name}}` (raw).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
    case section(TemplateName, inverted: Bool, [TemplateNode])
    case partial(String, indentation: String)
}

/// A key as a template writes it: "." (the current value), "a" or "a.b.c" (looked up from
/// the innermost context outwards, then walked into), or ".a" (in the current context only).
struct TemplateName: Sendable, Equatable {
    /// One key of a name as written, with its number when `TemplateKey` has one.
    struct Part: Sendable, Equatable {
        let name: String
        let key: TemplateKey?

        init(_ name: String) {
            self.name = name
            key = TemplateKey(rawValue: name)
        }
    }

    /// The keys to walk, none for ".".
    let keys: [Part]
    /// Whether the first key is looked up in the current context only.
    let anchored: Bool

    init(_ text: String) {
        anchored = text.first == "." && text.count > 1
        keys = text == "." ? [] : text.split(separator: ".").map { Part(String($0)) }
    }
}
