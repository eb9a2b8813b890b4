import ArgumentParser
import BriefingCore
import BriefingEvaluation
import Foundation

/// `briefing-eval briefs`: the share of English briefs a reader sees no defect in, on the real
/// articles of `../shared/eval`, with the content they hold and the site-wide checks.
struct Briefs: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build briefs and a site from the real articles of ../shared/eval and count reader-visible defects.")

    @Option(help: "The evaluation folder (html-articles, polnear-dev, timebank, cnndm-dev).")
    var data = "../shared/eval"

    @Option(help: "Default templates folder.")
    var templates = "Templates"

    @Option(help: "Keep the input corpus in this folder (default: a temporary folder, removed).")
    var corpus: String?

    @Option(help: "Keep the built site in this folder (default: a temporary folder, removed).")
    var site: String?

    @Flag(help: "Print every defect: kind, file, detail.")
    var list = false

    static let baseURL = "https://example.org/briefing/"

    func run() async throws {
        let files = FileManager.default
        let scratch = files.temporaryDirectory.appendingPathComponent("briefing-eval-briefs-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? files.removeItem(at: scratch) }
        let input = corpus.map { URL(fileURLWithPath: $0) } ?? scratch.appendingPathComponent("corpus")
        let output = site.map { URL(fileURLWithPath: $0) } ?? scratch.appendingPathComponent("site")
        let count = try BriefCorpus(data: URL(fileURLWithPath: data)).write(to: input)

        let paths = try SourceLoader().paths(in: input)
        let briefs = await BriefPipeline().run(paths: paths, in: input).compactMap(\.brief)
        var report = BriefReport(files: count)
        for brief in briefs { report.add(brief) }
        if list {
            for (source, defect) in report.defects { print("\(defect.kind.rawValue)\t\(source)\t\(defect.detail)") }
        }
        print(report.summary)

        let options = BuildOptions(
            input: input, output: output, defaultTemplates: URL(fileURLWithPath: templates), baseURL: Self.baseURL, force: true)
        _ = try await SiteBuilder().build(options)
        let checks = try SiteDefects(site: output, baseURL: Self.baseURL).checks(briefs: briefs)
        for check in checks { print("site: \(check.passed ? "PASS" : "FAIL")  \(check.name): \(check.detail)") }
        print("site checks: \(checks.filter(\.passed).count) passed, \(checks.filter { !$0.passed }.count) failed")
    }
}
