/// The large parts of a brief's digest, each read by one group of site-wide pages: the quotes
/// of the people pages, the events of the timeline, the terms of the search index and what
/// story grouping compares. They are kept encoded (`BinaryWriter`), one section per group,
/// in memory or, with a build cache, in the digest detail file (an `AppendOnlyFile`), and
/// decoded by a page group only while it reads them: a 50,000-article site keeps only the
/// small part of each digest in memory.
struct DigestDetails: Sendable {
    /// The sections, in the order they are stored.
    enum Section: Int, CaseIterable {
        case people, timeline, search, story
    }

    /// Where the encoded sections are.
    private enum Storage: Sendable {
        case memory([UInt8])
        case file(AppendOnlyFile, offset: Int)
    }

    private let storage: Storage
    /// The length in bytes of each section, in `Section` order.
    private let lengths: (Int32, Int32, Int32, Int32)

    /// The events of the timeline with their content words (`TimelineEntries.contentWords`:
    /// their numbers, ascending).
    struct Timeline {
        var events: [Event] = []
        var words: [[UInt64]] = []
    }

    /// Search terms, sorted and separated by spaces (letters and digits only), the weight of
    /// each (the heaviest field it is found in), and the text under a search result.
    struct Search {
        var terms = ""
        var weights: [UInt8] = []
        var snippet = ""
    }

    /// The terms story grouping compares (`StoryDocument.words`) as their numbers
    /// (`WordList.number`), with their counts, and the numbers of the names, ascending: what
    /// grouping reads, so that a rebuild does not hash every word again.
    struct StoryWords {
        var terms: [UInt64] = []
        var counts: [Int32] = []
        var names: [UInt64] = []
    }

    /// The details of these parts, encoded one section after another, and a hash of each
    /// timeline event and its words (the `ContentHash` of their encodings one after the other:
    /// equal hashes, same event), taken from the encoded section, not encoded again.
    static func encoding(personQuotes: [BriefDigest.PersonQuote], timeline: Timeline, search: Search, story: StoryWords) -> (details: DigestDetails, eventHashes: [UInt64]) {
        // Each string's bytes with a few for its length and the fields beside it, eight bytes a
        // number (and one its count): the details are kept in memory as written, so the room
        // reserved is about what they take.
        var capacity = 64 + search.terms.utf8.count + search.weights.count + search.snippet.utf8.count + 9 * story.terms.count + 8 * story.names.count
        for quote in personQuotes { capacity += quote.speaker.utf8.count + quote.text.utf8.count + (quote.role?.utf8.count ?? 0) + 8 }
        for event in timeline.events { capacity += event.text.utf8.count + 40 }
        for words in timeline.words { capacity += 8 * words.count + 2 }
        var writer = BinaryWriter(capacity: capacity)
        var ends: [Int] = []
        writer.array(personQuotes) { w, q in w.string(q.speaker); w.string(q.text); w.optional(q.role); w.int(q.paragraph) }
        ends.append(writer.count)
        // Where each event's encoding is, and each event's words'.
        var events: [Range<Int>] = [], words: [Range<Int>] = []
        events.reserveCapacity(timeline.events.count)
        words.reserveCapacity(timeline.words.count)
        writer.array(timeline.events) { w, event in
            let start = w.count
            w.event(event)
            events.append(start..<w.count)
        }
        writer.array(timeline.words) { w, numbers in
            let start = w.count
            w.uint64s(numbers)
            words.append(start..<w.count)
        }
        ends.append(writer.count)
        writer.string(search.terms)
        writer.smallInts(search.weights)
        writer.string(search.snippet)
        ends.append(writer.count)
        writer.uint64s(story.terms)
        writer.smallInts(story.counts)
        writer.uint64s(story.names)
        ends.append(writer.count)
        let bytes = writer.bytes
        var hashes: [UInt64] = []
        hashes.reserveCapacity(events.count)
        var joined: [UInt8] = []
        bytes.withUnsafeBufferPointer { bytes in
            for (event, words) in zip(events, words) {
                joined.removeAll(keepingCapacity: true)
                joined.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[event]))
                joined.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[words]))
                hashes.append(ContentHash.hash(joined))
            }
        }
        let lengths = (Int32(ends[0]), Int32(ends[1] - ends[0]), Int32(ends[2] - ends[1]), Int32(ends[3] - ends[2]))
        return (DigestDetails(storage: .memory(bytes), lengths: lengths), hashes)
    }

    private init(storage: Storage, lengths: (Int32, Int32, Int32, Int32)) {
        self.storage = storage
        self.lengths = lengths
    }

    /// Details stored at `offset` of `file`, with these section lengths.
    init(file: AppendOnlyFile, offset: Int, lengths: [Int]) {
        storage = .file(file, offset: offset)
        self.lengths = (Int32(lengths[0]), Int32(lengths[1]), Int32(lengths[2]), Int32(lengths[3]))
    }

    /// The length of each section, in `Section` order.
    var sectionLengths: [Int] { [Int(lengths.0), Int(lengths.1), Int(lengths.2), Int(lengths.3)] }

    /// Where the details start in `file`, when they are stored there.
    func offset(in file: AppendOnlyFile) -> Int? {
        if case .file(let stored, let offset) = storage, stored === file { return offset }
        return nil
    }

    /// The same details, appended to `file` unless they are in it already; nil when they cannot
    /// be read or written.
    func stored(in file: AppendOnlyFile) -> DigestDetails? {
        // Details a build appended to are there as long as the file was not cut short.
        if let offset = offset(in: file) { return offset + sectionLengths.reduce(0, +) <= file.byteCount ? self : nil }
        guard let bytes = bytes(from: 0, count: sectionLengths.reduce(0, +)), let offset = file.append(bytes) else { return nil }
        return DigestDetails(file: file, offset: offset, lengths: sectionLengths)
    }

    /// The encoded bytes of `section`.
    private func bytes(of section: Section) -> [UInt8] {
        let lengths = sectionLengths
        return bytes(from: lengths[..<section.rawValue].reduce(0, +), count: lengths[section.rawValue]) ?? []
    }

    private func bytes(from start: Int, count: Int) -> [UInt8]? {
        switch storage {
        case .memory(let bytes): Array(bytes[start..<start + count])
        case .file(let file, let offset): file.read(at: offset + start, count: count)
        }
    }

    /// Decodes `section` with `read`; a section that does not decode reads as `empty` (the
    /// details of this build are written by this build, so that never happens in practice).
    private func decode<T>(_ section: Section, empty: T, _ read: (inout BinaryReader) throws -> T) -> T {
        var reader = BinaryReader(bytes(of: section))
        guard let value = try? read(&reader), reader.isAtEnd else { return empty }
        return value
    }

    /// Quotes for the people pages.
    var personQuotes: [BriefDigest.PersonQuote] {
        decode(.people, empty: []) { r in
            try r.array { r in
                BriefDigest.PersonQuote(speaker: try r.string(), text: try r.string(), role: try r.optional(), paragraph: try r.int())
            }
        }
    }

    /// The brief's timeline events and their words.
    var timeline: Timeline {
        decode(.timeline, empty: Timeline()) { r in
            let events = try r.array { try $0.event() }
            let words = try r.array { try $0.uint64s() }
            guard words.count == events.count else { throw BinaryReader.Damaged() }
            return Timeline(events: events, words: words)
        }
    }

    /// The events at `positions` (ascending, each once) of the brief's timeline, and their
    /// words in the same order, the others skipped without being decoded; none when the
    /// details cannot be read back.
    func timelineEvents(at positions: [Int]) -> (events: [Event], words: [[UInt64]]) {
        decode(.timeline, empty: ([], [])) { r in
            let count = try r.count()
            var events: [Event] = []
            events.reserveCapacity(positions.count)
            var next = 0
            for position in 0..<count {
                if next < positions.count, positions[next] == position {
                    events.append(try r.event())
                    next += 1
                } else {
                    try r.skipEvent()
                }
            }
            guard next == positions.count, try r.count() == count else { throw BinaryReader.Damaged() }
            var words: [[UInt64]] = []
            words.reserveCapacity(positions.count)
            next = 0
            for position in 0..<count {
                if next < positions.count, positions[next] == position {
                    words.append(try r.uint64s())
                    next += 1
                } else {
                    try r.skipUInt64s()
                }
            }
            return (events, words)
        }
    }

    var search: Search {
        decode(.search, empty: Search()) { r in
            Search(terms: try r.string(), weights: try r.smallInts(as: UInt8.self), snippet: try r.string())
        }
    }

    var story: StoryWords {
        decode(.story, empty: StoryWords()) { r in
            let terms = try r.uint64s()
            let counts = try r.smallInts(as: Int32.self)
            guard counts.count == terms.count else { throw BinaryReader.Damaged() }
            return StoryWords(terms: terms, counts: counts, names: try r.uint64s())
        }
    }
}
