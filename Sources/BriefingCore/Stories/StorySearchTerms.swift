/// The search terms of a brief's headline and body, gathered while its story words are read
/// (`StoryDocument.words(_:search:)`), in the same pass over each text whose words are ASCII:
/// a search term is a run of ASCII letters and digits (`SearchIndexWriter.forEachTerm`), a
/// story word one such run or several joined by apostrophes or by a comma or period after a
/// digit, so the runs are read off the story word as it is gathered.
struct StorySearchTerms {
    /// The terms added so far, each with its weight.
    private(set) var weights = SearchTermWeights()
    /// Whether each text read, the headline first and then the paragraphs, had its terms added
    /// here (its words are ASCII); the others are left to `SearchIndexWriter.add(_:to:except:)`.
    private(set) var searched: [Bool] = []
    /// The weight of the text being read.
    private var weight: UInt8 = 0
    private let stopWords = SearchIndexWriter.stopWordSet

    /// Starts the next text, of the headline (the first) or of the body, whose terms are
    /// added here when `searched`.
    mutating func start(searched: Bool) {
        weight = self.searched.isEmpty ? SearchIndexWriter.titleWeight : SearchIndexWriter.bodyWeight
        self.searched.append(searched)
    }

    /// Adds the run of lower-cased ASCII letters and digits `run` as a term of the text being
    /// read, unless it is none (`SearchIndexWriter.isTerm`).
    @inline(__always)
    mutating func add(run: UnsafeBufferPointer<UInt8>) {
        if SearchIndexWriter.isTerm(ascii: run, stopWords: stopWords) { weights.add(ascii: run, weight: weight) }
    }

    /// The terms, given up by this value (which is not read again): no copy is made of them.
    consuming func takeWeights() -> SearchTermWeights { weights }
}
