@testable import BriefingCore

/// Hand-written articles for the story tests, as Markdown files with a date in front matter.
enum StoryFixture {
    /// The brief of an article published on `date` (YYYY-MM-DD) with `title` and paragraphs `body`.
    static func brief(_ path: String, date: String?, title: String, _ body: [String]) throws -> Brief {
        let front = ["---", "title: \"\(title)\""] + (date.map { ["date: \($0)"] } ?? []) + ["---", ""]
        let text = (front + body.flatMap { [$0, ""] }).joined(separator: "\n")
        let item = BriefPipeline.process(SourceFile.text(text, path: path))
        guard let brief = item.brief else { throw BriefingError(stage: .ingest, file: path, message: "no brief") }
        return brief
    }
}
