import Foundation

/// The briefs a site is made of, in page order (newest first) with unique slugs: each one's
/// digest and cache key, and its whole brief on demand — kept in memory when it was made in
/// this build, read from the cache otherwise, and only when a page that shows it is rendered.
struct SiteBriefs: Sendable {
    let digests: [BriefDigest]
    /// Cache keys (nil without a cache).
    let keys: [String?]
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
        var digests = inputs.map { $0.digest! }
        for i in digests.indices { digests[i].slug = slugs[i] }
        // Compared from arrays of the fields, not from copies of two digests per comparison.
        let published = digests.map(\.published), titles = digests.map(\.title)
        let order = digests.indices.sorted { i, j in
            if published[i] != published[j] {
                guard let da = published[i] else { return false }
                guard let db = published[j] else { return true }
                return da > db
            }
            return (titles[i], slugs[i]) < (titles[j], slugs[j])
        }
        self.digests = order.map { digests[$0] }
        keys = order.map { inputs[$0].key }
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

    var count: Int { digests.count }

    /// The whole brief at `index` (without its source text), with its unique slug.
    func brief(_ index: Int) throws -> Brief {
        if let brief = made[index] { return brief }
        let key = keys[index], path = paths[index]
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
