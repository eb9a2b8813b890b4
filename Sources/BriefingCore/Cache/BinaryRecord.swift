/// A compact binary encoding for the build cache's own files: variable-length integers and
/// length-prefixed UTF-8 strings, read back in the order written. Far cheaper to read than
/// JSON through `JSONDecoder`, which matters when every build reads a record per article.
import Foundation

struct BinaryWriter {
    private(set) var bytes: [UInt8] = []
    /// Words written with `word(_:)`, each once, in order of first use: a record then holds
    /// a small number per word, and the words are written once for all records (`vocabulary`).
    private(set) var words: [String] = []
    private var wordIDs: [String: Int] = [:]

    /// A word of a vocabulary shared by many records (a search term, a content word).
    mutating func word(_ value: String) {
        if let id = wordIDs[value] { return int(id) }
        wordIDs[value] = words.count
        int(words.count)
        words.append(value)
    }

    mutating func words(_ values: [String]) {
        int(values.count)
        for value in values { word(value) }
    }

    mutating func int(_ value: Int) {
        var v = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)  // zig-zag
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func uint64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ value: String) {
        int(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func optional(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    mutating func strings(_ values: [String]) {
        int(values.count)
        for value in values { string(value) }
    }

    mutating func array<T>(_ values: [T], _ write: (inout BinaryWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }

    /// Writes `words` after what was written and sets the eight bytes at `slot` (written
    /// with `uint64(0)`) to where they start, so that a reader finds the vocabulary first.
    mutating func finishWithVocabulary(slot: Int) {
        let start = UInt64(bytes.count)
        strings(words)
        withUnsafeBytes(of: start.littleEndian) { for (i, byte) in $0.enumerated() { bytes[slot + i] = byte } }
    }

    /// Writes the bytes to `url` atomically, without copying them (cache files can be tens of MB).
    func write(to url: URL) {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            try? Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count, deallocator: .none).write(to: url, options: .atomic)
        }
    }
}

/// Reads what `BinaryWriter` wrote; any inconsistency throws, so a damaged file is never
/// half-trusted.
struct BinaryReader {
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private var position = 0
    /// The words `word()` refers to (see `BinaryWriter.word`).
    var vocabulary: [String] = []

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func word() throws -> String {
        let id = try int()
        guard id >= 0, id < vocabulary.count else { throw Damaged() }
        return vocabulary[id]
    }

    mutating func words() throws -> [String] {
        let n = try count()
        var values: [String] = []
        values.reserveCapacity(n)
        for _ in 0..<n { values.append(try word()) }
        return values
    }

    var isAtEnd: Bool { position == bytes.count }

    /// Reads the vocabulary written by `finishWithVocabulary`, whose start is the next eight
    /// bytes, and goes on after those eight bytes; returns where the vocabulary starts (the
    /// end of the records).
    mutating func readVocabulary() throws -> Int {
        let start = try uint64()
        guard start <= UInt64(bytes.count) else { throw Damaged() }
        let resume = position
        position = Int(start)
        vocabulary = try strings()
        guard isAtEnd else { throw Damaged() }
        position = resume
        return Int(start)
    }

    /// The offset of the next byte to read.
    var offset: Int { position }

    mutating func int() throws -> Int {
        var v: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Damaged() }
            let byte = bytes[position]
            position += 1
            v |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1))
    }

    /// A count of items that cannot be larger than the bytes left.
    mutating func count() throws -> Int {
        let n = try int()
        guard n >= 0, n <= bytes.count - position else { throw Damaged() }
        return n
    }

    mutating func bool() throws -> Bool {
        guard position < bytes.count, bytes[position] <= 1 else { throw Damaged() }
        position += 1
        return bytes[position - 1] == 1
    }

    mutating func uint64() throws -> UInt64 {
        guard bytes.count - position >= 8 else { throw Damaged() }
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(bytes[position + i]) << (8 * UInt64(i)) }
        position += 8
        return v
    }

    mutating func string() throws -> String {
        let n = try count()
        defer { position += n }
        return bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[position..<position + n]), as: UTF8.self) }
    }

    mutating func optional() throws -> String? {
        try bool() ? try string() : nil
    }

    mutating func strings() throws -> [String] {
        let n = try count()
        var values: [String] = []
        values.reserveCapacity(n)
        for _ in 0..<n { values.append(try string()) }
        return values
    }

    mutating func array<T>(_ read: (inout BinaryReader) throws -> T) throws -> [T] {
        let n = try count()
        var values: [T] = []
        values.reserveCapacity(n)
        for _ in 0..<n { values.append(try read(&self)) }
        return values
    }
}
