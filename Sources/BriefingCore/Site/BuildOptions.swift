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
    /// Reuse briefs of unchanged articles from `.briefing-cache/` beside the output, and skip
    /// the build when nothing changed at all.
    public var useCache: Bool
    /// Site-wide settings (title, description, language, items per page, sections).
    public var site: SiteConfig
    /// The estimated memory the briefs made in the build may take while they wait for their
    /// pages (`HeldBriefs`); the others are read back from the cache, or without one from a
    /// scratch folder (`ScratchFolder`). Changes
    /// no output: tests set it to read briefs back.
    var heldBriefBytes = HeldBriefs.buildBudget
    /// Whether the build frees what it holds before it returns. A program that exits right
    /// after the build (`briefing build`) sets it false, and the tables the build read and
    /// made stay allocated until the process ends (`MemoryLeftAtExit`); a program that goes
    /// on (`briefing serve`, tests) keeps it true. Changes no output.
    public var freesMemoryAtEnd = true
    /// Where a build without a cache makes its scratch folder (`ScratchFolder`): the system's
    /// temporary directory; tests set it to see the folder go.
    var scratchParent = FileManager.default.temporaryDirectory

    public init(input: URL, output: URL, templates: URL? = nil, defaultTemplates: URL, baseURL: String? = nil, force: Bool = false, useCache: Bool = false,
        site: SiteConfig = SiteConfig()
    ) {
        self.input = input
        self.output = output
        self.templates = templates
        self.defaultTemplates = defaultTemplates
        self.baseURL = baseURL
        self.force = force
        self.useCache = useCache
        self.site = site
    }
}

/// What a build did.
public struct BuildReport: Sendable {
    public var filesRead = 0
    public var briefs = 0
    public var pages = 0
    public var diagnostics: [Diagnostic] = []
    /// Articles whose brief came from the cache.
    public var cacheHits = 0
    /// True when nothing had changed since the last build, which was therefore skipped.
    public var upToDate = false
    /// How long each step of the build took, in seconds, in the order the steps ran (stories
    /// are grouped while the first pages render, so "stories" overlaps "pages").
    public var stepSeconds: [(step: String, seconds: Double)] = []

    public init() {}

    /// Files left out of the site (skipped, or repeats of another article), with the reason.
    public var skipped: [Diagnostic] {
        diagnostics.filter { $0.dropsFile || $0.severity == .error }
    }

    /// "2 files read, 2 briefs, 5 pages written, 0 skipped, 0 warnings".
    public var summary: String {
        if upToDate { return "\(filesRead) files read, nothing changed: the site is up to date" }
        return "\(filesRead) files read, \(briefs) briefs, \(pages) pages written, \(skipped.count) skipped, \(diagnostics.count) warnings, \(cacheHits) from cache"
    }
}
