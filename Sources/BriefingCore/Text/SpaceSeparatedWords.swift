/// The words of a text between spaces, as `split(separator: " ")` gives them (no empty
/// words), read lazily from the front, or from the back when `backward`: a reader that stops
/// after a few words does not split the whole text.
struct SpaceSeparatedWords: Sequence, IteratorProtocol {
    private var rest: Substring
    private let backward: Bool

    init(_ text: Substring, backward: Bool = false) {
        rest = text
        self.backward = backward
    }

    mutating func next() -> Substring? {
        if backward {
            while rest.last == " " { rest.removeLast() }
            guard !rest.isEmpty else { return nil }
            let start = rest.lastIndex(of: " ").map { rest.index(after: $0) } ?? rest.startIndex
            defer { rest = rest[..<start] }
            return rest[start...]
        }
        while rest.first == " " { rest.removeFirst() }
        guard !rest.isEmpty else { return nil }
        let end = rest.firstIndex(of: " ") ?? rest.endIndex
        defer { rest = rest[end...] }
        return rest[..<end]
    }
}
