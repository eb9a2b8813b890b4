/// The names and roles that mentions other than pronouns and possessives resolved to
/// (`QuoteExtractor.resolve`), kept while the directories they were resolved against stay as
/// they were: most mentions come twice or more, as a sentence's subject and its cue's speaker
/// ("Kim said …") and again at its quotes.
///
/// Such a resolution reads only the mention, the people named so far and the organizations
/// (the cue is copied into the speaker as it is): the same mention resolves the same until the
/// article names someone new or an organization changes. A mention is matched by its bytes, not
/// by `==`: a name made from a mention keeps the mention's own bytes.
final class ResolvedNames {
    /// Few mentions are resolved under one state of the directories: a list read in order, each
    /// mention compared by its byte count first, costs less than hashing the mention.
    private var resolved: [(mention: String, name: String, role: String?)] = []
    /// The directories' state the entries were resolved under: how many people were named, and
    /// the organizations' `version`.
    private var state = (people: -1, organizations: -1)

    /// How many mentions are kept at most: a paragraph's few, not a long one's every word.
    private static let capacity = 16

    /// Forgets every entry unless the directories are as they were when it was resolved. A
    /// live blog's `lastWritten` changes what a surname resolves to in each paragraph, so
    /// `volatile` forgets them whatever the state.
    func keep(people: Int, organizations: Int, volatile: Bool) {
        guard volatile || state != (people, organizations) else { return }
        resolved.removeAll(keepingCapacity: true)
        state = (people, organizations)
    }

    /// The speaker `mention` resolves to with `cue`: the name and role resolved before, else
    /// those `resolve` gives, kept for the next time.
    func speaker(_ mention: String, cue: String?, resolve: () -> QuoteExtractor.Speaker) -> QuoteExtractor.Speaker {
        if let known = resolved.first(where: { QuoteExtractor.sameBytes($0.mention, mention) }) {
            return QuoteExtractor.Speaker(name: known.name, mention: mention, role: known.role, cue: cue)
        }
        let speaker = resolve()
        if resolved.count < Self.capacity { resolved.append((mention, speaker.name, speaker.role)) }
        return speaker
    }
}
