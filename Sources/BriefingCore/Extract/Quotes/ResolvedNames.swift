/// The speakers that mentions other than pronouns and possessives resolved to
/// (`QuoteExtractor.resolve`), kept while the directories they were resolved against stay as
/// they were: most mentions come twice or more, as a sentence's subject and its cue's speaker
/// ("Kim said …") and again at its quotes.
///
/// Such a resolution reads only the mention, the people named so far and the organizations
/// (the cue is copied into the speaker as it is): the same mention resolves the same until the
/// article names someone new or an organization changes. Mentions and cues are matched by their
/// bytes, not by `==`: a name made from a mention keeps the mention's own bytes. A speaker is
/// never changed once made, and the one made for a mention and cue is given again (its
/// `isPerson` told once).
final class ResolvedNames {
    /// Few mentions are resolved under one state of the directories: a list read in order, each
    /// mention compared by its byte count first, costs less than hashing the mention.
    /// (Neither property is checked for exclusive access at run time: every access is one read
    /// or one change, none inside another, from the one paragraph loop that owns the names.)
    @exclusivity(unchecked) private var resolved: [QuoteExtractor.Speaker] = []
    /// The directories' state the entries were resolved under: how many people were named, and
    /// the organizations' `version`.
    @exclusivity(unchecked) private var state = (people: -1, organizations: -1)

    /// How many speakers are kept at most: a paragraph's few mentions, with and without a cue,
    /// not a long one's every word.
    private static let capacity = 24

    /// Forgets every entry unless the directories are as they were when it was resolved. A
    /// live blog's `lastWritten` changes what a surname resolves to in each paragraph, so
    /// `volatile` forgets them whatever the state.
    func keep(people: Int, organizations: Int, volatile: Bool) {
        guard volatile || state != (people, organizations) else { return }
        // (Taken from the end, storage kept: `removeAll(keepingCapacity:)` replaced the whole range through
        // its general path, more than a thousand instructions for a few speakers.)
        resolved.removeAllInPlace()
        state = (people, organizations)
    }

    /// The speaker `mention` resolves to with `cue` if the mention was resolved before: the one
    /// made for both, else a new one with the name and role resolved before (kept too).
    func speaker(_ mention: String, cue: String?) -> QuoteExtractor.Speaker? {
        var named: QuoteExtractor.Speaker?
        for known in resolved where UTF8Scan.sameBytes(known.mention, mention) {
            if Self.sameCue(known.cue, cue) { return known }
            named = known
        }
        guard let named else { return nil }
        let speaker = QuoteExtractor.Speaker(name: named.name, mention: mention, role: named.role, cue: cue)
        keep(speaker)
        return speaker
    }

    /// Keeps a speaker its mention was resolved to under the current state.
    func keep(_ speaker: QuoteExtractor.Speaker) {
        if resolved.count < Self.capacity { resolved.append(speaker) }
    }

    /// Whether two cues are both none, or have the same bytes.
    private static func sameCue(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return UTF8Scan.sameBytes(a, b)
    }
}
