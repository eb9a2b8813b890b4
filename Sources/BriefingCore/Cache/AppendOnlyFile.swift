import Foundation
import Synchronization

/// A cache file that records are only ever appended to, and read back with `pread` by their
/// offsets: the digests' details (`DigestStore`) and the cached briefs with their feed HTML
/// (`BriefPack`). A rebuild appends to the last build's file, whose bytes it never changes,
/// so an unchanged article's records stay where they are; once more than half the file is
/// records nothing points to, a build copies the live ones to a new file instead.
///
/// The file begins with a random 64-bit identity that the index pointing into it (the digest
/// store, the brief pack's index) records beside the offsets it keeps, so that an index is
/// never read against the file of another build (the two files are replaced one after the
/// other).
final class AppendOnlyFile: Sendable {
    let url: URL
    /// The identity written at the start of the file.
    let identity: UInt64
    /// The identity's length: where the first records start.
    static let headerSize = 8
    /// False for a file that could be opened for reading only.
    let isWritable: Bool
    private let descriptor: Int32
    /// Bytes in the file so far (appends go to the end).
    private let size: Mutex<Int>
    /// False once the file was renamed into place or removed.
    private let isTemporary: Mutex<Bool>

    /// A new, empty file in `folder` with a fresh identity, to be renamed into place (to `name`
    /// in a cache folder) by `commit(as:)`; removed when not committed.
    init?(creatingIn folder: URL, name: String) {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        url = folder.appendingPathComponent(".\(name).\(ProcessInfo.processInfo.processIdentifier).tmp")
        let descriptor = open(url.path, O_RDWR | O_APPEND | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        isWritable = true
        identity = UInt64.random(in: 1...UInt64.max)
        size = Mutex(0)
        isTemporary = Mutex(true)
        var header = BinaryWriter()
        header.uint64(identity)
        guard append(header.bytes) != nil else { return nil }
    }

    /// The file at `url`, when it is there and begins with an identity; open for appending
    /// as well when it may be written.
    init?(reading url: URL) {
        var descriptor = open(url.path, O_RDWR | O_APPEND | O_CLOEXEC)
        isWritable = descriptor >= 0
        if descriptor < 0 { descriptor = open(url.path, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { return nil }
        var reader = BinaryReader(SourceLoader.bytes(of: descriptor, count: Self.headerSize, at: 0) ?? [])
        guard let identity = try? reader.uint64() else {
            close(descriptor)
            return nil
        }
        self.url = url
        self.descriptor = descriptor
        self.identity = identity
        var end = stat()
        size = Mutex(fstat(descriptor, &end) == 0 ? Int(end.st_size) : 0)
        isTemporary = Mutex(false)
    }

    deinit {
        close(descriptor)
        if isTemporary.withLock({ $0 }) { unlink(url.path) }
    }

    /// Bytes in the file, as far as this process knows.
    var byteCount: Int { size.withLock { $0 } }

    /// Whether more than half of the file's records are ones nothing points to, given the
    /// bytes of those still pointed to (`live`): the point at which a build copies the live
    /// records to a new file instead of appending to this one.
    func isMostlyStale(live: Int) -> Bool { byteCount > 2 * live + Self.headerSize }

    /// Appends `bytes` and returns the offset they start at, or nil when writing failed. The
    /// descriptor appends (`O_APPEND`), so another build appending to the same file at the same
    /// time cannot write over them.
    func append(_ bytes: [UInt8]) -> Int? {
        size.withLock { size -> Int? in
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            let end = Int(lseek(descriptor, 0, SEEK_CUR))
            guard written == bytes.count, end >= bytes.count else { return nil }
            size = end
            return end - bytes.count
        }
    }

    /// `count` bytes from `offset`, or nil when the file is shorter.
    func read(at offset: Int, count: Int) -> [UInt8]? {
        guard count > 0 else { return [] }
        return SourceLoader.bytes(of: descriptor, count: count, at: offset)
    }

    /// Renames the file to `destination` (replacing the last build's); a file that already is
    /// in place stays there.
    func commit(as destination: URL) {
        isTemporary.withLock { isTemporary in
            guard isTemporary, rename(url.path, destination.path) == 0 else { return }
            isTemporary = false
        }
    }
}
