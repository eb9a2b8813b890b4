/// The cache keys of the briefs being published (each digest's `key`): a brief's key changes
/// whenever anything it was made from changes, so a page listing briefs is keyed by their keys.
struct BriefKeys: Sendable {
    /// True when every brief has a key (builds with a cache).
    let isComplete: Bool

    init(_ briefs: [BriefDigest]) {
        isComplete = briefs.allSatisfy { $0.key != nil }
    }

    /// "slug=key;…" for `briefs` in order as its `ContentHash` (hex), gathered as one run of
    /// bytes, not as a growing string; nil when one has no key.
    func of(_ briefs: some Collection<BriefDigest>) -> String? {
        guard isComplete else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64 * briefs.count)
        // Each slug read where the briefs are: a digest copied out per brief took a reference
        // to each of its parts, which the other page tasks hold at the same time.
        let complete = briefs.withContiguousStorageIfAvailable { briefs in
            briefs.indices.allSatisfy { add(briefs[$0].slug, briefs[$0].key, to: &bytes) }
        } ?? briefs.allSatisfy { add($0.slug, $0.key, to: &bytes) }
        return complete ? ContentHash.hex(bytes) : nil
    }

    /// Adds "slug=key;" of a brief to `bytes`; false when it has no key.
    private func add(_ slug: String, _ key: String?, to bytes: inout [UInt8]) -> Bool {
        guard let key else { return false }
        bytes.append(utf8Of: slug)
        bytes.append(UInt8(ascii: "="))
        bytes.append(utf8Of: key)
        bytes.append(UInt8(ascii: ";"))
        return true
    }
}
