extension QuoteExtractor {
    /// What the paragraph loop of `extract` reads of each sentence of a paragraph, one entry a
    /// sentence, filled in sentence order: its subject, the speaker of its cue, and its
    /// attributions (read again for every quote in it).
    ///
    /// The loop's local functions read the lists while the loop fills them: lists held in local
    /// variables those functions capture had every access checked for exclusivity at run time
    /// (two calls into the runtime each, three appends and more reads a sentence). Held here,
    /// behind one constant reference, they are read and appended to in place, unchecked: each
    /// access is one read or one append, none inside another.
    final class SentenceReadings {
        @exclusivity(unchecked) var subjects: [Speaker?] = []
        @exclusivity(unchecked) var speakers: [Speaker?] = []
        @exclusivity(unchecked) var candidates: [[(attribution: QuoteAttribution, cue: Int)]] = []

        /// Empties the lists for a paragraph of `count` sentences: one set of lists serves every
        /// paragraph of an article, its storage kept (made to size, not grown), where lists made
        /// for each paragraph were allocated and freed each time.
        func reset(count: Int) {
            subjects.removeAllInPlace()
            speakers.removeAllInPlace()
            candidates.removeAllInPlace()
            subjects.reserveCapacity(count)
            speakers.reserveCapacity(count)
            candidates.reserveCapacity(count)
        }
    }
}
