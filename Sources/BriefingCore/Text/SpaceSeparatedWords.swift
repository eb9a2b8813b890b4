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

    private mutating func nextByBytes() -> Substring? {
        let bytes = rest.utf8
        if backward {
            var end = bytes.endIndex
            while end != bytes.startIndex, bytes[bytes.index(before: end)] == 0x20 { end = bytes.index(before: end) }
            guard end != bytes.startIndex else {
                rest = rest[..<rest.startIndex]
                return nil
            }
            let start = bytes[..<end].lastIndex(of: 0x20).map { bytes.index(after: $0) } ?? bytes.startIndex
            defer { rest = rest[..<start] }
            return rest[start..<end]
        }
        var start = bytes.startIndex
        while start != bytes.endIndex, bytes[start] == 0x20 { bytes.formIndex(after: &start) }
        guard start != bytes.endIndex else {
            rest = rest[rest.endIndex...]
            return nil
        }
        let end = bytes[start...].firstIndex(of: 0x20) ?? bytes.endIndex
        defer { rest = rest[end...] }
        return rest[start..<end]
    }
}
