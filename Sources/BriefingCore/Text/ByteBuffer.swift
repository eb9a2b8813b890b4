/// Bytes written through a pointer and grown by doubling: each append is a bounds check and a
/// copy, without the uniqueness and capacity checks of an array's appends (a front matter makes
/// hundreds of small ones). A value type over memory it allocates: it has one owner, which
/// passes it `inout` only and ends it with `take(appendingTo:)` or `string()`, which free the memory.
struct ByteBuffer: UTF8Output {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base[count] = byte
        count += 1
    }

    mutating func append(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(toHold: count + bytes.count) }
        (base + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(utf8: $0) }
    }

    /// Appends the bytes of a literal.
    @inline(__always)
    mutating func append(literal text: StaticString) {
        append(utf8: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends `count` spaces (none when `count` is not positive).
    mutating func append(spaces count: Int) {
        guard count > 0 else { return }
        if self.count + count > capacity { grow(toHold: self.count + count) }
        (base + self.count).initialize(repeating: 0x20, count: count)
        self.count += count
    }

    /// Appends the decimal digits of `value`, after "-" when it is negative, as `String(value)` writes them.
    mutating func append(digitsOf value: Int) {
        if value < 0 { append(0x2D) }
        let magnitude = value.magnitude
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        repeat {
            append(0x30 &+ UInt8(truncatingIfNeeded: magnitude / divisor % 10))
            divisor /= 10
        } while divisor > 0
    }

    private mutating func grow(toHold needed: Int) {
        let larger = max(needed, capacity * 2)
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.moveInitialize(from: base, count: count)
        base.deallocate()
        base = moved
        capacity = larger
    }

    /// Appends the bytes written to `out` and frees the memory: the buffer is not used again.
    consuming func take(appendingTo out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: base, count: count))
        base.deallocate()
    }

    /// The bytes written, as a string, and frees the memory: the buffer is not used again.
    consuming func string() -> String {
        defer { base.deallocate() }
        return String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
    }
}
