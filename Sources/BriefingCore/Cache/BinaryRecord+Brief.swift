/// The binary form of a whole brief as the build cache keeps it (`BriefCache`): the article,
/// everything extracted from it and the selections shown, field by field, so that what is read
/// back equals what was written (numbers by their bit patterns).
extension BinaryWriter {
    mutating func item(_ item: BriefPipeline.Item) {
        string(item.path)
        bool(item.brief != nil)
        if let brief = item.brief { self.brief(brief) }
        array(item.diagnostics) { $0.diagnostic($1) }
        optional(item.cacheKey)
        bool(item.fromCache)
        bool(item.storySample != nil)
        if let sample = item.storySample { array(sample) { $0.uint64($1) } }
    }

    mutating func brief(_ brief: Brief) {
        article(brief.article)
        extraction(brief.extraction)
        array(brief.keyQuotes) { $0.quote($1) }
        array(brief.keyFigures) { $0.figure($1) }
        array(brief.timeline) { $0.event($1) }
        string(brief.summary)
    }

    mutating func article(_ a: Article) {
        for text in [a.source, a.slug, a.title] { string(text) }
        optional(a.outlet)
        bool(a.dateline != nil)
        if let dateline = a.dateline { string(dateline.place); string(dateline.text) }
        date(a.published)
        strings(a.authors)
        optional(a.summary)
        array(a.paragraphs) { w, p in
            w.string(p.text)
            w.array(p.anchors) { w, anchor in w.int(anchor.textOffset); w.int(anchor.sourceOffset) }
        }
        array(a.captions) { w, c in w.string(c.text); w.date(c.date); w.optional(c.credit) }
        optional(a.sourceURL)
        strings(a.tags)
        string(a.text)
    }

    mutating func extraction(_ e: Extraction) {
        array(e.quotes) { $0.quote($1) }
        array(e.figures) { $0.figure($1) }
        array(e.times) { $0.timeExpression($1) }
        array(e.events) { $0.event($1) }
    }

    mutating func quote(_ q: Quote) {
        string(q.text)
        optional(q.speaker)
        optional(q.mention)
        optional(q.role)
        optional(q.cue)
        int(q.paragraph)
    }

    mutating func figure(_ f: Figure) {
        string(f.text)
        double(f.value)
        optional(f.unit)
        optional(f.currency)
        string(f.kind.rawValue)
        bool(f.approximate)
        int(f.paragraph)
        string(f.context)
        optional(f.low)
        optional(f.high)
        optional(f.interval)
        optional(f.quantity)
        bool(f.spans != nil)
        if let spans = f.spans {
            span(spans.figure)
            span(spans.bounded)
            span(spans.amount)
            array(spans.numerals) { w, n in w.span(n.span); w.double(n.value); w.bool(n.isBound) }
            array(spans.parts) { $0.span($1) }
        }
        optional(f.source)
    }

    mutating func timeExpression(_ t: TimeExpression) {
        string(t.text)
        string(t.type.rawValue)
        string(t.value)
        optional(t.start)
        optional(t.end)
        int(t.paragraph)
    }

    private mutating func span(_ span: Figure.Span) {
        int(span.start)
        int(span.end)
    }

    private mutating func double(_ value: Double) { uint64(value.bitPattern) }

    private mutating func optional(_ value: Double?) {
        bool(value != nil)
        if let value { double(value) }
    }

    private mutating func optional(_ value: Int?) {
        bool(value != nil)
        if let value { int(value) }
    }
}

extension BinaryReader {
    mutating func item() throws -> BriefPipeline.Item {
        let path = try string()
        let brief = try bool() ? try self.brief() : nil
        let diagnostics = try array { try $0.diagnostic() }
        let cacheKey = try optional(), fromCache = try bool()
        let sample = try bool() ? try uint64s() : nil
        return BriefPipeline.Item(path: path, brief: brief, diagnostics: diagnostics, cacheKey: cacheKey, fromCache: fromCache, storySample: sample)
    }

    mutating func brief() throws -> Brief {
        let article = try self.article(), extraction = try self.extraction()
        let keyQuotes = try array { try $0.quote() }
        let keyFigures = try array { try $0.figure() }
        let timeline = try array { try $0.event() }
        return Brief(article: article, extraction: extraction, keyQuotes: keyQuotes, keyFigures: keyFigures, timeline: timeline, summary: try string())
    }

    mutating func article() throws -> Article {
        let source = try string(), slug = try string(), title = try string()
        let outlet = try optional()
        let dateline = try bool() ? Dateline(place: try string(), text: try string()) : nil
        let published = try date()
        let authors = try strings()
        let summary = try optional()
        let paragraphs = try array { r in
            Paragraph(text: try r.string(), anchors: try r.array { r in Paragraph.Anchor(textOffset: try r.int(), sourceOffset: try r.int()) })
        }
        let captions = try array { r in Caption(text: try r.string(), date: try r.date(), credit: try r.optional()) }
        let sourceURL = try optional()
        let tags = try strings()
        return Article(source: source, slug: slug, title: title, outlet: outlet, dateline: dateline, published: published, authors: authors,
                       summary: summary, paragraphs: paragraphs, captions: captions, sourceURL: sourceURL, tags: tags, text: try string())
    }

    mutating func extraction() throws -> Extraction {
        Extraction(quotes: try array { try $0.quote() }, figures: try array { try $0.figure() },
                   times: try array { try $0.timeExpression() }, events: try array { try $0.event() })
    }

    mutating func quote() throws -> Quote {
        Quote(text: try string(), speaker: try optional(), mention: try optional(), role: try optional(), cue: try optional(), paragraph: try int())
    }

    mutating func figure() throws -> Figure {
        let text = try string(), value = try double()
        let unit = try optional(), currency = try optional()
        guard let kind = Figure.Kind(rawValue: try string()) else { throw Damaged() }
        let approximate = try bool(), paragraph = try int(), context = try string()
        let low = try optionalDouble(), high = try optionalDouble()
        let interval = try optional(), quantity = try optional()
        var spans: Figure.Spans?
        if try bool() {
            let figure = try span(), bounded = try span(), amount = try span()
            let numerals = try array { r in Figure.Numeral(span: try r.span(), value: try r.double(), isBound: try r.bool()) }
            spans = Figure.Spans(figure: figure, bounded: bounded, amount: amount, numerals: numerals)
            // Set apart from the initializer, which would turn no parts into the amount.
            spans?.parts = try array { try $0.span() }
        }
        return Figure(text: text, value: value, unit: unit, currency: currency, kind: kind, approximate: approximate, paragraph: paragraph,
                      context: context, low: low, high: high, interval: interval, quantity: quantity, spans: spans, source: try optional())
    }

    mutating func timeExpression() throws -> TimeExpression {
        let text = try string()
        guard let type = TimeExpression.Kind(rawValue: try string()) else { throw Damaged() }
        return TimeExpression(text: text, type: type, value: try string(), start: try optionalInt(), end: try optionalInt(), paragraph: try int())
    }

    private mutating func span() throws -> Figure.Span { Figure.Span(start: try int(), end: try int()) }

    private mutating func double() throws -> Double { Double(bitPattern: try uint64()) }

    private mutating func optionalDouble() throws -> Double? { try bool() ? try double() : nil }

    private mutating func optionalInt() throws -> Int? { try bool() ? try int() : nil }
}
