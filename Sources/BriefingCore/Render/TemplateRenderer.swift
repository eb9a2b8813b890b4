/// Renders parsed templates with typed values: keys are looked up from the innermost context
/// outwards through `TemplateContext.child(_:)` by the number the parser gave them (by name
/// for keys without one), with no dynamic casts or reflection, and `{{value}}` is escaped by
/// `HTMLEscaper`.
struct TemplateRenderer {
    /// Templates a `{{> name}}` tag includes, by name.
    let partials: [String: [TemplateNode]]

    /// Deepest nesting of partials: a partial that includes itself without end stops here.
    private static let partialDepth = 64

    /// `nodes` rendered with `context` as the outermost context, as UTF-8 bytes.
    func renderBytes(_ nodes: [TemplateNode], _ context: some TemplateContext) -> [UInt8] {
        var output = Output()
        // A page is tens of kilobytes: room for most without growing the buffer many times.
        output.bytes.reserveCapacity(1 << 14)
        var stack: [TemplateValue] = [.context(context)]
        render(nodes, &stack, &output, depth: 0)
        return output.bytes
    }

    /// What is rendered so far, as UTF-8 bytes, and the indentation of the standalone partial
    /// being rendered, which goes before each of its lines.
    private struct Output {
        var bytes: [UInt8] = []
        var indentation = ""

        /// Before a piece (unless it is empty) that starts a line in a standalone partial: its indentation.
        private mutating func indent(beforeEmpty pieceIsEmpty: Bool) {
            if !indentation.isEmpty, !pieceIsEmpty, bytes.last == UInt8(ascii: "\n") { bytes.append(contentsOf: indentation.utf8) }
        }

        mutating func append(_ piece: String) {
            indent(beforeEmpty: piece.isEmpty)
            bytes.append(contentsOf: piece.utf8)
        }

        /// Appends text given as its UTF-8 bytes.
        mutating func append(utf8 piece: [UInt8]) {
            indent(beforeEmpty: piece.isEmpty)
            bytes.append(contentsOf: piece)
        }

        /// Appends `piece` escaped by `HTMLEscaper`.
        mutating func append(escaping piece: String) {
            indent(beforeEmpty: piece.isEmpty)
            HTMLEscaper.append(piece, escapedTo: &bytes)
        }
    }

    private func render(_ nodes: [TemplateNode], _ stack: inout [TemplateValue], _ output: inout Output, depth: Int) {
        for node in nodes {
            switch node {
            case .text(let text):
                output.append(text)
            case .variable(let name, let escaped):
                switch lookUp(name, in: stack) {
                case .text(let text)?: escaped ? output.append(escaping: text) : output.append(text)
                case .utf8(let bytes)?: escaped ? output.append(escaping: String(decoding: bytes, as: UTF8.self)) : output.append(utf8: bytes)
                case .flag(let flag)?: output.append(flag ? "true" : "false")
                case .list?, .context?, nil: break
                }
            case .section(let name, let inverted, let children):
                let value = lookUp(name, in: stack)
                if inverted {
                    if Self.isEmpty(value) { render(children, &stack, &output, depth: depth) }
                    continue
                }
                switch value {
                case nil, .flag(false)?: break
                case .flag(true)?: render(children, &stack, &output, depth: depth)
                case .list(let items)?:
                    for item in items {
                        stack.append(item)
                        render(children, &stack, &output, depth: depth)
                        stack.removeLast()
                    }
                case .text?, .utf8?, .context?:
                    stack.append(value!)
                    render(children, &stack, &output, depth: depth)
                    stack.removeLast()
                }
            case .partial(let name, let indentation):
                guard depth < Self.partialDepth, let partial = partials[name] else { continue }
                let outer = output.indentation
                output.indentation = outer + indentation
                render(partial, &stack, &output, depth: depth + 1)
                output.indentation = outer
            }
        }
    }

    /// Whether an inverted section over `value` shows: no value, false or an empty list.
    private static func isEmpty(_ value: TemplateValue?) -> Bool {
        switch value {
        case nil, .flag(false)?: true
        case .list(let items)?: items.isEmpty
        default: false
        }
    }

    /// The value `name` names: its first key looked up from the innermost context outwards
    /// (or in the innermost only, for ".key"), the others walked into from there.
    private func lookUp(_ name: TemplateName, in stack: [TemplateValue]) -> TemplateValue? {
        guard let first = name.keys.first else { return stack.last }
        var value: TemplateValue?
        if name.anchored {
            value = stack.last.flatMap { Self.child(first, of: $0) }
        } else {
            var index = stack.count
            while index > 0 {
                index -= 1
                if let found = Self.child(first, of: stack[index]) {
                    value = found
                    break
                }
            }
        }
        for key in name.keys.dropFirst() {
            guard let current = value else { return nil }
            value = Self.child(key, of: current)
        }
        return value
    }

    /// `part` of a context: by its number when it has one, else by its name.
    private static func child(_ part: TemplateName.Part, of value: TemplateValue) -> TemplateValue? {
        guard case .context(let context) = value else { return nil }
        if let key = part.key { return context.child(key) }
        return context.child(named: part.name)
    }
}
