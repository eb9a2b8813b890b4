/// Bytes written through a pointer and grown by doubling: each append is a bounds check and a
/// copy, without the uniqueness and capacity checks of an array's appends (a front matter makes
/// hundreds of small ones). A class, so that the memory it allocates has one owner however the
/// buffer is passed, and is freed when the last reference goes (also when a writer throws);
/// `withUnsafeBufferPointer` and `string()` hand over what was written. Its stored properties are
/// used by one writer at a time, so their accesses are not checked for exclusivity at run time.
final class ByteBuffer: UTF8Output {
    @exclusivity(unchecked) private var base: UnsafeMutablePointer<UInt8>
    /// The number of bytes written.
    @exclusivity(unchecked) private(set) var count = 0
    @exclusivity(unchecked) private var capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base[count] = byte
        count += 1
    }

    func append(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (base + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    func append(_ text: String) {
        var text = text
        text.withUTF8 { append(utf8: $0) }
    }

    /// Appends the bytes of a literal.
    @inline(__always)
    func append(literal text: StaticString) {
        append(utf8: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends `count` spaces (none when `count` is not positive).
    func append(spaces count: Int) {
        guard count > 0 else { return }
        if self.count + count > capacity { grow(toHold: self.count + count) }
        (base + self.count).initialize(repeating: 0x20, count: count)
        self.count += count
    }

    /// Forgets the bytes written, keeping their storage for the next ones.
    func removeAll() { count = 0 }

    /// The last byte written; nil before any.
    var last: UInt8? { count > 0 ? base[count - 1] : nil }

    /// Lets `write` put up to `room` bytes through a pointer to the end, and keeps as many as
    /// it returns: small pieces in a row (a key and what goes before it) written after one
    /// check of the capacity, not one each.
    @inline(__always)
    func append(upTo room: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        if count + room > capacity { grow(toHold: count + room) }
        count += write(base + count)
    }

    /// Appends the decimal digits of `value`, after "-" when it is negative, as `String(value)` writes them.
    func append(digitsOf value: Int) {
        DecimalDigits.forEachByte(of: value) { append($0) }
    }

    private func grow(toHold needed: Int) {
        let larger = max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.moveInitialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }

    /// Appends the bytes written to `other`.
    func append(_ other: ByteBuffer) {
        other.withUnsafeBufferPointer(append(utf8:))
    }

    /// Calls `body` with the bytes written, for a file written or a page inserted from them
    /// without copying them first.
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    /// The bytes written, as a string.
    func string() -> String {
        String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    }
}
