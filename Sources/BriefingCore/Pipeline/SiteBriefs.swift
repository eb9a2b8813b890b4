import Foundation

/// The briefs a site is made of, in page order (newest first) with unique slugs: each one's
/// digest and cache key, and its whole brief on demand — kept in memory when it was made in
/// this build, read from the cache otherwise, and only when a page that shows it is rendered.
struct SiteBriefs: Sendable {
    let digests: [BriefDigest]
    /// Cache keys (nil without a cache).
    let keys: [String?]
    private let inputs: [SiteInput]
    private let folder: URL
    private let cache: BriefCache?

    /// `inputs` (each with a digest) in input order: slugs are made unique in that order, then
    /// the briefs are ordered newest first; undated last; ties by title then slug.
    init(_ inputs: [SiteInput], in folder: URL, cache: BriefCache?) {
        var inputs = inputs
        let slugs = Slug.uniqued(inputs.map { $0.digest!.slug })
        for (i, slug) in slugs.enumerated() {
            inputs[i].digest!.slug = slug
            inputs[i].brief?.article.slug = slug
        }
        let order = inputs.indices.sorted { i, j in
            let a = inputs[i].digest!, b = inputs[j].digest!
            if a.published != b.published {
                guard let da = a.published else { return false }
                guard let db = b.published else { return true }
                return da > db
            }
            return (a.title, a.slug) < (b.title, b.slug)
        }
        self.inputs = order.map { inputs[$0] }
        digests = self.inputs.map { $0.digest! }
        keys = self.inputs.map(\.key)
        self.folder = folder
        self.cache = cache
    }

    var count: Int { digests.count }

    /// The whole brief at `index` (without its source text), with its unique slug.
    func brief(_ index: Int) throws -> Brief {
        let input = inputs[index]
        if let brief = input.brief { return brief }
        var brief = input.key.flatMap { cache?.load($0)?.brief }
            // The cache entry went missing: make the brief again.
            ?? BriefPipeline.process(input.path, in: folder).brief
        guard brief != nil else {
            throw BriefingError(stage: .site, file: input.path, message: "the cached brief cannot be read and the file no longer gives one")
        }
        brief!.article.text = ""
        brief!.article.slug = digests[index].slug
        return brief!
    }
}
