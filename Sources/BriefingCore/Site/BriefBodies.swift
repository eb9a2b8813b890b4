import Synchronization

/// Who renders each brief's own files, and the HTML of each brief's feed entry
/// (`BriefParts.feedHTML`) when the task that wrote its files made it. The brief pages and
/// the feeds are rendered by different tasks: whichever reaches a brief first claims it and
/// writes its files (the feed task too, so that no brief is read twice). A brief-page task
/// that wrote the files of a brief in a feed leaves the entry's HTML (made from the parts its
/// files share with it) here for the feed, which takes it; an entry is let go as soon as both
/// have finished with its brief, so only the entries made by one side and not yet used by the
/// other are held at a time.
final class BriefBodies: Sendable {
    private enum State {
        /// One side finished with the brief and left its feed entry's HTML for the other.
        case left([UInt8])
        /// One side finished with the brief without an entry to leave.
        case finished
    }

    /// Briefs one side has finished with and the other not yet, by position.
    private let states = Mutex<[Int: State]>([:])
    /// Whether the files of the brief at each position are claimed by a task.
    private let claims: Mutex<[Bool]>

    /// Entries and claims for `count` briefs.
    init(count: Int) {
        claims = Mutex([Bool](repeating: false, count: count))
    }

    /// Claims the writing of the files of the brief at `position`: true for the first caller
    /// only, which writes them.
    func claim(_ position: Int) -> Bool {
        claims.withLock { claims in
            guard !claims[position] else { return false }
            claims[position] = true
            return true
        }
    }

    /// The UTF-8 of the feed entry's HTML the other side left for the brief at `position`, if any.
    func take(_ position: Int) -> [UInt8]? {
        states.withLock { states in
            if case .left(let html)? = states[position] { return html }
            return nil
        }
    }

    /// Marks that one side (the brief's files, or its feed entry) is done with the brief at
    /// `position`, leaving the feed entry's HTML it made for the other side when the other will use it.
    /// Each side calls this once per brief; after the second call nothing is kept. A feed
    /// entry that wrote the brief's files itself (`claim`) does not call it.
    func finish(_ position: Int, leaving html: [UInt8]?) {
        states.withLock { states in
            if states.removeValue(forKey: position) == nil {
                states[position] = html.map(State.left) ?? .finished
            }
        }
    }
}
