import ArgumentParser
import BriefingCore

/// The inputs shared by `extract` and `stories`: article files, a reference date and an output format.
struct ArticleFileOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, markdown
    }

    @Argument(help: "Article files to read.")
    var files: [String]

    @Option(help: "Reference (publication) date YYYY-MM-DD, overriding what the text says.")
    var dct: String?

    @Option(help: "Output format: json or markdown.")
    var format: Format = .json

    func validate() throws {
        if let dct, CalendarDate(iso: dct) == nil {
            throw ValidationError("--dct must be a date like 2025-04-17, not '\(dct)'")
        }
        if files.isEmpty { throw ValidationError("give at least one article file") }
    }

    /// The reference date, when given.
    var referenceDate: CalendarDate? { dct.flatMap(CalendarDate.init(iso:)) }
}
