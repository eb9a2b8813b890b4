/// The JSON record of a story, with the keys of `briefing stories --format json` (keys may be
/// added, never renamed or removed).
public enum StoryRecord {
    public static func make(_ story: Story) -> RecordValue {
        .object([
            ("id", .string(story.id)),
            ("title", .string(story.title)),
            ("summary", .string(story.summary)),
            ("sources", .array(story.sources.map(RecordValue.string))),
            ("first", .optional(story.first?.description)),
            ("last", .optional(story.last?.description)),
            ("places", .array(story.places.map(RecordValue.string))),
            ("people", .array(story.people.map(RecordValue.string))),
            ("events", .array(story.events.map { event in
                .object([("date", .string(event.date)), ("text", .string(event.text)), ("sources", .array(event.sources.map(RecordValue.string)))])
            })),
            ("quotes", .array(story.quotes.map { group in
                .object([
                    ("speaker", .string(group.speaker)),
                    ("quotes", .array(group.quotes.map { q in
                        .object([("text", .string(q.text)), ("source", .string(q.source)), ("paragraph", .int(q.paragraph))])
                    })),
                ])
            })),
            ("figures", .array(story.figures.map { group in
                .object([("label", .string(group.label)), ("values", .array(group.values.map(value)))])
            })),
            ("conflicts", .array(story.conflicts.map { conflict in
                .object([
                    ("what", .string(conflict.what)), ("kind", .string(conflict.kind.rawValue)),
                    ("values", .array(conflict.values.map(value))),
                ])
            })),
        ])
    }

    static func value(_ v: Story.SourcedValue) -> RecordValue {
        .object([
            ("value", .number(v.value)), ("text", .string(v.text)), ("source", .string(v.source)),
            ("date", .optional(v.date?.description)),
        ])
    }
}
