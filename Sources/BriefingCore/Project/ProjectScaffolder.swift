import Foundation

/// Creates a new Briefing project (`briefing init`): configuration, a sample article and a copy
/// of the default templates. Existing files are never overwritten.
public struct ProjectScaffolder: Sendable {
    public init() {}

    /// What `scaffold` did, file by file (paths relative to the project folder).
    public struct Result: Sendable, Equatable {
        public var created: [String] = []
        public var kept: [String] = []
    }

    public func scaffold(_ folder: URL, defaultTemplates: URL) throws -> Result {
        var files: [(String, [UInt8])] = [
            (SiteConfigLoader.fileName, Array(Self.configText.utf8)),
            ("articles/sample-briefing.md", Array(Self.sampleArticle.utf8)),
        ]
        for path in try SourceLoader().paths(in: defaultTemplates) {
            files.append(("Templates/" + path, try SourceLoader().read(path, in: defaultTemplates).bytes))
        }
        var result = Result()
        let fm = FileManager.default
        for (path, bytes) in files {
            let url = folder.appendingPathComponent(path)
            if fm.fileExists(atPath: url.path) {
                result.kept.append(path)
                continue
            }
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url, options: .withoutOverwriting)
            result.created.append(path)
        }
        return result
    }

    static let configText = """
        # Briefing project settings. Command-line flags override these.
        title: My briefings
        description: Briefings built from the articles I follow.
        # base_url: https://example.org/briefings/
        language: en
        input: articles
        output: site
        templates: Templates
        items_per_page: 50
        sections: [summary, quotes, numbers, timeline, captions, article]

        """

    static let sampleArticle = """
        ---
        title: Briefing turns collected articles into briefings
        date: 2025-01-06
        authors: [Briefing]
        outlet: Briefing Sample
        tags: [sample]
        ---
        WASHINGTON (AP) — Briefing reads the articles in this folder on Monday and writes one brief per article, the maintainers said.

        "Put scraped text, Markdown notes or saved web pages here and run briefing build," said Jane Doe, a maintainer of the project.

        The tool extracts about 30 quotes a minute from 1,200 articles, she added.

        """
}
