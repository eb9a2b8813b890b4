import ArgumentParser
import BriefingCore
import Foundation

/// `briefing stories`: groups article files into stories and prints them.
struct Stories: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "Group article files into stories (the same event across sources) and print them.",
        discussion: """
            json prints one JSON array of stories with the keys id, title, summary, sources, first, \
            last, places, people, events, quotes, figures and conflicts; every input path is in \
            exactly one story's sources. A file that cannot be briefed is its own story with an \
            error key, and the command exits 1 after printing all. markdown prints each story.
            """)

    @OptionGroup var input: ArticleFileOptions

    @Flag(help: "Print how long grouping and assembling the stories took to standard error.")
    var verbose = false

    func run() async throws {
        let reference = input.referenceDate
        let items = await Self.briefs(input.files, referenceDate: reference)
        var briefs: [Brief] = []
        var failures: [RecordValue] = []
        for (path, item) in zip(input.files, items) {
            for diagnostic in item?.diagnostics ?? [] { StandardError.print(diagnostic.description) }
            if let brief = item?.brief {
                briefs.append(brief)
            } else {
                if item == nil { StandardError.print("error: \(path): cannot read file [ingest]") }
                let reason = item?.diagnostics.last?.message ?? "cannot read file"
                failures.append(.object([("sources", .array([.string(path)])), ("error", .string(reason))]))
            }
        }
        let start = Date()
        let grouper = StoryGrouper()
        let groups = grouper.groups(of: briefs)
        let grouped = Date()
        let stories = grouper.stories(of: briefs, in: groups)
        if verbose {
            StandardError.print(String(
                format: "grouped %d articles into %d stories in %.2f s, assembled them in %.2f s", briefs.count, stories.count,
                grouped.timeIntervalSince(start), Date().timeIntervalSince(grouped)))
        }
        switch input.format {
        case .json: print(JSONWriter.string(.array(stories.map(StoryRecord.make) + failures)))
        case .markdown: print(StoryMarkdownWriter.markdown(stories), terminator: "")
        }
        if !failures.isEmpty { throw ExitCode.failure }
    }

    /// Each file's brief, in input order (nil for a file that cannot be read), made in parallel.
    static func briefs(_ paths: [String], referenceDate: CalendarDate?) async -> [BriefPipeline.Item?] {
        await withTaskGroup(of: (Int, BriefPipeline.Item?).self) { group in
            for (index, path) in paths.enumerated() {
                group.addTask {
                    guard let data = FileManager.default.contents(atPath: path) else { return (index, nil) }
                    return (index, BriefPipeline.process(SourceFile(path: path, bytes: [UInt8](data)), referenceDate: referenceDate))
                }
            }
            var items = [BriefPipeline.Item?](repeating: nil, count: paths.count)
            for await (index, item) in group { items[index] = item }
            return items
        }
    }
}
