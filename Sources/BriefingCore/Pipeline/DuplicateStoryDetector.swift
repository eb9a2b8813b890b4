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

    /// A later text and the earlier texts (ascending) to compare it with on all their 4-grams.
    public struct Question: Sendable, Equatable {
        public var later: Int
        public var candidates: [Int]
    }

    /// A question answered: whether each candidate tells the same story, in candidate order,
    /// up to and including the first that does.
    public struct Check: Sendable, Equatable {
        public var question: Question
        public var answers: [Bool]
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
        return duplicates(samples: samples, answers: answering { Self.shingles(articles[$0]) }).duplicates
    }

    /// `answers` for `duplicates(samples:answers:)` from the texts' 4-grams (`shingles(i)` of
    /// text `i`): each question on its own, on all cores.
    public func answering(_ shingles: @escaping @Sendable (Int) -> Shingles) -> ([Question]) -> [[Bool]] {
        { questions in
            ParallelMap.map(questions) { question in
                let later = shingles(question.later)
                return Self.answers(question.candidates) { isSameStory(shingles($0), later) }
            }
        }
    }

    /// Whether each of `candidates` tells the same story (`same`), in order, up to and including
    /// the first that does.
    public static func answers(_ candidates: [Int], _ same: (Int) -> Bool) -> [Bool] {
        var answers: [Bool] = []
        answers.reserveCapacity(candidates.count)
        for candidate in candidates {
            let answer = same(candidate)
            answers.append(answer)
            if answer { break }
        }
        return answers
    }

    /// Later repeats among texts known by their samples (`Self.sample`, each hash once), and
    /// the checks that find them, in text order, as a serial pass makes them: each text is
    /// asked about its candidates (the earlier texts, repeats left out, that hold at least half
    /// of its informative sampled 4-grams) and a repeat is never indexed as another's original.
    ///
    /// `answers(questions)` answers each question (see `Check`); the texts themselves need
    /// not be at hand. It is asked once about every text with candidates as if no text were
    /// a repeat, so that it may answer them all at once, on all cores; a text whose
    /// candidates a repeat found before it may change (one that shares with it a sampled 4-gram
    /// not held by `commonPostings` other texts: rare) is searched and asked about again on
    /// its own.
    public func duplicates(samples: [[UInt64]], answers: ([Question]) -> [[Bool]]) -> (duplicates: [Duplicate], checks: [Check]) {
        let postings = SamplePostings(samples)
        let count = samples.count
        let guessed = ParallelMap.map(Array(stride(from: 0, to: count, by: Self.textsPerTask))) { start in
            var search = CandidateSearch(texts: count)
            return (start..<min(start + Self.textsPerTask, count)).compactMap { later in
                let candidates = search.candidates(of: later, in: postings, leftOut: nil)
                return candidates.isEmpty ? nil : Question(later: later, candidates: candidates)
            }
        }
        let questions = Array(guessed.joined())
        let answered = answers(questions)
        var found: [Duplicate] = [], checks: [Check] = []
        checks.reserveCapacity(questions.count)
        var leftOut = [Bool](repeating: false, count: count)
        // How many of the repeats found so far hold each row's hash.
        var repeatsHolding = [Int32](repeating: 0, count: postings.rowCount)
        var search = CandidateSearch(texts: count)
        var asked = 0
        for later in 0..<count {
            var check: Check?
            if asked < questions.count, questions[asked].later == later {
                check = Check(question: questions[asked], answers: answered[asked])
                asked += 1
            }
            if !found.isEmpty, postings.leavingOutMatters(to: later, leftOut: repeatsHolding, common: Self.commonPostings) {
                let candidates = search.candidates(of: later, in: postings, leftOut: leftOut)
                if candidates != check?.question.candidates ?? [] {
                    let question = Question(later: later, candidates: candidates)
                    check = candidates.isEmpty ? nil : Check(question: question, answers: answers([question])[0])
                }
            }
            guard let check else { continue }
            checks.append(check)
            if let first = check.answers.firstIndex(of: true) {
                found.append(Duplicate(duplicate: later, original: check.question.candidates[first]))
                leftOut[later] = true
                postings.forEachRow(of: later) { repeatsHolding[$0] += 1 }
            }
        }
        return (found, checks)
    }

    /// Texts whose candidates are searched per parallel task.
    static let textsPerTask = 256

    /// The search of a text's candidates in the postings of the sampled 4-grams, with its
    /// scratch counts (one per text, reset after each search).
    private struct CandidateSearch {
        /// Sampled 4-grams each earlier text shares with the text searched, for those touched.
        private var shared: [Int32]
        private var touched: [Int32] = []

        init(texts: Int) { shared = [Int32](repeating: 0, count: texts) }

        /// The earlier texts, ascending, not `leftOut` (all when nil), that hold at least half of
        /// the informative sampled 4-grams of `later`: those held by at least one and fewer than
        /// `commonPostings` of them (more make a 4-gram boilerplate).
        mutating func candidates(of later: Int, in postings: SamplePostings, leftOut: [Bool]?) -> [Int] {
            var informative = 0
            postings.forEachHash(of: later) { _, earlier in
                if let leftOut {
                    var held = 0
                    for text in earlier where !leftOut[Int(text)] {
                        held += 1
                        if held == DuplicateStoryDetector.commonPostings { return }
                    }
                    guard held > 0 else { return }
                    informative += 1
                    for text in earlier where !leftOut[Int(text)] { count(text) }
                } else {
                    guard !earlier.isEmpty, earlier.count < DuplicateStoryDetector.commonPostings else { return }
                    informative += 1
                    for text in earlier { count(text) }
                }
            }
            let needed = Int32(max(1, informative / 2))
            var candidates: [Int] = []
            for text in touched {
                if shared[Int(text)] >= needed { candidates.append(Int(text)) }
                shared[Int(text)] = 0
            }
            touched.removeAll(keepingCapacity: true)
            candidates.sort()
            return candidates
        }

        private mutating func count(_ text: Int32) {
            if shared[Int(text)] == 0 { touched.append(text) }
            shared[Int(text)] += 1
        }
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

    /// The warning of each repeat in `found`, naming its file and the one it repeats
    /// (`source` gives each text's by its index).
    static func warnings(_ found: [Duplicate], source: (Int) -> String) -> [Diagnostic] {
        found.map { d in
            Diagnostic(.warning, stage: .ingest, file: source(d.duplicate), message: "same story as \(source(d.original)); one brief kept", dropsFile: true)
        }
    }

    /// Whether texts with the 4-grams `a` and `b` tell the same story in (nearly) the same words.
    public func isSameStory(_ a: Shingles, _ b: Shingles) -> Bool {
        guard mayBeSameStory(a.count, b.count, fewestMissing: { _ in 0 }) else { return false }
        let small = min(a.count, b.count)
        let (smaller, larger) = a.count < b.count ? (a.hashes, b.hashes) : (b.hashes, a.hashes)
        let needed = needed(small)
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

    /// Whether texts of `a` and `b` 4-grams may tell the same story when at least
    /// `fewestMissing(smallerIsA)` of the smaller text's (`a`'s when `smallerIsA`) are not in the
    /// other (`ShingleMaps`): their lengths allow it, and that many misses leave enough shared.
    func mayBeSameStory(_ a: Int, _ b: Int, fewestMissing: (_ smallerIsA: Bool) -> Int) -> Bool {
        let small = min(a, b), large = max(a, b)
        guard small >= 8, Double(small) >= Double(large) * minimumLengthRatio else { return false }
        return fewestMissing(a < b) <= small - needed(small)
    }

    /// How many of the smaller text's `small` 4-grams the other must hold.
    private func needed(_ small: Int) -> Int { Int((Double(small) * containment).rounded(.up)) }

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
