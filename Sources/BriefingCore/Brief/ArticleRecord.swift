/// The structured record of one article and its extraction, with the keys fixed by the
/// command-line interface (keys may be added, never renamed or removed).
public enum ArticleRecord {
    /// The record of a brief: its article and extraction, with `quotes[].key` true for the
    /// quotes shown under "Key quotes".
    public static func make(_ brief: Brief) -> RecordValue {
        make(brief.article, brief.extraction, keyQuotes: brief.keyQuotes)
    }

    public static func make(_ article: Article, _ extraction: Extraction, keyQuotes: [Quote] = []) -> RecordValue {
        .object([
            ("source", .string(article.source)),
            ("slug", .string(article.slug)),
            ("title", .string(article.title)),
            ("outlet", .optional(article.outlet)),
            ("dateline", article.dateline.map { .object([("place", .string($0.place)), ("text", .string($0.text))]) } ?? .null),
            ("published", .optional(article.published?.description)),
            ("authors", .array(article.authors.map(RecordValue.string))),
            ("summary", .optional(article.summary)),
            ("paragraphs", .array(article.paragraphs.map { .string($0.text) })),
            ("captions", .array(article.captions.map(caption))),
            ("quotes", .array(extraction.quotes.map { quote($0, key: keyQuotes.contains($0)) })),
            ("figures", .array(extraction.figures.map(figure))),
            ("times", .array(extraction.times.map(time))),
            ("events", .array(extraction.events.map(event))),
            ("source_url", .optional(article.sourceURL)),
            ("tags", .array(article.tags.map(RecordValue.string))),
        ])
    }

    static func caption(_ c: Caption) -> RecordValue {
        .object([("text", .string(c.text)), ("date", .optional(c.date?.description)), ("credit", .optional(c.credit))])
    }

    static func quote(_ q: Quote, key: Bool) -> RecordValue {
        .object([
            ("text", .string(q.text)), ("speaker", .optional(q.speaker)), ("mention", .optional(q.mention)),
            ("role", .optional(q.role)), ("cue", .optional(q.cue)), ("paragraph", .int(q.paragraph)),
            ("key", .bool(key)),
        ])
    }

    static func figure(_ f: Figure) -> RecordValue {
        .object([
            ("text", .string(f.text)), ("value", .number(f.value)), ("unit", .optional(f.unit)),
            ("currency", .optional(f.currency)), ("kind", .string(f.kind.rawValue)),
            ("approximate", .bool(f.approximate)), ("paragraph", .int(f.paragraph)),
            ("context", .string(f.context)), ("low", .optional(f.low)), ("high", .optional(f.high)),
            ("interval", .optional(f.interval)), ("quantity", .optional(f.quantity)),
            ("source", .optional(f.source)),
        ])
    }

    static func time(_ t: TimeExpression) -> RecordValue {
        .object([
            ("text", .string(t.text)), ("type", .string(t.type.rawValue)), ("value", .string(t.value)),
            ("start", .optional(t.start)), ("end", .optional(t.end)), ("paragraph", .int(t.paragraph)),
        ])
    }

    static func event(_ e: Event) -> RecordValue {
        .object([
            ("date", .string(e.date)), ("precision", .string(e.precision.rawValue)),
            ("text", .string(e.text)), ("paragraph", .int(e.paragraph)), ("ongoing", .bool(e.ongoing)),
            ("through", .optional(e.through)),
        ])
    }
}
