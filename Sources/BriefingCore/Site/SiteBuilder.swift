import Foundation

/// Builds the whole site: ingest → extract → brief → render → publish.
///
/// With a cache, a rebuild reads each unchanged article's digest (`DigestStore`) rather than
/// its brief, reuses the stories whose sources are unchanged (`StoryCache`) and renders only
/// the pages whose inputs changed (`PageManifest`); whole briefs are read only for the pages
/// rendered again.
public struct SiteBuilder: Sendable {
    public init() {}

    /// Builds the site; `progress` is called after each input file is processed, and
    /// `published` as soon as the new site is in place, before the cache is updated for the
    /// next build (`briefing serve` reloads open pages then).
    public func build(
        _ options: BuildOptions,
        progress: (@Sendable (_ done: Int, _ total: Int, _ path: String) -> Void)? = nil,
        published: (@Sendable () async -> Void)? = nil
    ) async throws -> BuildReport {
        var report = BuildReport()
        let clock = ContinuousClock()
        var lap = clock.now
        func timed(_ step: String) {
            let now = clock.now
            report.stepSeconds.append((step, lap.duration(to: now).inSeconds))
            lap = now
        }
        try OutputGuard.check(options)
        // Held to the end of the build: another build of this site waits until then.
        let lock = await BuildLock.acquire(for: options.output)
        defer { withExtendedLifetime(lock) {} }
        let templates = try TemplateLibrary(defaults: options.defaultTemplates, overrides: options.templates)
        let listing = try SourceLoader().listing(of: options.input)
        let paths = listing.files.map(\.path)
        report.filesRead = paths.count
        let cache = options.useCache ? BriefCache(forOutput: options.output) : nil
        let manifest = cache.map { _ in BuildManifest(options: options, inputs: listing) }
        if let cache, let manifest, manifest.matchesLastBuild(in: cache, output: options.output) {
            report.upToDate = true
            return report
        }
        // Without a cache, the briefs and details a large site cannot hold in memory wait in a
        // scratch folder, removed when the build ends.
        let scratch = cache == nil ? ScratchFolder(in: options.scratchParent) : nil
        defer { scratch?.remove() }
        let buildStart = Int(Date().timeIntervalSince1970)
        // Read while the stamps and digests are: the last build's repeat checks, page keys and stories.
        async let knownChecks = cache.map { RepeatCheckCache(contentsOf: RepeatCheckCache.url(in: $0), cache: $0) } ?? RepeatCheckCache()
        async let previousPages = cache.map { PageManifest(contentsOf: PageManifest.url(in: $0), cache: $0) }
        async let storiesKnown = cache.map { StoryCache(contentsOf: StoryCache.url(in: $0), cache: $0) } ?? StoryCache()
        // The site the last build replaced, which becomes this build's staging folder, is
        // listed while the inputs are read, not when the pages are about to be written.
        async let retiredListing = cache.flatMap { cache in
            FileManager.default.fileExists(atPath: cache.retiredSite.path) ? SiteTreeListing(cache.retiredSite.path, inodes: true) : nil
        }
        // Files listed as the last build stamped them are not read again for their keys.
        let stamps = cache.map { InputStamps(contentsOf: InputStamps.url(in: $0), cache: $0) } ?? InputStamps()
        let knownKeys = listing.files.map(stamps.key(of:))
        let digests = cache.map { DigestStore(contentsOf: DigestStore.url(in: $0), details: DigestStore.detailsURL(in: $0), cache: $0) } ?? DigestStore()
        // With a cache, the digests' details of this build are appended to the last build's
        // detail file (or, when that is mostly stale, copied to a new one) as they are made, and
        // read back from there by the pages; without one, they are written to the scratch folder.
        let details = cache.flatMap { digests.appendableDetails ?? AppendOnlyFile(creatingIn: $0.folder, name: DigestStore.detailsName) }
            ?? scratch.flatMap { AppendOnlyFile(creatingIn: $0.url, name: DigestStore.detailsName) }
        timed("digests")
        var inputs = await SiteInput.run(
            paths: paths, in: options.input, cache: cache, scratch: scratch?.briefs, digests: digests, details: details, knownKeys: knownKeys, heldBriefBytes: options.heldBriefBytes, progress: progress)
        report.cacheHits = inputs.count(where: \.fromCache)
        let stamped = inputs.indices.reduce(into: InputStamps(capacity: inputs.count)) { stamps, i in
            if let key = inputs[i].key { stamps.stamp(listing.files[i], key: key, buildStart: buildStart) }
        }
        timed("inputs")
        // What the cache keeps of the inputs, and their diagnostics, are taken first: the repeat
        // check is given only the inputs that made a digest.
        let records = inputs.compactMap { input in input.key.map { ($0, input.record, input.fromStore) } }
        let inputDiagnostics = inputs.flatMap(\.diagnostics)
        // The digests and the stamps are saved for the next build beside the repeat check: a
        // digest stands for its article's content whatever the rest of the build does. The
        // records taken from the store read are not written again (`DigestStore.save`).
        async let digestsSaved: Void = {
            guard let cache, let details else { return }
            var kept = DigestStore(capacity: records.count)
            for (key, record, known) in records { kept.keep(key, record, known: known) }
            kept.save(to: DigestStore.url(in: cache), details: details, cache: cache, after: digests)
            details.commit(as: DigestStore.detailsURL(in: cache))
            stamped.save(to: InputStamps.url(in: cache), cache: cache)
        }()
        inputs.removeAll { $0.digest == nil }
        var (found, repeats, checks) = SiteRepeats.check(consume inputs, in: options.input, cache: cache, known: await knownChecks)
        // From here on whole briefs (made without a cache, or held) are held by the site's briefs
        // alone, and freed once the site is rendered; body texts are no longer needed.
        inputs = []
        for i in found.indices { found[i].shingles = nil }
        // The checks only spare the next build work: they are saved beside the pages (in the
        // order the next build's table fills fastest, `RepeatCheckCache.save`), and let go once saved.
        let madeChecks = checks
        checks = []
        async let checksSaved: Void = { if let cache { RepeatCheckCache.save(madeChecks, to: RepeatCheckCache.url(in: cache), cache: cache) } }()
        // Saved while the repeats were checked, the digests are let go before the pages.
        await digestsSaved
        FreedMemory.release()
        timed("repeats")
        report.diagnostics = SymbolicLinkScan.warnings(links: listing.links) + inputDiagnostics + repeats

        let pagesURL = cache.map(PageManifest.url(in:))
        let publisher = try SitePublisher(output: options.output, previous: await previousPages, retired: cache?.retiredSite, retiredListing: await retiredListing)
        let knownStories = await storiesKnown
        var storyCache = StoryCache()
        let timelineYears = TimelineYearCache(cache)
        do {
            let pages = SitePages(
                templates: templates, baseURL: options.baseURL, config: options.site, feedContents: FeedContentCache(cache), timelineYears: timelineYears,
                searchPostings: cache.map(SearchPostingsFile.init)
            )
            let site = SiteBriefs(found, in: options.input, cache: cache ?? scratch?.briefs)
            found = []
            let grouping = options.site.stories
            // Stories are grouped while the pages that don't show them are rendered.
            let (stories, grouped) = try await pages.render(site, stories: {
                grouping ? try StoryPages(grouping: site, known: knownStories) : StoryPages([], briefs: site.digests)
            }, into: publisher)
            report.stepSeconds.append(("stories", grouped.inSeconds))
            timed("pages")
            storyCache = stories.made
            report.briefs = site.count
            // Freeing the site's digests and held briefs here, string by string on one thread
            // before the site is published, took about 1.4 % of the wall time of a clean build
            // of 2,000 articles.
            if !options.freesMemoryAtEnd { MemoryLeftAtExit.keep([site, pages, stories]) }
        } catch {
            publisher.abandon()
            throw error
        }
        // While the site is published, its page manifest is made ready to save and the cache
        // entries no input uses any more are deleted, once what the pages freed is handed back.
        FreedMemory.release()
        let caching = details == nil ? nil : cache
        async let manifestBytes = caching.map(publisher.manifest.encoded(for:))
        async let pruned: Void = { caching?.prune(keeping: Set(records.map(\.0)).union(timelineYears.keys)) }()
        try publisher.publish()
        timed("publish")
        report.pages = publisher.pages
        await published?()
        await checksSaved
        if let cache = caching, let manifest, let pagesURL, let pageLines = await manifestBytes {
            FreedMemory.release()
            // The cache's files are written side by side; the manifest, which marks the build
            // complete, after them.
            let storiesKept = storyCache
            async let storiesSaved: Void = { if options.site.stories { storiesKept.save(to: StoryCache.url(in: cache), cache: cache) } }()
            PageManifest.write(pageLines, to: pagesURL)
            publisher.keepCopyForNextBuild()
            _ = await (storiesSaved, pruned)
            manifest.record(in: cache)
            timed("cache")
        }
        if !options.freesMemoryAtEnd {
            let tables: [any Sendable] = [
                digests, stamps, listing, records, publisher, timelineYears,
                await knownChecks, await previousPages, await storiesKnown, await retiredListing,
            ]
            MemoryLeftAtExit.keep(tables)
        }
        return report
    }
}
