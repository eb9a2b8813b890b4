import Mustache

/// A typed template context: a value whose template keys are answered by a `switch` over its
/// stored fields, built once, instead of a `[String: Any]` dictionary built for every page.
/// Keys it does not know are `nil`, so Mustache looks them up in the enclosing contexts.
protocol TemplateContext: MustacheParent, Sendable {
    /// The value of the template key `name`, or nil when this context has no such key.
    func child(named name: String) -> Any?
}
