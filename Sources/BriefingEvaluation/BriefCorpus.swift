import BriefingCore
import Foundation

/// The real articles of `../shared/eval` laid out as a Briefing input folder: saved pages of
/// `html-articles` (decompressed), plain texts of `polnear-dev` and `cnndm-dev`, and the
/// TimeBank documents as dated Markdown (the `<TEXT>` content with its DCT as `date`).
public struct BriefCorpus: Sendable {
    /// The evaluation folder (holding `html-articles/`, `polnear-dev/`, `timebank/`, `cnndm-dev/`).
    public let data: URL

    public init(data: URL) {
        self.data = data
    }

    /// Writes the corpus under `folder` (created when missing) and returns how many files it holds.
    /// Sub-folders missing from the evaluation data are left out.
    @discardableResult
    public func write(to folder: URL) throws -> Int {
        let files = FileManager.default
        var count = 0
        func output(_ group: String, _ name: String, _ bytes: Data) throws {
            let dir = folder.appendingPathComponent(group)
            try files.createDirectory(at: dir, withIntermediateDirectories: true)
            try bytes.write(to: dir.appendingPathComponent(name))
            count += 1
        }
        for (name, url) in try Self.listing(data.appendingPathComponent("html-articles/html"), suffix: ".html.gz") {
            try output("html", String(name.dropLast(3)), Data(try BodyBenchmark.gunzip(url)))
        }
        for (group, path) in [("polnear", "polnear-dev/text"), ("cnndm", "cnndm-dev/articles")] {
            for (name, url) in try Self.listing(data.appendingPathComponent(path), suffix: ".txt") {
                try output(group, name, try Data(contentsOf: url))
            }
        }
        for (name, url) in try Self.listing(data.appendingPathComponent("timebank"), suffix: ".tml") {
            let document = TimeMLDocument(xml: try String(contentsOf: url, encoding: .utf8))
            try output("timebank", String(name.dropLast(4)) + ".md", Data(Self.markdown(document).utf8))
        }
        return count
    }

    /// A TimeML document as Markdown: front matter with its creation date, then its text.
    static func markdown(_ document: TimeMLDocument) -> String {
        let date = document.dct.map { "date: \($0)\n" } ?? ""
        return "---\n\(date)---\n\n\(document.text.trimmingCharacters(in: .whitespacesAndNewlines))\n"
    }

    /// Files of `folder` whose names end in `suffix`, sorted by name; none when the folder is missing.
    static func listing(_ folder: URL, suffix: String) throws -> [(String, URL)] {
        guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(suffix) }
            .sorted()
            .map { ($0, folder.appendingPathComponent($0)) }
    }
}
