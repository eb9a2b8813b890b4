/// The decimal digits of a whole number, as `String(value)` writes them ("-" first when it
/// is negative), given byte by byte to whatever gathers them: the one digit writer of
/// `ByteBuffer.append(digitsOf:)` and `[UInt8].append(digitsOf:)`, which write numbers
/// into pages, keys and JSON without making a string of each.
enum DecimalDigits {
    /// Calls `body` with each byte of `value`'s decimal form, in order.
    @inline(__always)
    static func forEachByte(of value: Int, _ body: (UInt8) -> Void) {
        // A single digit (every search weight, most counts), with no divisor found first.
        if value >= 0, value < 10 { return body(0x30 &+ UInt8(truncatingIfNeeded: value)) }
        if value < 0 { body(0x2D) }
        var rest = value.magnitude
        var divisor: UInt = 1
        while divisor <= rest / 10 { divisor *= 10 }
        repeat {
            body(0x30 &+ UInt8(truncatingIfNeeded: rest / divisor))
            rest %= divisor
            divisor /= 10
        } while divisor > 0
    }
}

extension [UInt8] {
    /// Appends the decimal digits of `value`, after "-" when it is negative, as `String(value)` writes them.
    mutating func append(digitsOf value: Int) {
        DecimalDigits.forEachByte(of: value) { append($0) }
    }
}
