import ArgumentParser
import Foundation

/// Benchmark tooling: writes a deterministic corpus of wire-style articles for timing builds.
@main
struct BriefingBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing-bench",
        abstract: "Benchmark helpers for Briefing: a generated corpus and stage micro benchmarks.",
        subcommands: [Corpus.self, Micro.self])
}

struct Corpus: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write N generated articles as scraped text, plus the same texts for Hugo and cmark.")

    @Option(help: "Number of articles.")
    var count = 1000

    @Option(help: "Folder for the scraped .txt articles (Briefing's input).")
    var output: String

    @Option(help: "Hugo site folder to write content/posts/*.md into (optional).")
    var hugo: String?

    @Option(help: "Folder for plain Markdown copies (the cmark floor; optional).")
    var markdown: String?

    func run() throws {
        let fm = FileManager.default
        for folder in [output, hugo.map { $0 + "/content/posts" }, markdown].compactMap({ $0 }) {
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        var bytes = 0
        for index in 0..<count {
            let article = WireArticle(index: index)
            bytes += article.scrapedText.utf8.count
            try Data(article.scrapedText.utf8).write(to: URL(fileURLWithPath: "\(output)/\(article.slug).txt"))
            if let hugo { try Data(article.hugoPage.utf8).write(to: URL(fileURLWithPath: "\(hugo)/content/posts/\(article.slug).md")) }
            if let markdown { try Data(article.markdown.utf8).write(to: URL(fileURLWithPath: "\(markdown)/\(article.slug).md")) }
        }
        print("wrote \(count) articles, \(bytes / max(count, 1)) bytes each on average")
    }
}
