extension QuoteExtractor {
    /// Whom the paragraph loop of `extract` has seen named lately, for the pronouns after them:
    /// the person the paragraphs since the last quote or cue were about, and the people named
    /// lately.
    ///
    /// The loop's local functions and closures read both as it changes them: held in local
    /// variables they capture, every access was checked for exclusivity at run time (two calls
    /// into the runtime each). Held here, behind one constant reference, they are read and
    /// changed unchecked: each access is one read or one change, none inside another.
    final class NamedLately {
        /// The person the paragraphs since the last quote or cue were about, for "he" or "she" in the paragraph
        /// after them: "Reached by telephone, O'Brien declined to comment. / “I'm not going to …,” he said." (not
        /// King, who spoke before).
        @exclusivity(unchecked) var person: Speaker?
        /// People named lately, the latest last, for a pronoun whose nearest antecedent is of the other sex.
        @exclusivity(unchecked) private(set) var people: [Speaker] = []

        /// Adds `speaker` to `people` when it is a person, the latest, keeping the last eight.
        func remember(_ speaker: Speaker?) {
            guard let speaker, speaker.isPerson else { return }
            // (At most one is: none is kept twice, nor two of one name.)
            if let known = people.firstIndex(where: { $0 === speaker || $0.name == speaker.name }) { people.remove(at: known) }
            people.append(speaker)
            if people.count > 8 { people.removeFirst() }
        }
    }
}
