import Synchronization

/// The Markdown body of each brief (`BriefMarkdownWriter.body`) with its key figures'
/// phrases, made once for the brief's own files and its feed entry: they are rendered by
/// different tasks, so whichever comes first makes the body and leaves it here, and the other
/// takes it. A body is let go as soon as both have finished with its brief, so only the
/// bodies made by one side and not yet used by the other are held at a time.
final class BriefBodies: Sendable {
    /// What both sides show of a brief.
    struct Body: Sendable {
        var figurePhrases: [String]
        /// The timeline's `BriefText.eventDateLabel`s.
        var eventLabels: [String]
        var markdown: String

        init(figurePhrases: [String], eventLabels: [String], markdown: String) {
            self.figurePhrases = figurePhrases
            self.eventLabels = eventLabels
            self.markdown = markdown
        }

        init(_ brief: Brief) {
            figurePhrases = brief.keyFigures.map(BriefText.figurePhrase)
            eventLabels = brief.timeline.map(BriefText.eventDateLabel)
            markdown = BriefMarkdownWriter().body(brief, figurePhrases: figurePhrases, eventLabels: eventLabels)
        }
    }

    private enum State {
        /// One side finished with the brief and left its body for the other.
        case left(Body)
        /// One side finished with the brief without a body to leave.
        case finished
    }

    /// Briefs one side has finished with and the other not yet, by position.
    private let states = Mutex<[Int: State]>([:])

    init() {}

    /// The body the other side left for the brief at `position`, if any.
    func take(_ position: Int) -> Body? {
        states.withLock { states in
            if case .left(let body)? = states[position] { return body }
            return nil
        }
    }

    /// Marks that one side (the brief's files, or its feed entry) is done with the brief at
    /// `position`, leaving the body it made for the other side when the other will use it.
    /// Each side calls this once per brief; after the second call nothing is kept.
    func finish(_ position: Int, leaving body: Body?) {
        states.withLock { states in
            if states.removeValue(forKey: position) == nil {
                states[position] = body.map(State.left) ?? .finished
            }
        }
    }
}
