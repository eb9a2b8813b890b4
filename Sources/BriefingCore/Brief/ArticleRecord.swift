/// The structured record of one article and its extraction, with the keys fixed by the
/// command-line interface (keys may be added, never renamed or removed). One walk over the
/// fields (`write`) serves `briefing extract`'s JSON and a brief's YAML front matter.
public enum ArticleRecord {
    /// The record of a brief: its article and extraction, with `quotes[].key` true for the
    /// quotes shown under "Key quotes".
    public static func make(_ brief: Brief) -> RecordValue {
        make(brief.article, brief.extraction, keyQuotes: brief.keyQuotes)
    }

    public static func make(_ article: Article, _ extraction: Extraction, keyQuotes: [Quote] = []) -> RecordValue {
        RecordValueFields.object { write(article, extraction, keyQuotes: keyQuotes, paragraphs: true, to: &$0) }
    }

    /// Gives the record's fields to `fields` in order; "paragraphs" (the article's text) only
    /// when `paragraphs` is true, as a brief's front matter leaves it to the brief's body.
    static func write<Fields: RecordFields>(_ article: Article, _ extraction: Extraction, keyQuotes: [Quote],
                                            paragraphs: Bool, to f: inout Fields) {
        f.string("source", article.source)
        f.string("slug", article.slug)
        f.string("title", article.title)
        f.string("outlet", article.outlet)
        f.object("dateline", article.dateline) { f, d in
            f.string("place", d.place)
            f.string("text", d.text)
        }
        f.string("published", article.published?.description)
        f.strings("authors", article.authors)
        f.string("summary", article.summary)
        if paragraphs { f.strings("paragraphs", article.paragraphs.map(\.text)) }
        f.items("captions", article.captions) { caption(&$0, $1) }
        f.items("quotes", extraction.quotes) { f, q in quote(q, key: keyQuotes.contains(q), to: &f) }
        f.items("figures", extraction.figures) { figure(&$0, $1) }
        f.items("times", extraction.times) { time(&$0, $1) }
        f.items("events", extraction.events) { event(&$0, $1) }
        f.string("source_url", article.sourceURL)
        f.strings("tags", article.tags)
    }

    static func caption<Fields: RecordFields>(_ f: inout Fields, _ c: Caption) {
        f.string("text", c.text)
        f.string("date", c.date?.description)
        f.string("credit", c.credit)
    }

    static func quote<Fields: RecordFields>(_ q: Quote, key: Bool, to f: inout Fields) {
        f.string("text", q.text)
        f.string("speaker", q.speaker)
        f.string("mention", q.mention)
        f.string("role", q.role)
        f.string("cue", q.cue)
        f.int("paragraph", q.paragraph)
        f.bool("key", key)
    }

    static func figure<Fields: RecordFields>(_ f: inout Fields, _ figure: Figure) {
        f.string("text", figure.text)
        f.number("value", figure.value)
        f.string("unit", figure.unit)
        f.string("currency", figure.currency)
        f.string("kind", figure.kind.rawValue)
        f.bool("approximate", figure.approximate)
        f.int("paragraph", figure.paragraph)
        f.string("context", figure.context)
        f.number("low", figure.low)
        f.number("high", figure.high)
        f.string("interval", figure.interval)
        f.string("quantity", figure.quantity)
        f.string("source", figure.source)
    }

    static func time<Fields: RecordFields>(_ f: inout Fields, _ t: TimeExpression) {
        f.string("text", t.text)
        f.string("type", t.type.rawValue)
        f.string("value", t.value)
        f.int("start", t.start)
        f.int("end", t.end)
        f.int("paragraph", t.paragraph)
    }

    static func event<Fields: RecordFields>(_ f: inout Fields, _ e: Event) {
        f.string("date", e.date)
        f.string("precision", e.precision.rawValue)
        f.string("text", e.text)
        f.int("paragraph", e.paragraph)
        f.bool("ongoing", e.ongoing)
        f.string("through", e.through)
    }

    /// The record of one figure, as `figures` lists it.
    static func figure(_ figure: Figure) -> RecordValue { RecordValueFields.object { Self.figure(&$0, figure) } }

    /// The record of one event, as `events` lists it.
    static func event(_ event: Event) -> RecordValue { RecordValueFields.object { Self.event(&$0, event) } }
}
