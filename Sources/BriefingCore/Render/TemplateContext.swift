/// A value a template shows or walks into: text for `{{key}}`, a flag for `{{#key}}`, a list
/// to repeat a section over, or a context whose keys the section looks up.
enum TemplateValue {
    case text(String)
    /// Text given as its UTF-8 bytes (a page rendered into the layout), inserted without being
    /// made a string.
    case utf8(ByteBuffer)
    /// A count or other whole number, shown as its digits.
    case int(Int)
    case flag(Bool)
    case list([TemplateValue])
    /// A context (`context(_:)`), held by reference: the value is copied and looked into
    /// without copying the context.
    case reference(TemplateContextReference)

    /// A context whose keys a section looks up.
    static func context(_ context: some TemplateContext) -> TemplateValue { .reference(TemplateContextBox(context)) }

    /// A count or other whole number, shown as its digits.
    static func number(_ number: Int) -> TemplateValue { .int(number) }

    /// A list of contexts, one section pass each.
    static func items(_ contexts: [some TemplateContext]) -> TemplateValue { .list(contexts.map { .context($0) }) }

    /// A list of texts, each shown by `{{.}}` inside the section.
    static func texts(_ texts: [String]) -> TemplateValue { .list(texts.map { .text($0) }) }
}

/// A typed template context: a value whose template keys are answered by a `switch` over its
/// stored fields, built once. Keys it does not know are `nil`, so the template looks them up
/// in the enclosing contexts.
protocol TemplateContext {
    /// The value of the numbered template key `key`, or nil when this context has no such key.
    func child(_ key: TemplateKey) -> TemplateValue?
    /// The value of a key no `TemplateKey` numbers, or nil; only contexts holding values by
    /// name have any.
    func child(named name: String) -> TemplateValue?
}

extension TemplateContext {
    func child(named name: String) -> TemplateValue? { nil }
}

/// A context as a `TemplateValue` holds it: a class whose `child` methods a `TemplateContextBox`
/// answers from the context it holds.
class TemplateContextReference {
    func child(_ key: TemplateKey) -> TemplateValue? { nil }
    func child(named name: String) -> TemplateValue? { nil }
}

/// `context` by reference, stored inline in one allocation.
final class TemplateContextBox<Context: TemplateContext>: TemplateContextReference {
    let context: Context

    init(_ context: Context) { self.context = context }

    override func child(_ key: TemplateKey) -> TemplateValue? { context.child(key) }
    override func child(named name: String) -> TemplateValue? { context.child(named: name) }
}

/// Template values by key, for small contexts made on the spot.
typealias TemplateValues = [String: TemplateValue]

extension Dictionary: TemplateContext where Key == String, Value == TemplateValue {
    func child(_ key: TemplateKey) -> TemplateValue? { self[key.rawValue] }
    func child(named name: String) -> TemplateValue? { self[name] }
}

/// A context with the page's "root" (the way back to the site root) added, as every page
/// template gets it.
struct RootedContext<Base: TemplateContext>: TemplateContext {
    let base: Base
    let root: String

    func child(_ key: TemplateKey) -> TemplateValue? {
        key == .root ? .text(root) : base.child(key)
    }

    func child(named name: String) -> TemplateValue? { base.child(named: name) }
}
