/// The cache keys of the briefs being published, by slug: a brief's key changes whenever
/// anything it was made from changes, so a page listing briefs is keyed by their keys.
struct BriefKeys: Sendable {
    private let bySlug: [String: String]
    /// True when every brief has a key (builds with a cache).
    let isComplete: Bool

    init(_ briefs: [BriefDigest], _ keys: [String?]) {
        var bySlug: [String: String] = [:]
        for (brief, key) in zip(briefs, keys) { if let key { bySlug[brief.slug] = key } }
        self.bySlug = bySlug
        isComplete = bySlug.count == briefs.count
    }

    /// "slug=key;…" for `briefs` in order, or nil when one has no key.
    func of(_ briefs: some Sequence<BriefDigest>) -> String? {
        guard isComplete else { return nil }
        var text = ""
        for brief in briefs {
            guard let key = bySlug[brief.slug] else { return nil }
            text += "\(brief.slug)=\(key);"
        }
        return text
    }
}
