/// The timeline a year at a time: events merge only with events of their own date, so each
/// year's entries are merged from that year's events alone (`TimelineEntries.years`). With
/// cache keys, a year whose events and reporting briefs are those of an earlier build is taken
/// from the cache (`TimelineYearCache`): its summary at once, its entries in `timeline.json`
/// as written then, and its entries merged again only when its page must be rendered.
struct TimelineYears: Sendable {
    struct Year: Sendable {
        var year: Int
        /// What the year is made from, as a key: each of its events (`TimelineEntries.Item.hash`)
        /// with the link of the brief reporting it (slug, title, outlet), in order; the program
        /// and the base URL its sources link to. Nil without a cache.
        var key: String?
        var summary: TimelineYearCache.Summary
        /// The year's entries, when merged by this build.
        var entries: [TimelineEntries.Entry]?
    }

    let years: [Year]
    private let briefs: [BriefDigest]
    private let items: [TimelineEntries.Item]
    private let ranges: [Range<Int>]
    /// Events decoded at a time when a year is merged (`TimelineEntries.partSize`).
    private let partSize: Int
    private let baseURL: String?
    private let cache: TimelineYearCache

    /// The years of `briefs`' events; with a cache (`keys` complete), years are taken from `cache`.
    init(_ briefs: [BriefDigest], keys: BriefKeys, baseURL: String?, cache: TimelineYearCache) {
        let items = TimelineEntries.items(briefs)
        let runs = TimelineEntries.years(items)
        let partSize = TimelineEntries.partSize(items.count)
        // The link each brief's entries show, as a number: an edit that changes neither it nor
        // the events of a year leaves that year as it was.
        // Hashed from "slug\u{1}title\u{1}outlet" gathered in one array used for every brief.
        var linkBytes: [UInt8] = []
        let linkHashes = keys.isComplete ? briefs.map { brief in
            linkBytes.removeAll(keepingCapacity: true)
            linkBytes.append(utf8Of: brief.slug)
            linkBytes.append(1)
            linkBytes.append(utf8Of: brief.title)
            linkBytes.append(1)
            if let outlet = brief.outlet { linkBytes.append(utf8Of: outlet) }
            return ContentHash.hash(linkBytes)
        } : nil
        func key(_ range: Range<Int>) -> String? {
            guard let linkHashes else { return nil }
            var bytes = Array("timeline year|\(ContentHash.toolFingerprint)|\(baseURL ?? "")|".utf8)
            // Each item's two numbers stored in place (a busy year has tens of thousands).
            var at = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: 16 * range.count))
            bytes.withUnsafeMutableBytes { raw in
                for item in items[range] {
                    raw.storeBytes(of: item.hash.littleEndian, toByteOffset: at, as: UInt64.self)
                    raw.storeBytes(of: linkHashes[item.brief].littleEndian, toByteOffset: at + 8, as: UInt64.self)
                    at += 16
                }
            }
            return ContentHash.hex(bytes)
        }
        let yearKeys = runs.map { key($0.items) }
        let cached = yearKeys.map { $0.flatMap(cache.summary) }
        var years = runs.indices.map { Year(year: runs[$0].year, key: yearKeys[$0], summary: cached[$0] ?? .init(count: 0, dates: [])) }
        // The years not taken from the cache are merged together, a stretch of consecutive
        // years at a time.
        var first = 0
        while first < runs.count {
            guard cached[first] == nil else { first += 1; continue }
            var end = first + 1
            while end < runs.count, cached[end] == nil { end += 1 }
            let ranges = runs[first..<end].map(\.items)
            let merged = TimelineEntries.merged(items[ranges[0].lowerBound..<ranges[ranges.count - 1].upperBound], years: ranges, of: briefs, partSize: partSize)
            for (index, entries) in zip(first..<end, merged) {
                years[index].summary = .init(count: entries.count, dates: entries.map(\.event.date))
                years[index].entries = entries
            }
            first = end
        }
        self.years = years
        self.briefs = briefs
        self.items = items
        ranges = runs.map(\.items)
        self.partSize = partSize
        self.baseURL = baseURL
        self.cache = cache
    }

    /// How many entries the timeline has.
    var count: Int { years.reduce(0) { $0 + $1.summary.count } }

    /// The entries of the year at `index`: merged by this build, or merged now.
    func entries(_ index: Int) -> [TimelineEntries.Entry] {
        years[index].entries ?? TimelineEntries.merged(items[ranges[index]], of: briefs, partSize: partSize)
    }

    /// The UTF-8 of the entries of the year at `index` as `timeline.json` lists them: as a
    /// build wrote them for the same key, or written now and kept for the next build.
    func listed(_ index: Int) -> ArraySlice<UInt8> {
        let year = years[index]
        if year.entries == nil, let key = year.key, let listed = cache.listed(key) { return listed }
        let listed = TimelineExport.listed(entries(index), baseURL: baseURL)
        if let key = year.key { cache.store(key, year.summary, listed: listed) }
        return listed.withUnsafeBufferPointer { ArraySlice($0) }
    }

    /// What the timeline is made from, for the page keys of `timeline.json` and `timeline.html`:
    /// the keys of all years (nil without cache keys).
    var key: String? {
        years.allSatisfy { $0.key != nil } ? years.map { $0.key! }.joined(separator: ";") : nil
    }
}
