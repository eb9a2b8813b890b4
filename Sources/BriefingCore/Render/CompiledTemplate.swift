/// A parsed template laid out for rendering: its pieces as one flat list of steps that hold
/// only numbers, so walking them retains and releases nothing; the bytes of all its text in
/// one array; its names, keys and partials in tables the steps number, the names and keys
/// numbers too (looking one up retains nothing either).
struct CompiledTemplate: Sendable {
    /// One piece of the template.
    enum Step: Sendable {
        /// `count` bytes of `text` from `start`.
        case text(start: Int, count: Int)
        /// The value of `names[name]`, HTML-escaped or raw.
        case variable(name: Int, escaped: Bool)
        /// A section over `names[name]`: its own steps follow it, up to the step `end`.
        case section(name: Int, inverted: Bool, end: Int)
        /// `partials[index]`.
        case partial(Int)
    }

    /// A `TemplateName`: its keys are `keys[first..<end]` (none for ".").
    struct Name: Sendable {
        let first: Int
        let end: Int
        /// Whether the first key is looked up in the current context only.
        let anchored: Bool
    }

    /// One key of a name: its `TemplateKey`, or for a key without one, its name as `keyNames[index]`.
    enum Key: Sendable {
        case numbered(TemplateKey)
        case named(Int)
    }

    /// A partial a step includes, and the blanks before each of its lines (standalone tags).
    struct Partial: Sendable {
        let name: String
        let indentation: String
    }

    let steps: [Step]
    let text: [UInt8]
    let names: [Name]
    let keys: [Key]
    let keyNames: [String]
    let partials: [Partial]

    init(_ nodes: [TemplateNode]) {
        var steps: [Step] = [], text: [UInt8] = [], names: [Name] = [], partials: [Partial] = []
        var keys: [Key] = [], keyNames: [String] = []
        func add(_ name: TemplateName) {
            let first = keys.count
            for part in name.keys {
                if let key = part.key {
                    keys.append(.numbered(key))
                } else {
                    keys.append(.named(keyNames.count))
                    keyNames.append(part.name)
                }
            }
            names.append(Name(first: first, end: keys.count, anchored: name.anchored))
        }
        func add(_ nodes: [TemplateNode]) {
            for node in nodes {
                switch node {
                case .text(let bytes):
                    steps.append(.text(start: text.count, count: bytes.count))
                    text += bytes
                case .variable(let name, let escaped):
                    add(name)
                    steps.append(.variable(name: names.count - 1, escaped: escaped))
                case .section(let name, let inverted, let children):
                    add(name)
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
        (self.steps, self.text, self.names, self.keys, self.keyNames, self.partials) = (steps, text, names, keys, keyNames, partials)
    }
}
