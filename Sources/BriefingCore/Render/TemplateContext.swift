import Mustache

/// A typed template context: a value whose template keys are answered by a `switch` over its
/// stored fields, built once, instead of a `[String: Any]` dictionary built for every page.
/// Keys it does not know are `nil`, so Mustache looks them up in the enclosing contexts.
protocol TemplateContext: MustacheParent {
    /// The value of the template key `name`, or nil when this context has no such key.
    func child(named name: String) -> Any?
}

/// A context with the page's "root" (the way back to the site root) added, as every page
/// template gets it.
struct RootedContext<Base: TemplateContext>: TemplateContext {
    let base: Base
    let root: String

    func child(named name: String) -> Any? {
        name == "root" ? root : base.child(named: name)
    }
}
