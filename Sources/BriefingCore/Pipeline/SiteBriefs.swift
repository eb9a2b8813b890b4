import Foundation

/// The briefs a site is made of, in page order (newest first) with unique slugs: each one's
/// digest (with its cache key), and its whole brief on demand — kept in memory when it was made in
/// this build, read from the cache otherwise, and only when a page that shows it is rendered.
struct SiteBriefs: Sendable {
    /// The briefs' digests, each with its cache key (`BriefDigest.key`, nil without a cache).
    let digests: [BriefDigest]
    /// Source paths, to make a brief again when its cache entry is missing.
    private let paths: [String]
    /// The briefs made in this build and not left in a cache, by position.
    private let made: [Int: Brief]
    private let folder: URL
    private let cache: BriefCache?

    /// `inputs` (each with a digest) in input order: slugs are made unique in that order, then
    /// the briefs are ordered newest first; undated last; ties by title then slug.
    init(_ inputs: [SiteInput], in folder: URL, cache: BriefCache?) {
        let slugs = Slug.uniqued(inputs.map { $0.digest!.slug })
        // Compared from arrays of the fields, not from copies of two digests per comparison;
        // each digest is copied once, into its place.
        let days = Self.dayKeys(inputs.map { $0.digest!.published }), titles = inputs.map { $0.digest!.title }
        let order = inputs.indices.sorted { i, j in
            if days[i] != days[j] { return days[i] > days[j] }
            return (titles[i], slugs[i]) < (titles[j], slugs[j])
        }
        digests = order.map { index in
            var digest = inputs[index].digest!
            digest.slug = slugs[index]
            digest.key = inputs[index].key
            return digest
        }
        paths = order.map { inputs[$0].path }
        var made: [Int: Brief] = [:]
        for (position, index) in order.enumerated() {
            guard var brief = inputs[index].brief else { continue }
            brief.article.slug = slugs[index]
            made[position] = brief
        }
        self.made = made
        self.folder = folder
        self.cache = cache
    }

    /// Each date as one integer that orders as the dates do (`CalendarDate`'s order, by year,
    /// month and day), `Int.min` for none: undated briefs come last, newest first. A month of
    /// 1–12 and a day of 1–31 (every date read from text) fit their bits; other values are
    /// ranked among all the dates instead.
    static func dayKeys(_ dates: [CalendarDate?]) -> [Int] {
        if dates.allSatisfy({ $0.map { (1...12).contains($0.month) && (1...31).contains($0.day) && $0.year.magnitude < 1 << 40 } ?? true }) {
            return dates.map { $0.map { $0.year << 9 | $0.month << 5 | $0.day } ?? Int.min }
        }
        let ranked = Array(Set(dates.compactMap { $0 })).sorted()
        let rank = Dictionary(uniqueKeysWithValues: ranked.enumerated().map { ($1, $0) })
        return dates.map { $0.map { rank[$0]! } ?? Int.min }
    }

    var count: Int { digests.count }

    /// The whole brief at `index` (without its source text), with its unique slug.
    func brief(_ index: Int) throws -> Brief {
        if let brief = made[index] { return brief }
        let key = digests[index].key, path = paths[index]
        var brief = key.flatMap { cache?.load($0)?.brief }
            // The cache entry went missing: make the brief again.
            ?? BriefPipeline.process(path, in: folder).brief
        guard brief != nil else {
            throw BriefingError(stage: .site, file: path, message: "the cached brief cannot be read and the file no longer gives one")
        }
        brief!.article.text = ""
        brief!.article.slug = digests[index].slug
        return brief!
    }
}
