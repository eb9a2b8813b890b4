/// `timeline.json` in the TimelineJS format, for people who embed timelines elsewhere.
enum TimelineExport {
    /// The file's UTF-8 in parts (`emit`), from the events list in runs (the UTF-8 of
    /// `listed(_:baseURL:)`, a year of entries each): a large site's file is never held whole.
    static func json(title: String, listed runs: some Sequence<ArraySlice<UInt8>>, emit: (ArraySlice<UInt8>) throws -> Void) rethrows {
        let head: [(String, RecordValue)] = [("title", .object([("text", .object([("headline", .string(title))]))]))]
        try JSONWriter.object(head, endingWith: "events", listed: runs, emit: emit)
        try emit([UInt8(ascii: "\n")])
    }

    /// `entries` as the file's events list holds them: the text `JSONWriter.listed` makes of
    /// each entry's object (`start_date`, `text`, `unique_id`, `sources`), written straight
    /// into one buffer rather than built as a `RecordValue` tree first (a 10,000-article site
    /// lists some 20,000 entries), and handed over as those bytes: no string is made of them
    /// (megabytes for a busy year).
    static func listed(_ entries: some Sequence<TimelineEntries.Entry>, baseURL: String?) -> ByteBuffer {
        var out = ByteBuffer()
        // What the sources' URLs start with: `SiteLinks.absolute`'s base and slash, made once.
        let linkStart = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? ""
        let scratch = ByteBuffer(capacity: 256)
        for entry in entries { write(entry, linkStart: linkStart, scratch: scratch, into: &out) }
        return out
    }

    /// One entry, after a comma, its object indented by two levels and its fields by three; its
    /// id and its sources' URLs (under `linkStart`) are gathered in `scratch`, then escaped.
    private static func write(_ entry: TimelineEntries.Entry, linkStart: String, scratch: ByteBuffer, into out: inout ByteBuffer) {
        let event = entry.event
        let shape = dateShape(event.date)
        let start = CalendarDate(dayNumber: TimelineOrder.key(event.date).day)
        // Each key on a new line after its object's indentation, written with what comes
        // before it as one literal.
        out.append(literal: ",\n    {\n      \"start_date\": {\n        \"year\": ")
        digits(start.year, &out)
        if shape.parts >= 2 {
            out.append(literal: ",\n        \"month\": ")
            digits(start.month, &out)
        }
        if shape.parts >= 3 || shape.week {
            out.append(literal: ",\n        \"day\": ")
            digits(start.day, &out)
        }
        out.append(literal: ",\n        \"display_date\": ")
        JSONWriter.escape(BriefText.eventDateLabel(event), into: &out)
        out.append(literal: "\n      },\n      \"text\": {\n        \"headline\": ")
        JSONWriter.escape(event.text, into: &out)
        out.append(literal: ",\n        \"text\": ")
        // The sources' titles joined by "; ", gathered in `scratch`; most entries have one.
        let sources = entry.sources
        if sources.count == 1 {
            JSONWriter.escape(sources[0].brief.title, into: &out)
        } else {
            scratch.removeAll()
            for i in sources.indices {
                if i > 0 { scratch.append(literal: "; ") }
                scratch.append(sources[i].brief.title)
            }
            escape(scratch, into: &out)
        }
        out.append(literal: "\n      },\n      \"unique_id\": ")
        // "date-slug-paragraph".
        scratch.removeAll()
        scratch.append(event.date)
        scratch.append(0x2D)
        scratch.append(sources[0].brief.slug)
        scratch.append(0x2D)
        scratch.append(digitsOf: sources[0].paragraph)
        escape(scratch, into: &out)
        // An entry has a source or more.
        out.append(literal: ",\n      \"sources\": [")
        for i in sources.indices {
            out.append(literal: i > 0 ? ",\n        " : "\n        ")
            // `SiteLinks.brief(slug)` and "#p" with the paragraph's number, after `linkStart`.
            scratch.removeAll()
            scratch.append(linkStart)
            scratch.append(literal: "briefs/")
            scratch.append(sources[i].brief.slug)
            scratch.append(literal: ".html#p")
            scratch.append(digitsOf: sources[i].paragraph + 1)
            escape(scratch, into: &out)
        }
        out.append(literal: "\n      ]\n    }")
    }

    /// How many parts `date.split(separator: "-")` has, and whether `date` holds "-W" (a week):
    /// counted on the bytes of an ASCII date (each byte a character), else as those say.
    static func dateShape(_ date: String) -> (parts: Int, week: Bool) {
        let counted = UTF8Scan.withBytes(date) { bytes -> (parts: Int, week: Bool)? in
            var parts = 0, week = false, afterDash = false, inPart = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if byte == 0x2D {
                    inPart = false
                    afterDash = true
                    continue
                }
                if !inPart { parts += 1 }
                if afterDash && byte == 0x57 { week = true }
                inPart = true
                afterDash = false
            }
            return (parts, week)
        }
        return counted ?? (date.split(separator: "-").count, date.contains("-W"))
    }

    /// The bytes of `text` as a JSON string.
    private static func escape(_ text: ByteBuffer, into out: inout ByteBuffer) {
        text.withUnsafeBufferPointer { JSONWriter.escape($0, passing: 0, into: &out) }
    }

    /// `value`'s decimal digits as a JSON string (`String(value)`, which needs no escape).
    private static func digits(_ value: Int, _ out: inout ByteBuffer) {
        out.append(0x22)
        out.append(digitsOf: value)
        out.append(0x22)
    }
}
