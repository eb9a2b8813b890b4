import Foundation

/// What `briefing build` was asked to do.
public struct BuildOptions: Sendable {
    public var input: URL
    public var output: URL
    /// A folder of templates overriding the defaults file by file.
    public var templates: URL?
    /// The default templates (shipped with Briefing).
    public var defaultTemplates: URL
    /// Absolute URL the site will be served from, for canonical links and feeds.
    public var baseURL: String?
    /// Replace a non-empty output folder even when Briefing did not create it.
    public var force: Bool

    public init(input: URL, output: URL, templates: URL? = nil, defaultTemplates: URL, baseURL: String? = nil, force: Bool = false) {
        self.input = input
        self.output = output
        self.templates = templates
        self.defaultTemplates = defaultTemplates
        self.baseURL = baseURL
        self.force = force
    }
}

/// What a build did.
public struct BuildReport: Sendable {
    public var filesRead = 0
    public var briefs = 0
    public var pages = 0
    public var diagnostics: [Diagnostic] = []

    public init() {}

    /// Files that produced no brief, with the reason.
    public var skipped: [Diagnostic] {
        diagnostics.filter { $0.message.hasSuffix("skipped") || $0.severity == .error }
    }

    /// "2 files read, 2 briefs, 5 pages written, 0 skipped, 0 warnings".
    public var summary: String {
        "\(filesRead) files read, \(briefs) briefs, \(pages) pages written, \(skipped.count) skipped, \(diagnostics.count) warnings"
    }
}
