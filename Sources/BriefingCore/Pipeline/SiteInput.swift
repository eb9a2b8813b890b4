import Foundation

/// One input file as a site build sees it: its brief's digest, and what the build needs of the
/// brief itself. With a cache, every brief is in the cache and is read from there when a page
/// needs it, so only its 4-grams are kept, for the repeat check, and the briefs made in this
/// build while `HeldBriefs` lasts; without one, the briefs past that budget are kept in a
/// scratch folder (`ScratchFolder`) when there is one, and in memory when not.
struct SiteInput: Sendable {
    var path: String
    /// The cache entry of the file's content, when a cache is in use; without one, the entry
    /// of its brief in the scratch folder, when the brief was left there.
    var key: String?
    /// Nil when the file gave no brief.
    var digest: BriefDigest?
    /// The brief, when it was made in this build and held (`HeldBriefs`), or made without a
    /// cache or scratch folder; without its source text.
    var brief: Brief? {
        get { boxedBrief?.brief }
        set { boxedBrief = newValue.map(BoxedBrief.init) }
    }
    /// `brief`, kept out of line: inline, a brief was 280 of an input's 392 bytes, and a build
    /// copies its list of inputs whole (the results of the inputs' tasks, the inputs the repeat
    /// check keeps), though nearly every input of a rebuild holds none.
    private var boxedBrief: BoxedBrief?
    /// The 4-grams of the body paragraphs the repeat check compares
    /// (`DuplicateStoryDetector.shingles`), when the brief was made in this build.
    var shingles: DuplicateStoryDetector.Shingles?
    var diagnostics: [Diagnostic]
    /// True when the result came from the cache: the file was not ingested or extracted again.
    var fromCache = false
    /// True when the digest and diagnostics are the digest store's record of the key
    /// (`DigestStore.keep(_:_:known:)`).
    var fromStore = false

    /// Processes `paths` under `folder` with at most one task per core at a time, keeping input
    /// order; `progress` is called after each file with the number done so far. `knownKeys`
    /// holds, by position, the cache key of each file whose content is known without reading it
    /// (`InputStamps`): with a digest in `digests`, such a file is neither read nor given a task.
    /// With a cache, the briefs made stay in memory up to `heldBriefBytes` (`HeldBriefs`);
    /// without one, so do they when `scratch` is given, the others stored there.
    static func run(
        paths: [String], in folder: URL, cache: BriefCache?, scratch: BriefCache? = nil, digests: DigestStore, details: AppendOnlyFile? = nil,
        knownKeys: [String?] = [], heldBriefBytes: Int = HeldBriefs.buildBudget,
        progress: (@Sendable (_ done: Int, _ total: Int, _ path: String) -> Void)? = nil
    ) async -> [SiteInput] {
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var results = [SiteInput?](repeating: nil, count: paths.count)
        let folderPath = folder.path
        var done = 0
        // With a cache or a scratch folder, the briefs made are held in memory only while the budget lasts.
        let spill = cache == nil ? scratch : nil
        let held = cache != nil || spill != nil ? HeldBriefs(bytes: heldBriefBytes) : nil
        // A file known by its key with a digest is a lookup: taken here, not given a task.
        var open: [Int] = []
        for index in paths.indices {
            if index < knownKeys.count, let key = knownKeys[index], let input = digested(paths[index], key: key, digests: digests, details: details) {
                results[index] = input
                done += 1
                progress?(done, paths.count, input.path)
            } else {
                open.append(index)
            }
        }
        await withTaskGroup(of: (Int, SiteInput).self) { group in
            var next = 0
            func submit() {
                guard next < open.count else { return }
                let index = open[next]
                next += 1
                group.addTask {
                    let input = Self.process(paths[index], in: folder, at: folderPath, cache: cache, digests: digests, details: details)
                    return (index, held.map { Self.holding(input, in: $0, spill: spill) } ?? input)
                }
            }
            for _ in 0..<width { submit() }
            while let (index, input) = await group.next() {
                results[index] = input
                done += 1
                progress?(done, paths.count, input.path)
                submit()
            }
        }
        // Each result is moved out, not copied: an input holds a digest of many parts.
        return results.indices.compactMap { results[$0].take() }
    }

    /// One file: its digest from `digests` when its content is unchanged, else its cached
    /// brief, else the brief made by `BriefPipeline` (and stored in the cache). The digest's
    /// details go to `details` when given, so that they are not held in memory. `folderPath`
    /// is `folder.path`, taken once for all the files.
    static func process(
        _ path: String, in folder: URL, at folderPath: String, cache: BriefCache?, digests: DigestStore, details: AppendOnlyFile? = nil
    ) -> SiteInput {
        guard let cache else {
            var input = SiteInput(BriefPipeline.process(path, in: folder))
            _ = input.storingDetails(in: details)
            return input
        }
        guard let file = try? SourceLoader().read(path, inFolder: folderPath) else {
            return SiteInput(BriefPipeline.process(path, in: folder))  // Reports why it cannot be read.
        }
        let key = cache.key(path: path, bytes: file.bytes)
        if let input = digested(path, key: key, digests: digests, details: details) { return input }
        if let hit = cache.load(key) {
            var input = SiteInput(hit)
            input.key = key
            input.fromCache = true
            input.brief = nil  // Read again from the cache when needed.
            _ = input.storingDetails(in: details)
            return input
        }
        let item = BriefPipeline.process(file)
        cache.store(item, as: key)
        var input = SiteInput(item)
        input.key = key
        // `run` lets go of the brief once `HeldBriefs` is spent: its page reads it back from the cache.
        _ = input.storingDetails(in: details)
        return input
    }

    /// `input` with its brief while `held` admits it; else without, the brief stored in `spill`
    /// first when given (a build without a cache), under a key of its path.
    private static func holding(_ input: SiteInput, in held: HeldBriefs, spill: BriefCache?) -> SiteInput {
        var kept = held.admit(input)
        if let spill, let brief = input.brief, kept.brief == nil {
            let key = spill.key(path: input.path, bytes: [])
            spill.store(BriefPipeline.Item(path: input.path, brief: brief, diagnostics: []), as: key)
            kept.key = key
        }
        return kept
    }

    /// The file at `path` as `digests` holds its content by `key`; nil when they do not hold
    /// it, or when its details cannot be read back (then they are made again from the cached
    /// brief).
    private static func digested(_ path: String, key: String, digests: DigestStore, details: AppendOnlyFile?) -> SiteInput? {
        guard let record = digests[key] else { return nil }
        var input = SiteInput(path: path, key: key, digest: record.digest, diagnostics: record.diagnostics, fromCache: true)
        input.fromStore = true
        return input.storingDetails(in: details) ? input : nil
    }

    /// Moves the digest's details into `file` (when given); false when they could not be read
    /// or written, which leaves them where they were.
    private mutating func storingDetails(in file: AppendOnlyFile?) -> Bool {
        guard let file, let details = digest?.details else { return true }
        guard let stored = details.stored(in: file) else { return false }
        digest!.details = stored
        return true
    }

    /// A pipeline result, its brief without the source text (pages don't need it).
    init(_ item: BriefPipeline.Item) {
        path = item.path
        key = item.cacheKey
        var brief = item.brief
        brief?.article.text = ""
        boxedBrief = brief.map(BoxedBrief.init)
        digest = item.brief.map { BriefDigest($0, repeatSample: item.storySample) }
        shingles = item.storyShingles
        diagnostics = item.diagnostics
        fromCache = item.fromCache
    }

    init(path: String, key: String?, digest: BriefDigest?, diagnostics: [Diagnostic], fromCache: Bool) {
        self.path = path
        self.key = key
        self.digest = digest
        self.diagnostics = diagnostics
        self.fromCache = fromCache
    }

    /// What the digest store keeps of this file.
    var record: DigestStore.Record { DigestStore.Record(diagnostics: diagnostics, digest: digest) }

    /// A brief in a box of its own, shared by the copies of an input.
    private final class BoxedBrief: Sendable {
        let brief: Brief

        init(_ brief: Brief) { self.brief = brief }
    }
}
