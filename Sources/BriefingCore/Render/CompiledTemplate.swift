/// A parsed template laid out for rendering: its pieces as one flat list of steps that hold
/// only numbers, so walking them retains and releases nothing; the bytes of all its text in
/// one array; its names, their keys and its partials in tables the steps number.
struct CompiledTemplate: Sendable {
    /// One piece of the template.
    enum Step: Sendable {
        /// `count` bytes of `text` from `start`.
        case text(start: Int, count: Int)
        /// The value of the name `names[name]`, HTML-escaped or raw.
        case variable(name: Int, escaped: Bool)
        /// A section over `names[name]`: its own steps follow it, up to the step `end`.
        case section(name: Int, inverted: Bool, end: Int)
        /// `partials[index]`.
        case partial(Int)
    }

    /// A partial a step includes, and the blanks before each of its lines (standalone tags).
    struct Partial: Sendable {
        let name: String
        let indentation: String
    }

    /// A name as the renderer looks it up: its keys are `keys[first..<first + count]` (none
    /// for "."), the first looked up in the current context only when `anchored`. Numbers
    /// only, as steps are: a look-up copies no string or array.
    struct Name: Sendable {
        let first: Int
        let count: Int
        let anchored: Bool
    }

    let steps: [Step]
    let text: [UInt8]
    let names: [Name]
    /// The keys of all names, one after another: each its `TemplateKey`, or nil for a key
    /// looked up by its name in `keyNames` (same index).
    let keys: [TemplateKey?]
    let keyNames: [String]
    let partials: [Partial]

    init(_ nodes: [TemplateNode]) {
        var steps: [Step] = [], text: [UInt8] = [], names: [Name] = [], partials: [Partial] = []
        var keys: [TemplateKey?] = [], keyNames: [String] = []
        func addName(_ name: TemplateName) {
            names.append(Name(first: keys.count, count: name.keys.count, anchored: name.anchored))
            keys += name.keys.map(\.key)
            keyNames += name.keys.map(\.name)
        }
        func add(_ nodes: [TemplateNode]) {
            for node in nodes {
                switch node {
                case .text(let bytes):
                    steps.append(.text(start: text.count, count: bytes.count))
                    text += bytes
                case .variable(let name, let escaped):
                    addName(name)
                    steps.append(.variable(name: names.count - 1, escaped: escaped))
                case .section(let name, let inverted, let children):
                    addName(name)
                    let (at, number) = (steps.count, names.count - 1)
                    steps.append(.section(name: number, inverted: inverted, end: at))
                    add(children)
                    steps[at] = .section(name: number, inverted: inverted, end: steps.count)
                case .partial(let name, let indentation):
                    partials.append(Partial(name: name, indentation: indentation))
                    steps.append(.partial(partials.count - 1))
                }
            }
        }
        add(nodes)
        (self.steps, self.text, self.names, self.partials) = (steps, text, names, partials)
        (self.keys, self.keyNames) = (keys, keyNames)
    }
}
