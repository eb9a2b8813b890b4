import ArgumentParser
import BriefingCore
import Foundation

struct New: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a Markdown article with front matter in the input folder.")

    @Argument(help: "The headline of the new article.")
    var headline: String

    @Option(help: "Publication date YYYY-MM-DD (default: today, UTC).")
    var date: String?

    @Option(help: "Folder to create the article in (default: the input folder of briefing.yml).")
    var input: String?

    func validate() throws {
        if headline.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("the headline is empty") }
        if let date, CalendarDate(iso: date) == nil { throw ValidationError("--date must be like 2025-04-17, not '\(date)'") }
    }

    func run() async throws {
        let config = try SiteConfigLoader.load(from: URL(fileURLWithPath: "."))
        let day = date.flatMap(CalendarDate.init(iso:)) ?? Self.today()
        let url = try ArticleDraft.create(title: headline, date: day, in: URL(fileURLWithPath: input ?? config.input))
        print("created \(url.path)")
    }

    /// Today's date in UTC (only `new` reads the clock; builds never do).
    static func today() -> CalendarDate {
        CalendarDate(dayNumber: Int(Date().timeIntervalSince1970 / 86_400))
    }
}
