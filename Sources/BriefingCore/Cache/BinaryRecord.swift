/// A compact binary encoding for the build cache's own files: variable-length integers and
/// length-prefixed UTF-8 strings, read back in the order written. Far cheaper to read than
/// JSON through `JSONDecoder`, which matters when every build reads a record per article.
import Foundation

struct BinaryWriter {
    /// What is written, through a pointer: a record is thousands of small appends, each an
    /// array's uniqueness and capacity checks before (a `ByteBuffer`'s one bounds check).
    /// A writer is not copied while it writes (the buffer is not copied with it).
    private let buffer: ByteBuffer
    /// Writes to the file `writeFile` is writing, which takes the bytes a megabyte at a time.
    private var sink: ((UnsafeRawBufferPointer) throws -> Void)?

    /// Writes the file at `path` atomically as `body` writes it; `body` calls `flushIfFull()`
    /// between records so that a cache file of tens of MB is never held whole in memory. The
    /// file is left as it was when writing fails. The folder is made only when the file cannot be opened
    /// for lack of it, not asked about before each of the thousands of entries a build writes.
    static func writeFile(_ path: String, _ body: (inout BinaryWriter) throws -> Void) {
        var opened = false
        func write() throws {
            try StagedFile.replace(path) { write in
                opened = true
                // The writer lives only for this call.
                try withoutActuallyEscaping(write) { write in
                    // Room for a cached brief at once, not grown by doubling from nothing.
                    var writer = BinaryWriter(capacity: initialCapacity)
                    writer.sink = write
                    try body(&writer)
                    try writer.flush()
                }
            }
        }
        do {
            try write()
        } catch let error as POSIXError where !opened && error.code == .ENOENT {
            if let slash = path.lastIndex(of: "/") {
                try? FileManager.default.createDirectory(atPath: String(path[..<slash]), withIntermediateDirectories: true)
            }
            try? write()
        } catch {}
    }

    /// What `writeFile` reserves for the bytes it is given: more than most cached briefs hold.
    private static let initialCapacity = 1 << 16

    /// A writer with room for `capacity` bytes: for a caller that knows about how many it
    /// writes, so that they are not grown by doubling from nothing.
    init(capacity: Int) { buffer = ByteBuffer(capacity: capacity) }

    init() { buffer = ByteBuffer(capacity: 256) }

    /// The number of bytes written (since the last `clear()` or flush).
    var count: Int { buffer.count }

    /// A copy of the bytes written (since the last `clear()` or flush).
    var bytes: [UInt8] { buffer.withUnsafeBufferPointer { Array($0) } }

    /// Calls `body` with the bytes written, not copied.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try buffer.withUnsafeBufferPointer(body)
    }

    /// Forgets the bytes written so far, keeping their storage for the next ones.
    mutating func clear() { buffer.removeAll() }

    /// Hands the bytes written so far to the file once they are a megabyte or more.
    mutating func flushIfFull() throws {
        if buffer.count >= 1 << 20 { try flush() }
    }

    private mutating func flush() throws {
        guard let sink else { return }
        try buffer.withUnsafeBufferPointer { try sink(UnsafeRawBufferPointer($0)) }
        buffer.removeAll()
    }

    mutating func int(_ value: Int) {
        var v = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)  // zig-zag
        // At most ten bytes of seven bits, written after one check of the room.
        buffer.append(upTo: 10) { out in
            var n = 0
            while v >= 0x80 {
                out[n] = UInt8(truncatingIfNeeded: v) | 0x80
                v >>= 7
                n += 1
            }
            out[n] = UInt8(truncatingIfNeeded: v)
            return n + 1
        }
    }

    mutating func bool(_ value: Bool) { buffer.append(value ? 1 : 0) }

    mutating func uint64(_ value: UInt64) {
        buffer.append(upTo: 8) { out in
            UnsafeMutableRawPointer(out).storeBytes(of: value.littleEndian, as: UInt64.self)
            return 8
        }
    }

    /// Appends the bytes another writer made.
    mutating func raw(_ other: BinaryWriter) { other.withBytes(buffer.append(utf8:)) }

    /// Strings of this many UTF-8 bytes or more are written once in a record that shares its
    /// strings (`shareStrings`), and as a reference to that first writing after it.
    static let shareableLength = 24

    /// The shareable strings written so far; nil until `shareStrings` is called.
    private var shared: SharedStrings?

    /// Writes each long string (`shareableLength`) once from here on, and each time after
    /// that as a reference to the first: a cached brief holds the same sentences many times
    /// (a figure's context, an event's text, a key quote's copy), and so is written in well
    /// under half the bytes. Only a `BinaryReader` that calls its `shareStrings` at the same
    /// point reads it back.
    mutating func shareStrings() { shared = SharedStrings() }

    mutating func string(_ value: String) {
        // The string's bytes reached once, for its length, its earlier writing and its copy.
        UTF8Scan.withBytes(value) { bytes in
            // A string written before is written as its index, negative (a length is not).
            if bytes.count >= Self.shareableLength, shared != nil, let index = shared!.earlierIndex(of: value, bytes: bytes) {
                return int(-1 - index)
            }
            int(bytes.count)
            buffer.append(utf8: bytes)
        }
    }

    /// Writes the UTF-8 `bytes` as `string` writes the string they make (never shared).
    mutating func utf8(_ bytes: ByteBuffer) {
        bytes.withUnsafeBufferPointer { utf8($0) }
    }

    /// Writes the UTF-8 `bytes` as `string` writes the string they make (never shared).
    mutating func utf8(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { utf8($0) }
    }

    private mutating func utf8(_ bytes: UnsafeBufferPointer<UInt8>) {
        int(bytes.count)
        buffer.append(utf8: bytes)
    }

    mutating func optional(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    mutating func strings(_ values: [String]) {
        array(values) { $0.string($1) }
    }

    mutating func array<T>(_ values: [T], _ write: (inout BinaryWriter, T) -> Void) {
        int(values.count)
        // Each value lent to `write` where the array holds it, not copied out (its strings retained).
        values.withUnsafeBufferPointer { values in
            for index in values.indices { write(&self, values[index]) }
        }
    }

    /// `array(values) { $0.uint64($1) }`: the count, then each value's eight bytes, little end
    /// first, appended at once.
    mutating func uint64s(_ values: [UInt64]) {
        int(values.count)
        buffer.append(upTo: 8 * values.count) { out in
            let raw = UnsafeMutableRawPointer(out)
            for (k, value) in values.enumerated() { raw.storeBytes(of: value.littleEndian, toByteOffset: 8 * k, as: UInt64.self) }
            return 8 * values.count
        }
    }

    /// The four bytes of each of `values`, little end first, appended at once (no count: the
    /// reader is told how many, `int32s(count:)`).
    mutating func rawInt32s(_ values: ArraySlice<Int32>) {
        buffer.append(upTo: 4 * values.count) { out in
            let raw = UnsafeMutableRawPointer(out)
            for (k, value) in values.enumerated() { raw.storeBytes(of: value.littleEndian, toByteOffset: 4 * k, as: Int32.self) }
            return 4 * values.count
        }
    }

    /// The bytes of `values`, appended at once (no count: the reader is told how many,
    /// `uint8s(count:)`).
    mutating func rawBytes(_ values: ArraySlice<UInt8>) {
        guard !values.isEmpty else { return }
        buffer.append(upTo: values.count) { out in
            values.withUnsafeBufferPointer { UnsafeMutableRawPointer(out).copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
            return values.count
        }
    }

    /// `array(values) { $0.int(Int($1)) }` of values that are not negative: the count, then each
    /// value, appended at once when all are below 64 (each one byte, `int`'s zig-zag of it).
    mutating func smallInts<T: BinaryInteger>(_ values: [T]) {
        guard values.allSatisfy({ $0 >= 0 && $0 < 64 }) else { return array(values) { $0.int(Int($1)) } }
        int(values.count)
        // Written in place, not mapped to an array of their own first.
        buffer.append(upTo: values.count) { out in
            for (k, value) in values.enumerated() { out[k] = UInt8(truncatingIfNeeded: value) << 1 }
            return values.count
        }
    }
}

/// Reads what `BinaryWriter` wrote; any inconsistency throws, so a damaged file is never
/// half-trusted.
struct BinaryReader {
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private var position: Int
    /// Where the bytes this reader may read end.
    private let end: Int

    init(_ bytes: [UInt8]) { self.init(bytes, range: bytes.indices) }

    /// A reader of `range` of `bytes` alone (the array is shared, not copied).
    init(_ bytes: [UInt8], range: Range<Int>) {
        self.bytes = bytes
        position = range.lowerBound
        end = range.upperBound
    }

    var isAtEnd: Bool { position == end }

    /// Where the next read starts.
    var offset: Int { position }

    /// Moves past `count` bytes (a count read with `count()`, so never past the end).
    mutating func skip(_ count: Int) { position += count }


    /// A whole number `BinaryWriter.int` wrote (zigzag, then seven bits a byte). Most fit one
    /// byte, read here in line; a longer one is read by `longInt` (a cache of 10,000 digests
    /// holds about 600,000 numbers, read at the start of every rebuild).
    @inline(__always)
    mutating func int() throws -> Int {
        if position < end {
            let byte = bytes[position]
            if byte < 0x80 {
                position += 1
                return Int(byte >> 1) ^ -Int(byte & 1)
            }
        }
        return try longInt()
    }

    /// `int()` of a number of more than one byte (or one past the end, which throws). Two or
    /// three bytes (days since 1970, years, lengths: most such numbers) are read without the loop.
    private mutating func longInt() throws -> Int {
        if position + 2 < end {
            let first = UInt64(bytes[position] & 0x7F), second = bytes[position + 1]
            if second < 0x80 {
                position += 2
                return Self.unzigzag(first | UInt64(second) << 7)
            }
            let third = bytes[position + 2]
            if third < 0x80 {
                position += 3
                return Self.unzigzag(first | UInt64(second & 0x7F) << 7 | UInt64(third) << 14)
            }
        }
        var v: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard position < end, shift < 64 else { throw Damaged() }
            let byte = bytes[position]
            position += 1
            v |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Self.unzigzag(v)
    }

    /// The number whose zig-zag encoding is `v`.
    @inline(__always)
    private static func unzigzag(_ v: UInt64) -> Int {
        Int(Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1))
    }

    /// A count of items that cannot be larger than the bytes left.
    mutating func count() throws -> Int {
        let n = try int()
        guard n >= 0, n <= end - position else { throw Damaged() }
        return n
    }

    mutating func bool() throws -> Bool {
        guard position < end, bytes[position] <= 1 else { throw Damaged() }
        position += 1
        return bytes[position - 1] == 1
    }

    mutating func uint64() throws -> UInt64 {
        guard end - position >= 8 else { throw Damaged() }
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(bytes[position + i]) << (8 * UInt64(i)) }
        position += 8
        return v
    }

    /// An array of `uint64`s written by `array(_:)`, read in one pass over its bytes rather
    /// than value by value (a digest holds hundreds: its repeat sample and story words).
    mutating func uint64s() throws -> [UInt64] {
        let n = try count()
        guard n <= (end - position) / 8 else { throw Damaged() }
        let start = position
        position += 8 * n
        return [UInt64](unsafeUninitializedCapacity: n) { out, initialized in
            copyValues(at: start, into: out)
            for k in 0..<n { out[k] = UInt64(littleEndian: out[k]) }
            initialized = n
        }
    }

    /// Moves past an array `uint64s()` would read.
    mutating func skipUInt64s() throws {
        let n = try count()
        guard n <= (end - position) / 8 else { throw Damaged() }
        position += 8 * n
    }

    /// Copies the bytes at `start` into `out`, as many as it holds: values read at once, their
    /// byte order turned by the caller (a no-op on little-endian machines, which the optimizer drops).
    private func copyValues<Value>(at start: Int, into out: UnsafeMutableBufferPointer<Value>) {
        guard let base = out.baseAddress, !out.isEmpty else { return }
        bytes.withUnsafeBytes { raw in
            UnsafeMutableRawPointer(base).copyMemory(from: raw.baseAddress! + start, byteCount: MemoryLayout<Value>.stride * out.count)
        }
    }

    /// What `smallInts` wrote, each value as `T(truncatingIfNeeded:)` of its `int()`: when every
    /// value is one byte (all below 64, as `smallInts` writes them at once), read in one pass
    /// over those bytes; else value by value.
    mutating func smallInts<T: FixedWidthInteger>(as type: T.Type) throws -> [T] {
        let n = try count()
        let start = position
        let single = bytes.withUnsafeBufferPointer { bytes in
            var any: UInt8 = 0
            for k in start..<start + n { any |= bytes[k] }
            return any < 0x80
        }
        guard single else { return try (0..<n).map { _ in T(truncatingIfNeeded: try int()) } }
        position += n
        return [T](unsafeUninitializedCapacity: n) { out, initialized in
            bytes.withUnsafeBufferPointer { bytes in
                for k in 0..<n {
                    let byte = bytes[start + k]
                    out[k] = T(truncatingIfNeeded: Int(byte >> 1) ^ -Int(byte & 1))
                }
            }
            initialized = n
        }
    }

    /// `count` values `rawInt32s` wrote, read in one pass over their bytes.
    mutating func int32s(count n: Int) throws -> [Int32] {
        guard n >= 0, n <= (end - position) / 4 else { throw Damaged() }
        let start = position
        position += 4 * n
        return [Int32](unsafeUninitializedCapacity: n) { out, initialized in
            copyValues(at: start, into: out)
            for k in 0..<n { out[k] = Int32(littleEndian: out[k]) }
            initialized = n
        }
    }

    /// `count` bytes `rawBytes` wrote, copied at once.
    mutating func uint8s(count n: Int) throws -> [UInt8] {
        guard n >= 0, n <= end - position else { throw Damaged() }
        defer { position += n }
        return Array(bytes[position..<position + n])
    }

    /// The long strings read so far, in order, when the record shares its strings
    /// (`BinaryWriter.shareStrings`); nil when it does not.
    private var shared: [String]?

    /// Reads a record that `BinaryWriter.shareStrings` wrote from this point on.
    mutating func shareStrings() { shared = [] }

    mutating func string() throws -> String {
        let n = try int()
        if n < 0 {
            // A string written before: its index, negative.
            guard let shared, ~n < shared.count else { throw Damaged() }
            return shared[~n]
        }
        guard n <= end - position else { throw Damaged() }
        defer { position += n }
        let value = bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[position..<position + n]), as: UTF8.self) }
        if shared != nil, n >= BinaryWriter.shareableLength { shared!.append(value) }
        return value
    }

    /// The UTF-8 bytes of the string `string()` would read, neither copied nor checked (a
    /// record that shares its strings reads it as a string).
    mutating func stringBytes() throws -> ArraySlice<UInt8> {
        guard shared == nil else { return ArraySlice(try string().utf8) }
        let n = try count()
        defer { position += n }
        return bytes[position..<position + n]
    }

    /// Moves past a string `string()` would read (reading it when the record shares its
    /// strings, as a later one may refer to it).
    mutating func skipString() throws {
        if shared != nil { _ = try string() } else { skip(try count()) }
    }

    mutating func optional() throws -> String? {
        try bool() ? try string() : nil
    }

    mutating func strings() throws -> [String] {
        try array { try $0.string() }
    }

    mutating func array<T>(_ read: (inout BinaryReader) throws -> T) throws -> [T] {
        let n = try count()
        var values: [T] = []
        values.reserveCapacity(n)
        for _ in 0..<n { values.append(try read(&self)) }
        return values
    }
}
