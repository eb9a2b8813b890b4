/// The YAML front matter of a brief's Markdown file, written straight from the brief: the
/// bytes `YAMLWriter.string` makes of its `ArticleRecord` without "paragraphs", with the same
/// keys in the same order, but without building the record (hundreds of values) first.
enum BriefFrontMatter {
    /// Appends the front matter of `brief` (without the "---" lines) to `out`.
    static func append(_ brief: Brief, to out: inout [UInt8]) {
        let article = brief.article, extraction = brief.extraction
        var w = Writer(out: out)
        out = []
        w.key("source", indent: 0); w.string(article.source)
        w.key("slug", indent: 0); w.string(article.slug)
        w.key("title", indent: 0); w.string(article.title)
        w.key("outlet", indent: 0); w.optional(article.outlet)
        w.key("dateline", indent: 0)
        if let dateline = article.dateline {
            w.newline()
            w.key("place", indent: 2); w.string(dateline.place)
            w.key("text", indent: 2); w.string(dateline.text)
        } else {
            w.null()
        }
        w.key("published", indent: 0); w.optional(article.published?.description)
        w.key("authors", indent: 0); w.strings(article.authors)
        w.key("summary", indent: 0); w.optional(article.summary)
        w.key("captions", indent: 0)
        w.items(article.captions) { w, c in
            w.key("text", indent: 2, item: true); w.string(c.text)
            w.key("date", indent: 2); w.optional(c.date?.description)
            w.key("credit", indent: 2); w.optional(c.credit)
        }
        w.key("quotes", indent: 0)
        w.items(extraction.quotes) { w, q in
            w.key("text", indent: 2, item: true); w.string(q.text)
            w.key("speaker", indent: 2); w.optional(q.speaker)
            w.key("mention", indent: 2); w.optional(q.mention)
            w.key("role", indent: 2); w.optional(q.role)
            w.key("cue", indent: 2); w.optional(q.cue)
            w.key("paragraph", indent: 2); w.int(q.paragraph)
            w.key("key", indent: 2); w.bool(brief.keyQuotes.contains(q))
        }
        w.key("figures", indent: 0)
        w.items(extraction.figures) { w, f in
            w.key("text", indent: 2, item: true); w.string(f.text)
            w.key("value", indent: 2); w.number(f.value)
            w.key("unit", indent: 2); w.optional(f.unit)
            w.key("currency", indent: 2); w.optional(f.currency)
            w.key("kind", indent: 2); w.string(f.kind.rawValue)
            w.key("approximate", indent: 2); w.bool(f.approximate)
            w.key("paragraph", indent: 2); w.int(f.paragraph)
            w.key("context", indent: 2); w.string(f.context)
            w.key("low", indent: 2); w.number(f.low)
            w.key("high", indent: 2); w.number(f.high)
            w.key("interval", indent: 2); w.optional(f.interval)
            w.key("quantity", indent: 2); w.optional(f.quantity)
            w.key("source", indent: 2); w.optional(f.source)
        }
        w.key("times", indent: 0)
        w.items(extraction.times) { w, t in
            w.key("text", indent: 2, item: true); w.string(t.text)
            w.key("type", indent: 2); w.string(t.type.rawValue)
            w.key("value", indent: 2); w.string(t.value)
            w.key("start", indent: 2); w.int(t.start)
            w.key("end", indent: 2); w.int(t.end)
            w.key("paragraph", indent: 2); w.int(t.paragraph)
        }
        w.key("events", indent: 0)
        w.items(extraction.events) { w, e in
            w.key("date", indent: 2, item: true); w.string(e.date)
            w.key("precision", indent: 2); w.string(e.precision.rawValue)
            w.key("text", indent: 2); w.string(e.text)
            w.key("paragraph", indent: 2); w.int(e.paragraph)
            w.key("ongoing", indent: 2); w.bool(e.ongoing)
            w.key("through", indent: 2); w.optional(e.through)
        }
        w.key("source_url", indent: 0); w.optional(article.sourceURL)
        w.key("tags", indent: 0); w.strings(article.tags)
        out = w.out
    }

    /// Writes keys and values as `YAMLWriter` lays out an object's pairs.
    private struct Writer {
        var out: [UInt8]

        /// "key:" at `indent` spaces; the first key of a list item after "- " instead of its
        /// last two spaces. Keys are plain words YAML reads as text.
        mutating func key(_ key: StaticString, indent: Int, item: Bool = false) {
            for _ in 0..<(item ? indent - 2 : indent) { out.append(0x20) }
            if item { out.append(contentsOf: [0x2D, 0x20]) }
            out.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
            out.append(0x3A)
        }

        mutating func newline() { out.append(0x0A) }

        private mutating func inline(_ text: String) {
            out.append(0x20)
            out.append(contentsOf: text.utf8)
            out.append(0x0A)
        }

        mutating func null() { inline("null") }
        mutating func bool(_ value: Bool) { inline(value ? "true" : "false") }
        mutating func int(_ value: Int) { inline(String(value)) }
        mutating func int(_ value: Int?) { value.map { int($0) } ?? null() }
        mutating func number(_ value: Double) { inline(JSONWriter.format(value)) }
        mutating func number(_ value: Double?) { value.map { number($0) } ?? null() }

        mutating func string(_ value: String) {
            out.append(0x20)
            YAMLWriter.writeScalarString(value, into: &out)
            out.append(0x0A)
        }

        mutating func optional(_ value: String?) { value.map { string($0) } ?? null() }

        /// A list of texts at the top level: "- text" lines, or "[]" when empty.
        mutating func strings(_ values: [String]) {
            guard !values.isEmpty else { return inline("[]") }
            newline()
            for value in values {
                out.append(contentsOf: [0x2D, 0x20])
                YAMLWriter.writeScalarString(value, into: &out)
                out.append(0x0A)
            }
        }

        /// A list of objects at the top level, each written by `body`, or "[]" when empty.
        mutating func items<Item>(_ items: [Item], _ body: (inout Writer, Item) -> Void) {
            guard !items.isEmpty else { return inline("[]") }
            newline()
            for item in items { body(&self, item) }
        }
    }
}
