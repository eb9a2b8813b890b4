import Testing
@testable import BriefingCore

/// Cache keys are 64-bit hashes as 16 lower-case hex digits: the digits written in place must
/// be those of `String(_:radix:)`, padded with zeros.
@Suite("Content hash hex")
struct ContentHashHexTests {
    @Test(arguments: [UInt64(0), 1, 0xF, 0x10, 0xABCDEF, 0x0123_4567_89AB_CDEF, 0xFEDC_BA98_7654_3210, .max, 1 << 63, 0x8000_0000])
    func digitsMatchTheRadixString(_ value: UInt64) {
        let plain = String(value, radix: 16)
        #expect(ContentHash.hex(value) == String(repeating: "0", count: 16 - plain.count) + plain)
    }

    @Test func keysOfBytesAreSixteenHexDigits() {
        var generator = SeededGenerator(state: 43)
        for _ in 0..<200 {
            let bytes = (0..<Int.random(in: 0...40, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let key = ContentHash.hex(bytes)
            let plain = String(ContentHash.hash(bytes), radix: 16)
            #expect(key == String(repeating: "0", count: 16 - plain.count) + plain)
        }
    }
}
