import BriefingCore

/// The machine-readable summary printed by `briefing build --json`.
enum BuildSummary {
    static func json(_ report: BuildReport, seconds: Double) -> String {
        let skipped = Set(report.skipped.map(\.file))
        return JSONWriter.string(.object([
            ("files_read", .int(report.filesRead)),
            ("briefs", .int(report.briefs)),
            ("pages", .int(report.pages)),
            ("skipped", .array(report.skipped.map { .object([("file", .string($0.file)), ("reason", .string($0.message))]) })),
            ("warnings", .array(report.diagnostics.filter { !skipped.contains($0.file) }.map(diagnostic))),
            ("seconds", .number((seconds * 1000).rounded() / 1000)),
            ("cache_hits", .int(report.cacheHits)),
            ("up_to_date", .bool(report.upToDate)),
            ("step_seconds", .object(report.stepSeconds.map { ($0.step, .number(($0.seconds * 1000).rounded() / 1000)) })),
        ]))
    }

    private static func diagnostic(_ d: Diagnostic) -> RecordValue {
        .object([
            ("severity", .string(d.severity.rawValue)), ("stage", .string(d.stage.rawValue)), ("file", .string(d.file)),
            ("line", .optional(d.line)), ("message", .string(d.message)),
        ])
    }
}
