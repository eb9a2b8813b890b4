import Foundation

/// The repeat check of a site build: the inputs without later repeats of a story
/// (`DuplicateStoryDetector`), with the results of the pairs it compared, for the next build.
///
/// A pair the last build checked (in `known`, by the two inputs' cache keys) is not compared
/// again; the others are compared on all their 4-grams: those made with this build's briefs,
/// or read from the cache for the others, each once. Every text's questions are answered at
/// once, on all cores; the results are recorded as a serial pass makes them (in candidate
/// order, up to the first same story).
enum SiteRepeats {
    /// `inputs` (each with a digest, made under `folder`) without later repeats of a story, one
    /// warning per input left out, and the results of the checks made, in the order made. The
    /// repeats are taken out of `inputs` in place: the others are not copied.
    static func check(
        _ inputs: consuming [SiteInput], in folder: URL, cache: BriefCache?, known: RepeatCheckCache
    ) -> (kept: [SiteInput], warnings: [Diagnostic], checks: [(pair: RepeatCheckCache.Pair, same: Bool)]) {
        var kept = inputs
        let (found, checks) = repeats(of: kept, in: folder, cache: cache, known: known)
        let warnings = DuplicateStoryDetector.warnings(found) { kept[$0].digest!.source }
        // In place, the others in their order (the list is held here alone).
        kept.removeSubranges(RangeSet(found.map(\.duplicate), within: kept))
        return (kept, warnings, checks)
    }

    /// The repeats among `inputs` (`DuplicateStoryDetector.duplicates`) and the results of the
    /// checks made, in the order made.
    private static func repeats(
        of inputs: [SiteInput], in folder: URL, cache: BriefCache?, known: RepeatCheckCache
    ) -> (found: [DuplicateStoryDetector.Duplicate], checks: [(pair: RepeatCheckCache.Pair, same: Bool)]) {
        let answering = Answering(
            inputs: inputs, keys: inputs.map { $0.key.flatMap(RepeatCheckCache.Pair.number) }, known: known, maps: ShingleMaps(inputs.map(\.shingles)))
        let (found, made) = DuplicateStoryDetector().duplicates(samples: inputs.map { $0.digest!.repeatSample }) { questions in
            let first = ParallelMap.map(questions) { answering.answers($0, read: [:]) }
            // The questions that need 4-grams no input holds, asked again once those are read.
            let open = first.indices.filter { !first[$0].missing.isEmpty }
            var answers = first.map(\.answers)
            guard !open.isEmpty else { return answers }
            let reading = Array(Set(open.flatMap { first[$0].missing })).sorted()
            let read = Dictionary(uniqueKeysWithValues: zip(reading, ParallelMap.map(reading) { Self.shingles(of: inputs[$0], in: folder, cache: cache) }))
            for (i, again) in zip(open, ParallelMap.map(open.map { questions[$0] }) { answering.answers($0, read: read) }) {
                precondition(again.missing.isEmpty, "a question asked again has its texts' 4-grams")
                answers[i] = again.answers
            }
            return answers
        }
        var checks: [(pair: RepeatCheckCache.Pair, same: Bool)] = []
        for check in made {
            for (candidate, same) in zip(check.question.candidates, check.answers) {
                if let pair = answering.pair(candidate, check.question.later) { checks.append((pair, same)) }
            }
        }
        return (found, checks)
    }

    /// The 4-grams of an input not made with this build's brief: an item made again comes with
    /// them; one read from the cache has its brief.
    private static func shingles(of input: SiteInput, in folder: URL, cache: BriefCache?) -> DuplicateStoryDetector.Shingles {
        let item = input.key.flatMap { cache?.load($0) } ?? BriefPipeline.process(input.path, in: folder)
        return item.storyShingles ?? item.brief.map { DuplicateStoryDetector.shingles($0.article) } ?? .none
    }

    /// Answers to the detector's questions from the last build's results and the 4-grams at hand.
    private struct Answering: Sendable {
        let inputs: [SiteInput]
        /// Each input's cache key as a number, when it has one.
        let keys: [UInt64?]
        let known: RepeatCheckCache
        /// The maps of the 4-grams made with this build's briefs.
        let maps: ShingleMaps
        let detector = DuplicateStoryDetector()

        /// The check of `earlier` against `later` by their cache keys, when both have one.
        func pair(_ earlier: Int, _ later: Int) -> RepeatCheckCache.Pair? {
            keys[earlier].flatMap { a in keys[later].map { b in RepeatCheckCache.Pair(earlier: a, later: b) } }
        }

        /// The answers of `question` (`DuplicateStoryDetector.answers`), a pair's 4-grams taken
        /// from the inputs or from `read`; when some are in neither, the texts whose 4-grams an
        /// open pair up to the first known same story needs (`missing`), and no answers to use.
        func answers(
            _ question: DuplicateStoryDetector.Question, read: [Int: DuplicateStoryDetector.Shingles]
        ) -> (answers: [Bool], missing: [Int]) {
            let later = inputs[question.later].shingles ?? read[question.later]
            var answers: [Bool] = [], missing: [Int] = []
            answers.reserveCapacity(question.candidates.count)
            for candidate in question.candidates {
                let same: Bool
                if let known = pair(candidate, question.later).flatMap({ known[$0] }) {
                    same = known
                } else if missing.isEmpty, maps.rulesOut(candidate, question.later, by: detector) {
                    // Most pairs: answered without reaching for the texts' 4-grams.
                    same = false
                } else if missing.isEmpty, let later, let earlier = inputs[candidate].shingles ?? read[candidate] {
                    same = detector.isSameStory(earlier, later)
                } else {
                    missing += [candidate, question.later].filter { inputs[$0].shingles == nil && read[$0] == nil }
                    continue
                }
                answers.append(same)
                if same { break }
            }
            return (answers, missing)
        }
    }
}
