/// The binary form of the values the build cache keeps besides whole briefs: the digests of
/// briefs, their warnings and the stories assembled from them.
extension BinaryWriter {
    mutating func date(_ date: CalendarDate?) {
        bool(date != nil)
        if let date { int(date.year); int(date.month); int(date.day) }
    }

    mutating func event(_ event: Event) {
        string(event.date)
        string(event.precision.rawValue)
        string(event.text)
        int(event.paragraph)
        bool(event.ongoing)
        optional(event.through)
    }

    mutating func diagnostic(_ d: Diagnostic) {
        string(d.severity.rawValue)
        string(d.stage.rawValue)
        string(d.file)
        int(d.line ?? -1)
        string(d.message)
        bool(d.dropsFile)
    }

    /// The small part of a digest, and where its details are in the detail file (`offset`).
    mutating func digest(_ d: BriefDigest, detailsAt offset: Int) {
        for text in [d.source, d.slug, d.title, d.summary] { string(text) }
        optional(d.outlet)
        optional(d.sourceURL)
        date(d.published)
        strings(d.authors)
        strings(d.tags)
        int(d.keyQuoteCount)
        int(d.keyFigureCount)
        strings(d.speakers)
        int(offset)
        array(d.details.sectionLengths) { $0.int($1) }
        optional(d.storyPlace)
        array(d.storyEventDays) { $0.int($1) }
        array(d.storyYears) { $0.int($1) }
        array(d.repeatSample) { $0.uint64($1) }
        array(d.timelineStamps) { w, stamp in w.int(stamp.day); w.int(stamp.span); w.int(stamp.paragraph); w.uint64(stamp.hash) }
    }

    mutating func story(_ s: Story) {
        for text in [s.id, s.title, s.summary] { string(text) }
        strings(s.sources)
        date(s.first)
        date(s.last)
        strings(s.places)
        strings(s.people)
        array(s.events) { w, e in w.string(e.date); w.string(e.text); w.strings(e.sources) }
        array(s.quotes) { w, group in
            w.string(group.speaker)
            w.array(group.quotes) { w, q in w.string(q.text); w.string(q.source); w.int(q.paragraph) }
        }
        array(s.figures) { w, group in w.string(group.label); w.array(group.values) { $0.sourced($1) } }
        array(s.conflicts) { w, c in w.string(c.what); w.string(c.kind.rawValue); w.array(c.values) { $0.sourced($1) } }
    }

    private mutating func sourced(_ v: Story.SourcedValue) {
        uint64(v.value.bitPattern)
        string(v.text)
        string(v.source)
        date(v.date)
    }
}

extension BinaryReader {
    mutating func date() throws -> CalendarDate? {
        try bool() ? CalendarDate(year: try int(), month: try int(), day: try int()) : nil
    }

    mutating func event() throws -> Event {
        let date = try string()
        guard let precision = Event.Precision(rawValue: try string()) else { throw Damaged() }
        return Event(date: date, precision: precision, text: try string(), paragraph: try int(), ongoing: try bool(), through: try optional())
    }

    /// Moves past an event `event()` would read.
    mutating func skipEvent() throws {
        for _ in 0..<3 { try skipString() }
        _ = try int()
        _ = try bool()
        if try bool() { try skipString() }
    }

    mutating func diagnostic() throws -> Diagnostic {
        guard let severity = Diagnostic.Severity(rawValue: try string()) else { throw Damaged() }
        guard let stage = Stage(rawValue: try string()) else { throw Damaged() }
        let file = try string(), line = try int(), message = try string()
        return Diagnostic(severity, stage: stage, file: file, line: line == -1 ? nil : line, message: message, dropsFile: try bool())
    }

    /// A digest as `digest(_:detailsAt:)` wrote it, its details in `details`.
    mutating func digest(details: AppendOnlyFile) throws -> BriefDigest {
        let source = try string(), slug = try string(), title = try string(), summary = try string()
        let outlet = try optional(), sourceURL = try optional()
        let published = try date()
        let authors = try strings(), tags = try strings()
        let keyQuotes = try int(), keyFigures = try int()
        let speakers = try strings()
        let offset = try int()
        let lengths = try array { try $0.int() }
        guard offset >= 0, lengths.count == DigestDetails.Section.allCases.count, lengths.allSatisfy({ (0...Int(Int32.max)).contains($0) }) else { throw Damaged() }
        let storyPlace = try optional()
        let storyEventDays = try array { try $0.int() }
        let storyYears = try array { try $0.int() }
        let sample = try uint64s()
        let stamps = try array { r in BriefDigest.TimelineStamp(day: try r.int(), span: try r.int(), paragraph: try r.int(), hash: try r.uint64()) }
        return BriefDigest(
            source: source, slug: slug, title: title, outlet: outlet, published: published, authors: authors, tags: tags,
            sourceURL: sourceURL, summary: summary, keyQuoteCount: keyQuotes, keyFigureCount: keyFigures, speakers: speakers,
            details: DigestDetails(file: details, offset: offset, lengths: lengths), storyPlace: storyPlace,
            storyEventDays: storyEventDays, storyYears: storyYears, repeatSample: sample, timelineStamps: stamps)
    }

    mutating func story() throws -> Story {
        let id = try string(), title = try string(), summary = try string()
        let sources = try strings()
        let first = try date(), last = try date()
        let places = try strings(), people = try strings()
        let events = try array { r in Story.StoryEvent(date: try r.string(), text: try r.string(), sources: try r.strings()) }
        let quotes = try array { r in
            Story.SpeakerQuotes(speaker: try r.string(), quotes: try r.array { r in
                Story.SourcedQuote(text: try r.string(), source: try r.string(), paragraph: try r.int())
            })
        }
        let figures = try array { r in Story.FigureGroup(label: try r.string(), values: try r.array { try $0.sourced() }) }
        let conflicts = try array { r in
            let what = try r.string()
            guard let kind = Story.Conflict.Kind(rawValue: try r.string()) else { throw Damaged() }
            return Story.Conflict(what: what, kind: kind, values: try r.array { try $0.sourced() })
        }
        return Story(id: id, title: title, summary: summary, sources: sources, first: first, last: last, places: places,
                     people: people, events: events, quotes: quotes, figures: figures, conflicts: conflicts)
    }

    private mutating func sourced() throws -> Story.SourcedValue {
        Story.SourcedValue(value: Double(bitPattern: try uint64()), text: try string(), source: try string(), date: try date())
    }
}
