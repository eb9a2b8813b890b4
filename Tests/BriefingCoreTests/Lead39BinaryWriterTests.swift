import Foundation
import Testing

@testable import BriefingCore

/// `BinaryWriter` writes through a `ByteBuffer` and finds shared strings in a hashed table:
/// the bytes must be those of the format as first written, an array of bytes appended to one
/// value at a time and shared strings sought among all earlier ones in order (`Plain`).
@Suite("Binary records: the writer's bytes")
struct Lead39BinaryWriterTests {
    /// The record format written the plain way.
    private struct Plain {
        var bytes: [UInt8] = []
        var shared: [[UInt8]]?

        mutating func int(_ value: Int) {
            var v = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
            while v >= 0x80 {
                bytes.append(UInt8(v & 0x7F) | 0x80)
                v >>= 7
            }
            bytes.append(UInt8(v))
        }

        mutating func string(_ value: String) {
            let utf8 = Array(value.utf8)
            if shared != nil, utf8.count >= BinaryWriter.shareableLength {
                if let index = shared!.firstIndex(of: utf8) { return int(-1 - index) }
                shared!.append(utf8)
            }
            int(utf8.count)
            bytes += utf8
        }

        mutating func uint64(_ value: UInt64) {
            for k in 0..<8 { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(k)))) }
        }
    }

    /// The seeds' lines, with lines that share their length and first and last eight bytes with
    /// another but not the bytes between, and canonically equivalent lines of other bytes.
    private static func texts() throws -> [String] {
        let lines = try Repo.seedLines().map(String.init)
        var texts = lines
        for line in lines where line.utf8.count > 20 {
            let bytes = Array(line.utf8)
            var other = bytes
            other[bytes.count / 2] = bytes[bytes.count / 2] == 0x41 ? 0x42 : 0x41
            if let text = String(validating: other, as: UTF8.self) { texts.append(text) }
        }
        texts += ["", "é", "The café on the corner said it would close in June.", "The cafe\u{301} on the corner said it would close in June."]
        return texts
    }

    @Test func recordsOfManyValuesHaveThePlainBytes() throws {
        let texts = try Self.texts()
        var numbers = SeededGenerator(state: 39)
        var mismatches = 0
        for record in 0..<60 {
            var writer = record.isMultiple(of: 2) ? BinaryWriter() : BinaryWriter(capacity: 7)
            var plain = Plain()
            // Records of up to a few thousand values, some sharing strings from the start, some
            // from the middle, some not at all; strings picked so that most come back.
            let values = Int.random(in: 1...4000, using: &numbers)
            let sharingAt = record % 3 == 2 ? -1 : Int.random(in: 0..<values, using: &numbers)
            let pool = Int.random(in: 1...texts.count, using: &numbers)
            for k in 0..<values {
                if k == sharingAt {
                    writer.shareStrings()
                    plain.shared = []
                }
                switch Int.random(in: 0..<8, using: &numbers) {
                case 0:
                    let value = Int.random(in: Int.min...Int.max, using: &numbers) >> Int.random(in: 0..<64, using: &numbers)
                    writer.int(value)
                    plain.int(value)
                case 1:
                    let value = Bool.random(using: &numbers)
                    writer.bool(value)
                    plain.bytes.append(value ? 1 : 0)
                case 2:
                    let value = UInt64.random(in: 0...UInt64.max, using: &numbers)
                    writer.uint64(value)
                    plain.uint64(value)
                case 3:
                    let values = (0..<Int.random(in: 0..<40, using: &numbers)).map { _ in UInt64.random(in: 0...UInt64.max, using: &numbers) }
                    writer.uint64s(values)
                    plain.int(values.count)
                    values.forEach { plain.uint64($0) }
                case 4:
                    let limit = Bool.random(using: &numbers) ? 63 : 300
                    let values = (0..<Int.random(in: 0..<40, using: &numbers)).map { _ in Int.random(in: 0...limit, using: &numbers) }
                    writer.smallInts(values)
                    plain.int(values.count)
                    values.forEach { plain.int($0) }
                default:
                    let text = texts[Int.random(in: 0..<pool, using: &numbers)]
                    writer.string(text)
                    plain.string(text)
                }
            }
            if writer.bytes != plain.bytes { mismatches += 1 }
            #expect(writer.count == plain.bytes.count)
        }
        #expect(mismatches == 0)
    }

    @Test func aClearedWriterAndACopiedOneWriteTheirBytes() {
        var one = BinaryWriter(), all = BinaryWriter()
        var plain = Plain()
        for k in 0..<500 {
            one.clear()
            one.string(String(repeating: "word ", count: k % 37))
            one.int(-k * 1_000_003)
            all.int(one.count)
            all.raw(one)
            var record = Plain()
            record.string(String(repeating: "word ", count: k % 37))
            record.int(-k * 1_000_003)
            plain.int(record.bytes.count)
            plain.bytes += record.bytes
        }
        #expect(all.bytes == plain.bytes)
        all.withBytes { #expect(Array($0) == plain.bytes) }
    }

    @Test func aFileWrittenInPiecesHoldsEveryByte() throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("record").path
        let texts = try Self.texts()
        var plain = Plain()
        // Several megabytes, so that the writer hands its bytes to the file more than once.
        BinaryWriter.writeFile(path) { writer in
            for round in 0..<300 {
                for text in texts {
                    writer.string(text)
                    writer.int(round)
                }
                try writer.flushIfFull()
            }
        }
        for round in 0..<300 {
            for text in texts {
                plain.string(text)
                plain.int(round)
            }
        }
        #expect(plain.bytes.count > 3 << 20)
        #expect(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))) == plain.bytes)
    }
}
