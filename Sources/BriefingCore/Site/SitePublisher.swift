import CBriefingSupport
import Foundation
import Synchronization

/// Writes a site atomically: every file goes into a hidden sibling folder as soon as it is
/// rendered (nothing is held in memory), and the finished folder is swapped in with a single
/// atomic exchange, so an interrupted build never leaves a half-written or missing site.
final class SitePublisher: Sendable {
    /// Name of the marker file that says Briefing made a folder.
    static let marker = ".briefing-site"

    let output: URL
    private let staging: URL
    private let counts = Mutex((files: 0, pages: 0))
    /// Folders of the staging tree made so far, so each is created once.
    private let folders = Mutex(Set<String>())
    /// The pages of the site being replaced, when they may be reused.
    private let previous: PageManifest?
    /// Keys and inodes of the keyed pages written so far.
    private let written = Mutex(PageManifest())

    /// Starts a new staging folder beside `output`; pages of the current site listed in
    /// `previous` with an unchanged key are linked rather than rendered again.
    init(output: URL, previous: PageManifest? = nil) throws {
        self.output = output
        self.previous = previous
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(output.lastPathComponent).staging")
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw BriefingError(stage: .site, file: output.path, message: "cannot create the staging folder: \(error.localizedDescription)")
        }
    }

    /// HTML pages written so far.
    var pages: Int { counts.withLock { $0.pages } }

    /// Writes one file of the site; safe to call from several tasks at once.
    func write(_ path: String, _ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { try write(path, buffer: $0) }
    }

    /// Writes one file of the site from text, without copying it first.
    func write(_ path: String, _ text: String) throws {
        var text = text
        try text.withUTF8 { try write(path, buffer: UnsafeRawBufferPointer($0)) }
    }

    private func write(_ path: String, buffer: UnsafeRawBufferPointer) throws {
        let url = staging.appendingPathComponent(path)
        do {
            try makeFolder(of: url)
            try StagedFile.write(buffer, to: url.path)
        } catch {
            throw BriefingError(stage: .site, file: output.path + "/" + path, message: "cannot write: \(error.localizedDescription)")
        }
        count(path)
    }

    /// Creates the staging folder that will hold `url`, once per folder.
    private func makeFolder(of url: URL) throws {
        let folder = url.deletingLastPathComponent()
        guard !folders.withLock({ $0.contains(folder.path) }) else { return }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        folders.withLock { _ = $0.insert(folder.path) }
    }

    private func count(_ path: String) {
        counts.withLock { $0.files += 1; if path.hasSuffix(".html") { $0.pages += 1 } }
    }

    /// Writes a page known by `key` (a fingerprint of everything it is rendered from): the
    /// current site's file when it was rendered from the same key, else what `render` makes.
    func write(_ path: String, key: String?, render: () throws -> String) throws {
        if let key, let old = previous?[path], old.key == key, reuse(path, inode: old.inode) {
            written.withLock { $0[path] = old }
            count(path)
            return
        }
        try write(path, try render())
        guard let key, let inode = Self.inode(of: staging.appendingPathComponent(path)) else { return }
        written.withLock { $0[path] = PageManifest.Entry(key: key, inode: inode) }
    }

    /// The keys and inodes of the keyed pages of the staged site.
    var manifest: PageManifest { written.withLock { $0 } }

    /// Hard-links the current site's file at `path` into the staging folder, when it still is
    /// the file recorded (same inode).
    private func reuse(_ path: String, inode: UInt64) -> Bool {
        let old = output.path + "/" + path, new = staging.appendingPathComponent(path)
        guard Self.inode(ofPath: old) == inode, (try? makeFolder(of: new)) != nil else { return false }
        return link(old, new.path) == 0
    }

    private static func inode(of url: URL) -> UInt64? { inode(ofPath: url.path) }

    /// The inode of the file at `path` (a plain `stat`: this runs once per page kept).
    private static func inode(ofPath path: String) -> UInt64? {
        var info = stat()
        return stat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    /// Marks the staged site as Briefing's and swaps it in place of the previous one.
    func publish() throws {
        do {
            try Data("Generated by Briefing; this folder is replaced on every build.\n".utf8)
                .write(to: staging.appendingPathComponent(Self.marker))
            try swapIn()
        } catch {
            abandon()
            throw BriefingError(stage: .site, file: output.path, message: "cannot publish the site: \(error.localizedDescription)")
        }
    }

    /// Deletes the staging folder (after a failed build).
    func abandon() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// One atomic exchange when the old site exists (then the old one is deleted), a rename
    /// otherwise.
    private func swapIn() throws {
        let fm = FileManager.default
        guard fm.fileExists(atPath: output.path) else {
            return try fm.moveItem(at: staging, to: output)
        }
        if briefing_exchange_paths(staging.path, output.path) == 0 {
            try? fm.removeItem(at: staging)  // Now holds the previous site.
            return
        }
        // Filesystems without RENAME_EXCHANGE: two renames, with a short window between them.
        let retired = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).previous")
        try? fm.removeItem(at: retired)
        try fm.moveItem(at: output, to: retired)
        try fm.moveItem(at: staging, to: output)
        try? fm.removeItem(at: retired)
    }
}
