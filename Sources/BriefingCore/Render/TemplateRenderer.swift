/// Renders compiled templates (`CompiledTemplate`) with typed values: keys are looked up from
/// the innermost context outwards through `TemplateContext.child(_:)` by the number the parser
/// gave them (by name for keys without one), with no dynamic casts or reflection, and
/// `{{value}}` is escaped by `HTMLEscaper`.
struct TemplateRenderer {
    /// Templates a `{{> name}}` tag includes, by name.
    let partials: [String: CompiledTemplate]

    /// Deepest nesting of partials: a partial that includes itself without end stops here.
    private static let partialDepth = 64

    /// `template` rendered with `context` as the outermost context, as UTF-8 bytes in the buffer
    /// they were written to, for a page inserted in its layout or written out as it is: not
    /// copied to an array.
    func renderBuffer(_ template: CompiledTemplate, _ context: some TemplateContext) -> ByteBuffer {
        var output = Output()
        var stack = Stack()
        stack.push(.context(context))
        render(template, template.steps.indices, &stack, &output, depth: 0)
        return output.bytes
    }

    /// The values of the sections entered, the innermost last, and beside each the context it
    /// holds (nil for other values) unretained: a look-up asks the contexts for a key through
    /// these, with no retain and release of each value it passes (the values keep them alive).
    private struct Stack {
        private(set) var values: [TemplateValue] = []
        private(set) var contexts: [Unmanaged<TemplateContextReference>?] = []

        mutating func push(_ value: TemplateValue) {
            if case .reference(let context) = value {
                contexts.append(Unmanaged.passUnretained(context))
            } else {
                contexts.append(nil)
            }
            values.append(value)
        }

        mutating func pop() {
            values.removeLast()
            contexts.removeLast()
        }
    }

    /// What is rendered so far, as UTF-8 bytes, and the indentation of the standalone partial
    /// being rendered, which goes before each of its lines. The bytes go to a `ByteBuffer`,
    /// whose appends (hundreds a page) cost less than an array's; whether the last of them is
    /// a line feed is kept beside it.
    private struct Output {
        /// A page is tens of kilobytes: room for most without growing the buffer many times.
        var bytes = ByteBuffer(capacity: 1 << 15)
        var indentation = ""
        /// Whether the last byte written is a line feed (false before any).
        private var endsLine = false

        /// Before a piece (unless it is empty) that starts a line in a standalone partial: its indentation.
        private mutating func indent(beforeEmpty pieceIsEmpty: Bool) {
            if !indentation.isEmpty, !pieceIsEmpty, endsLine { bytes.append(indentation) }
        }

        /// After a piece that ends with `last` (nil when it is empty).
        private mutating func ended(with last: UInt8?) {
            if let last { endsLine = last == 0x0A }
        }

        /// After a piece written from byte `start` of the buffer on, whose last byte is the
        /// buffer's (none when it is empty): a string's last byte costs more to find.
        private mutating func ended(after start: Int) {
            if bytes.count > start { ended(with: bytes.last) }
        }

        mutating func append(_ piece: String) {
            indent(beforeEmpty: piece.isEmpty)
            let start = bytes.count
            bytes.append(piece)
            ended(after: start)
        }

        /// Appends text given as its UTF-8 bytes.
        mutating func append(utf8 piece: ByteBuffer) {
            piece.withUnsafeBufferPointer { append(utf8: $0) }
        }

        /// Appends bytes of a template's text.
        mutating func append(utf8 piece: UnsafeBufferPointer<UInt8>) {
            indent(beforeEmpty: piece.isEmpty)
            bytes.append(utf8: piece)
            ended(with: piece.last)
        }

        /// Appends the decimal digits of `number`.
        mutating func append(digitsOf number: Int) {
            indent(beforeEmpty: false)
            bytes.append(digitsOf: number)
            endsLine = false
        }

        /// Appends `piece` escaped by `HTMLEscaper`, which ends with a line feed when `piece` does.
        mutating func append(escaping piece: String) {
            indent(beforeEmpty: piece.isEmpty)
            let start = bytes.count
            HTMLEscaper.append(piece, escapedTo: &bytes)
            ended(after: start)
        }
    }

    /// The steps of `template` in `range`.
    private func render(_ template: CompiledTemplate, _ range: Range<Int>, _ stack: inout Stack, _ output: inout Output, depth: Int) {
        var index = range.lowerBound
        while index < range.upperBound {
            let step = template.steps[index]
            index += 1
            switch step {
            case .text(let start, let count):
                template.text.withUnsafeBufferPointer { output.append(utf8: UnsafeBufferPointer(rebasing: $0[start..<start + count])) }
            case .variable(let name, let escaped):
                switch lookUp(template, name, in: stack) {
                case .text(let text)?: escaped ? output.append(escaping: text) : output.append(text)
                case .int(let number)?: output.append(digitsOf: number)
                case .utf8(let bytes)?: escaped ? output.append(escaping: bytes.string()) : output.append(utf8: bytes)
                case .flag(let flag)?: output.append(flag ? "true" : "false")
                case .list?, .reference?, nil: break
                }
            case .section(let name, let inverted, let end):
                let children = index..<end
                index = end
                let value = lookUp(template, name, in: stack)
                if inverted {
                    if Self.isEmpty(value) { render(template, children, &stack, &output, depth: depth) }
                    continue
                }
                switch value {
                case nil, .flag(false)?: break
                case .flag(true)?: render(template, children, &stack, &output, depth: depth)
                case .list(let items)?:
                    for item in items {
                        stack.push(item)
                        render(template, children, &stack, &output, depth: depth)
                        stack.pop()
                    }
                case .text?, .int?, .utf8?, .reference?:
                    stack.push(value!)
                    render(template, children, &stack, &output, depth: depth)
                    stack.pop()
                }
            case .partial(let number):
                let include = template.partials[number]
                guard depth < Self.partialDepth, let partial = partials[include.name] else { continue }
                let outer = output.indentation
                output.indentation = outer + include.indentation
                render(partial, partial.steps.indices, &stack, &output, depth: depth + 1)
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

    /// The value of `template`'s name `number`: its first key looked up from the innermost
    /// context outwards (or in the innermost only, for ".key"), the others walked into from
    /// there. The contexts are read where the stack holds them, not copied.
    private func lookUp(_ template: CompiledTemplate, _ number: Int, in stack: Stack) -> TemplateValue? {
        let name = template.names[number]
        guard name.count > 0 else { return stack.values.last }
        var value: TemplateValue? = stack.contexts.withUnsafeBufferPointer { contexts in
            var index = contexts.count
            let innermost = index - 1
            while index > 0 {
                index -= 1
                if let context = contexts[index],
                   let found = context._withUnsafeGuaranteedRef({ Self.child(template, name.first, of: $0) }) { return found }
                if name.anchored, index == innermost { return nil }
            }
            return nil
        }
        var next = name.first + 1
        while next < name.first + name.count {
            guard case .reference(let context)? = value else { return nil }
            value = Self.child(template, next, of: context)
            next += 1
        }
        return value
    }

    /// The value of `template`'s key `number` in a context: by the key's number when it has
    /// one, else by its name.
    @inline(__always)
    private static func child(_ template: CompiledTemplate, _ number: Int, of context: TemplateContextReference) -> TemplateValue? {
        if let key = template.keys[number] { return context.child(key) }
        return context.child(named: template.keyNames[number])
    }
}
