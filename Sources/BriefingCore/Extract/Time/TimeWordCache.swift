/// What `TimeScanner` reads of each word type (`WordTypes`): its lowercase text and
/// `TimeWordFacts`, functions of the text alone, read for the first token of the type and
/// kept, by type, for every later one. Kept from one article to the next by the
/// `ExtractionWorkspace`.
struct TimeWordCache: Sendable {
    /// For each type, whether it is kept, and its lowercase text and facts when it is.
    private var known: [Bool] = []
    private var lower: [String] = []
    private var facts: [TimeWordFacts] = []

    /// The cache's lists, as `TimeScanner` writes them.
    struct Buffers {
        let known: UnsafeMutableBufferPointer<Bool>
        let lower: UnsafeMutableBufferPointer<String>
        let facts: UnsafeMutableBufferPointer<TimeWordFacts>
    }

    /// Makes room for the types of `tokens`.
    mutating func cover(_ tokens: [Token]) {
        let count = Token.typeCount(of: tokens)
        guard count > known.count else { return }
        let more = count - known.count
        known.append(contentsOf: repeatElement(false, count: more))
        lower.append(contentsOf: repeatElement("", count: more))
        facts.append(contentsOf: repeatElement(TimeWordFacts(), count: more))
    }

    /// Runs `body` on the lists, each as long as the types `cover` has made room for.
    mutating func withBuffers<Result>(_ body: (Buffers) -> Result) -> Result {
        known.withUnsafeMutableBufferPointer { known in
            lower.withUnsafeMutableBufferPointer { lower in
                facts.withUnsafeMutableBufferPointer { body(Buffers(known: known, lower: lower, facts: $0)) }
            }
        }
    }
}
