import Foundation
import Testing
@testable import BriefingCore

/// The last build's detail file, opened for reading, gives back the bytes written to it, and
/// so do the bytes this build appends after opening it; a read past its end gives nothing.
@Suite("Digest detail file reads")
struct AppendOnlyFileReadTests {
    @Test func storedAndAppendedBytesReadBackAsWritten() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        var generator = SeededGenerator(state: 7)
        func bytes(_ count: Int) -> [UInt8] { (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) } }
        let made = try #require(AppendOnlyFile(creatingIn: tmp, name: DigestStore.detailsName))
        let first = bytes(5000), second = bytes(70_000)
        let firstAt = try #require(made.append(first)), secondAt = try #require(made.append(second))
        let url = tmp.appendingPathComponent("digest-details")
        made.commit(as: url)

        let read = try #require(AppendOnlyFile(reading: url))
        #expect(read.identity == made.identity)
        #expect(read.read(at: firstAt, count: first.count) == first)
        #expect(read.read(at: secondAt, count: second.count) == second)
        #expect(read.read(at: secondAt + 100, count: 900) == Array(second[100..<1000]))
        // Appended after the file was opened.
        let third = bytes(3000)
        let thirdAt = try #require(read.append(third))
        #expect(thirdAt == secondAt + second.count)
        #expect(read.read(at: thirdAt, count: third.count) == third)
        // Across what the file held when opened, and past its end.
        #expect(read.read(at: secondAt + second.count - 10, count: 20) == Array(second.suffix(10)) + Array(third.prefix(10)))
        #expect(read.read(at: thirdAt + third.count - 1, count: 2) == nil)
        #expect(read.read(at: 0, count: 0) == [])
    }
}
