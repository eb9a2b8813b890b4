import Testing
@testable import BriefingCore

/// `ByteBuffer` writes through a pointer what `YAMLFields` used to append to an array: the
/// bytes must be those the array appends give, across growth.
@Suite("Byte buffer")
struct ByteBufferTests {
    /// Arrays of bytes write numbers with the same digit writer (`DecimalDigits`).
    @Test func byteArraysWriteDigitsAsStringsDo() {
        for value in [0, 7, 9, 10, 99, 100, 101, -1, -9, -10, -45, 1_000_000, Int.max, Int.min] {
            var bytes: [UInt8] = [0x7C]
            bytes.append(digitsOf: value)
            #expect(bytes == [0x7C] + Array(String(value).utf8), "\(value)")
        }
    }

    @Test func writesWhatArrayAppendsWrite() {
        let buffer = ByteBuffer(capacity: 16)
        var expected: [UInt8] = []
        for value in [0, 7, 9, 10, 99, 100, 101, -1, -45, 1_000_000, Int.max, Int.min] {
            buffer.append(digitsOf: value)
            expected += Array(String(value).utf8)
            buffer.append(spaces: 3)
            expected += [0x20, 0x20, 0x20]
        }
        buffer.append(spaces: 0)
        buffer.append(spaces: -2)
        buffer.append(literal: "“quoted” — dash – en: ")
        expected += Array("“quoted” — dash – en: ".utf8)
        for text in ["Zürich’s café", "", String(repeating: "long text ", count: 40)] {
            buffer.append(text)
            expected += Array(text.utf8)
            buffer.append(0x0A)
            expected.append(0x0A)
        }
        #expect(buffer.withUnsafeBufferPointer(Array.init) == expected)
    }

    @Test func stringIsTheTextWritten() {
        let buffer = ByteBuffer(capacity: 4)
        buffer.append(literal: "# ")
        buffer.append("Zürich’s “café” — open – ")
        buffer.append(digitsOf: 24)
        buffer.append(0x0A)
        #expect(buffer.string() == "# Zürich’s “café” — open – 24\n")
        #expect(ByteBuffer().string() == "")
    }

    /// A buffer shared by two holders (a `YAMLFields` copied, say) stays one buffer: what either
    /// writes is kept, and growing it leaves no holder with freed memory.
    @Test func copiesShareOneBuffer() {
        struct Holder { let buffer: ByteBuffer }
        let first = Holder(buffer: ByteBuffer(capacity: 16))
        let second = first
        first.buffer.append(literal: "one ")
        second.buffer.append(String(repeating: "grown ", count: 20))
        first.buffer.append(literal: "two")
        #expect(second.buffer.string() == "one " + String(repeating: "grown ", count: 20) + "two")
    }
}
