import Synchronization

/// What extraction keeps on one thread from one article to the next: the word types met so
/// far (`WordTypes`) and what the extractors read of each. Every kept value is a function of a
/// type's text alone, so an article's extraction is the same with a new workspace or one that
/// has read other articles before; only its cost differs.
struct ExtractionWorkspace: Sendable {
    var words = WordTypes()
    /// What the time scanner read of each type.
    var time = TimeWordCache()
    /// What the first bytes of each type tell the quote extractor.
    var leads = WordLeadCache()

    /// A workspace no extraction is using, taken for `body` and given back after: as many
    /// exist as extractions have run at once.
    static func with<Result>(_ body: (inout ExtractionWorkspace) -> Result) -> Result {
        var workspace = free.withLock { $0.popLast() } ?? ExtractionWorkspace()
        let result = body(&workspace)
        free.withLock { $0.append(workspace) }
        return result
    }

    /// The workspaces no extraction is using.
    private static let free = Mutex<[ExtractionWorkspace]>([])
}
