/// The words of a text between spaces, as `split(separator: " ")` gives them (no empty
/// words), read lazily from the front, or from the back when `backward`: a reader that stops
/// after a few words does not split the whole text. Plain text (`PlainText`) is split at its
/// space bytes, which are its space characters; other text is read by characters, as a space
/// followed by a combining mark (or after a prepended mark) is not a character of its own.
struct SpaceSeparatedWords: Sequence, IteratorProtocol {
    private var rest: Substring
    private let backward: Bool
    private let plain: Bool

    init(_ text: Substring, backward: Bool = false) {
        rest = text
        self.backward = backward
        plain = text.utf8.withContiguousStorageIfAvailable(PlainText.isPlain) ?? false
    }

    mutating func next() -> Substring? {
        plain ? nextByBytes() : nextByCharacters()
    }

    private mutating func nextByCharacters() -> Substring? {
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

    /// The next word of plain text: its bounds found as byte offsets on the text's contiguous
    /// bytes, then made indices once.
    private mutating func nextByBytes() -> Substring? {
        let backward = backward
        let found = rest.utf8.withContiguousStorageIfAvailable { bytes in
            PlainText.word(in: bytes, within: bytes.indices, backward: backward)
        }
        guard let found else { return nextByCharacters() }
        let utf8 = rest.utf8
        guard let found else {
            rest = rest[rest.endIndex...]
            return nil
        }
        let start = utf8.index(utf8.startIndex, offsetBy: found.lowerBound), end = utf8.index(utf8.startIndex, offsetBy: found.upperBound)
        defer { rest = backward ? rest[..<start] : rest[end...] }
        return rest[start..<end]
    }
}
