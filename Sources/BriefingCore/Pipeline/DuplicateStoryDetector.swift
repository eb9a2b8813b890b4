/// Finds articles that tell the same story in (nearly) the same words — the same article saved
/// twice, or as both `.txt` and `.html` — by comparing sets of word 4-grams of their text.
public struct DuplicateStoryDetector: Sendable {
    /// Share of the shorter text's 4-grams that must also occur in the other text.
    public var containment: Double
    /// Texts whose lengths differ more than this ratio are never duplicates.
    public var minimumLengthRatio: Double

    public init(containment: Double = 0.8, minimumLengthRatio: Double = 0.5) {
        self.containment = containment
        self.minimumLengthRatio = minimumLengthRatio
    }

    /// One article found to repeat an earlier one.
    public struct Duplicate: Sendable, Equatable {
        /// Index of the later article, the one to leave out.
        public var duplicate: Int
        /// Index of the first article telling the story, the one to keep.
        public var original: Int
    }

    /// Later repeats of earlier articles, in order; the first of each story is the original.
    ///
    /// Candidates come from an index of a fixed sample of each text's 4-grams (one in eight,
    /// chosen by hash, so the same 4-gram is sampled in every text), so the work grows with the
    /// number of articles, not with its square; each candidate is then checked on all 4-grams.
    /// `samples[i]`, when given, is `Self.sample(articles[i])` computed earlier (and cached).
    public func duplicates(among articles: [Article], samples known: [[UInt64]?]? = nil) -> [Duplicate] {
        // Only the sample is kept for every article; full sets are made again for candidates.
        let samples = articles.indices.map { known?[$0] ?? Self.sample(articles[$0]) }
        return duplicates(samples: samples, firstSameStory: Self.first(sameStory { Self.shingles(articles[$0]) }))
    }

    /// `isSameStory` of two texts by index, from their 4-grams (`shingles(i)`, made once for
    /// the later text of consecutive checks).
    func sameStory(_ shingles: @escaping (Int) -> Shingles) -> (Int, Int) -> Bool {
        var later: (index: Int, shingles: Shingles)?
        return { earlier, index in
            if later?.index != index { later = (index, shingles(index)) }
            return isSameStory(shingles(earlier), later!.shingles)
        }
    }

    /// `firstSameStory` of pairwise checks: the first candidate that `sameStory(candidate,
    /// later)` finds the same story, asked in order.
    static func first(_ sameStory: @escaping (Int, Int) -> Bool) -> ([Int], Int) -> Int? {
        { candidates, later in candidates.first { sameStory($0, later) } }
    }

    /// Later repeats among texts known by their samples (`Self.sample`). `firstSameStory(
    /// candidates, later)` gives the first of a later text's candidates (earlier texts,
    /// ascending) that tells the same story on all their 4-grams (`isSameStory`), or nil; it is
    /// asked only about candidates, so the texts themselves need not be at hand, and may check
    /// them all at once.
    public func duplicates(samples: [[UInt64]], firstSameStory: ([Int], Int) -> Int?) -> [Duplicate] {
        var index = SampleIndex(capacity: samples.reduce(0) { $0 + $1.count })
        var found: [Duplicate] = []
        // Sampled 4-grams shared with each earlier text, counted in place for the texts touched.
        var shared = [Int](repeating: 0, count: samples.count)
        var touched: [Int] = []
        for later in samples.indices {
            let sampled = samples[later]
            var informative = 0
            for hash in sampled {
                let slot = index.slot(of: hash)
                guard index.count(at: slot) > 0, index.count(at: slot) < Self.commonPostings else { continue }
                informative += 1
                index.forEachText(at: slot) { earlier in
                    if shared[earlier] == 0 { touched.append(earlier) }
                    shared[earlier] += 1
                }
            }
            let needed = max(1, informative / 2)
            let candidates = touched.filter { shared[$0] >= needed }.sorted()
            for earlier in touched { shared[earlier] = 0 }
            touched.removeAll(keepingCapacity: true)
            if !candidates.isEmpty, let original = firstSameStory(candidates, later) {
                found.append(Duplicate(duplicate: later, original: original))
                continue  // A repeat is never the original of another story.
            }
            for hash in sampled {
                let slot = index.slot(of: hash)
                if index.count(at: slot) < Self.commonPostings { index.add(later, at: slot, hash: hash) }
            }
        }
        return found
    }

    /// The 4-grams of `article` that are indexed to find candidates, in ascending order.
    public static func sample(_ article: Article) -> [UInt64] {
        shingles(ofParagraphs: article.paragraphs.lazy.map(\.text), keeping: { $0 % sampling == 0 }).hashes
    }

    /// `sample(article)` of an article whose 4-grams are `shingles`: the same hashes, picked
    /// from the sorted whole rather than sorted after they are picked.
    public static func sample(of shingles: Shingles) -> [UInt64] {
        shingles.hashes.filter { $0 % sampling == 0 }
    }

    /// One 4-gram in `sampling` is indexed.
    static let sampling: UInt64 = 8
    /// 4-grams found in this many articles are boilerplate and are no longer indexed.
    static let commonPostings = 64

    /// `items` without later repeats of a story, and one warning per item left out; `sample`
    /// gives an item's `Self.sample` when it was computed before.
    public func removingRepeats<Item>(
        _ items: [Item], article: (Item) -> Article, sample: (Item) -> [UInt64]? = { _ in nil }
    ) -> (kept: [Item], warnings: [Diagnostic]) {
        let articles = items.map(article)
        let (kept, warnings) = removingRepeats(Array(items.indices), source: { articles[$0].source }, sample: { sample(items[$0]) ?? Self.sample(articles[$0]) },
                                               firstSameStory: Self.first(sameStory { Self.shingles(articles[$0]) }))
        return (kept.map { items[$0] }, warnings)
    }

    /// `items` without later repeats of a story, as above, for items known by their source
    /// path and sample; `firstSameStory` checks a later item's candidates (see
    /// `duplicates(samples:firstSameStory:)`).
    public func removingRepeats<Item>(
        _ items: [Item], source: (Item) -> String, sample: (Item) -> [UInt64], firstSameStory: ([Int], Int) -> Int?
    ) -> (kept: [Item], warnings: [Diagnostic]) {
        let found = duplicates(samples: items.map(sample), firstSameStory: firstSameStory)
        let left = Set(found.map(\.duplicate))
        let warnings = found.map { d in
            Diagnostic(.warning, stage: .ingest, file: source(items[d.duplicate]),
                       message: "same story as \(source(items[d.original])); one brief kept", dropsFile: true)
        }
        return (items.indices.filter { !left.contains($0) }.map { items[$0] }, warnings)
    }

    /// Whether texts with the 4-grams `a` and `b` tell the same story in (nearly) the same words.
    public func isSameStory(_ a: Shingles, _ b: Shingles) -> Bool {
        let small = min(a.count, b.count), large = max(a.count, b.count)
        guard small >= 8, Double(small) >= Double(large) * minimumLengthRatio else { return false }
        let (smaller, larger) = a.count < b.count ? (a.hashes, b.hashes) : (b.hashes, a.hashes)
        let needed = Int((Double(small) * containment).rounded(.up))
        // Both ascending: one pass over each counts the 4-grams they share.
        var shared = 0, left = smaller.count, j = 0
        for hash in smaller {
            while j < larger.count, larger[j] < hash { j += 1 }
            if j < larger.count, larger[j] == hash { shared += 1 }
            left -= 1
            if shared >= needed { return true }
            if shared + left < needed { return false }
        }
        return shared >= needed
    }

    /// A text's 4-gram hashes, ascending, each once.
    public struct Shingles: Sendable, Equatable {
        public let hashes: [UInt64]
        public var count: Int { hashes.count }
        public var isEmpty: Bool { hashes.isEmpty }

        static let none = Shingles(hashes: [])
    }

    /// Hashes of the lower-cased word 4-grams of the body paragraphs.
    public static func shingles(_ article: Article) -> Shingles {
        shingles(ofParagraphs: article.paragraphs.lazy.map(\.text))
    }

    /// Hashes of the lower-cased word 4-grams of `paragraphs`; a word never runs across two.
    /// With `keeping`, only the hashes it keeps (sorted after they are picked, not before).
    private static func shingles(ofParagraphs paragraphs: some Sequence<String>, keeping: ((UInt64) -> Bool)? = nil) -> Shingles {
        var words: [UInt64] = []
        for paragraph in paragraphs { appendWordHashes(of: paragraph, to: &words) }
        guard words.count >= 4 else { return .none }
        var hashes: [UInt64] = []
        // A sample keeps one hash in `sampling` and is held for thousands of texts: room for
        // every 4-gram would stay with it (8× its size), so it grows as it is filled.
        if keeping == nil { hashes.reserveCapacity(words.count - 3) }
        for i in 0...(words.count - 4) {
            // Order-sensitive combination of the four word hashes.
            var h = words[i]
            for k in 1..<4 { h = (h &* 0x100_0000_01B3) ^ words[i + k] &+ UInt64(k) }
            h ^= h >> 29
            if keeping?(h) ?? true { hashes.append(h) }
        }
        hashes.sortKeepingEachOnce()
        return Shingles(hashes: hashes)
    }

    /// FNV-1a hashes of the lower-cased words (runs of letters and digits) of `text`, each
    /// scalar of a word hashed as the bytes of its value, low first. Read from the UTF-8 bytes:
    /// an ASCII byte is its own scalar, a letter lower-cased by setting bit 0x20 (which digits
    /// and lower-case letters have already); a scalar past ASCII is decoded and looked up.
    static func appendWordHashes(of text: String, to words: inout [UInt64]) {
        let basis: UInt64 = 0xCBF2_9CE4_8422_2325, prime: UInt64 = 0x100_0000_01B3
        UTF8Scan.withBytes(text) { bytes in
            var hash = basis
            var inWord = false
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    i += 1
                    if byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 {
                        hash = (hash ^ UInt64(byte | 0x20)) &* prime
                        inWord = true
                        continue
                    }
                } else {
                    let (scalar, length) = UTF8Scan.scalar(in: bytes, at: i)
                    i += length
                    if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                            var value = lower.value
                            while value > 0 {
                                hash = (hash ^ UInt64(value & 0xFF)) &* prime
                                value >>= 8
                            }
                            inWord = true
                        }
                        continue
                    }
                }
                if inWord {
                    words.append(hash)
                    hash = basis
                    inWord = false
                }
            }
            if inWord { words.append(hash) }
        }
    }
}
