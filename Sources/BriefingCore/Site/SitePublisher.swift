import CBriefingSupport
import Foundation
import Synchronization

/// Writes a site atomically: every file goes into a hidden sibling folder as soon as it is
/// rendered (nothing is held in memory), and the finished folder is swapped in with a single
/// atomic exchange, so an interrupted build never leaves a half-written or missing site.
///
/// With a place to keep it (`retired`, in the build cache), the site replaced is kept there
/// and becomes the next build's staging folder: after an edit nearly all of its files already
/// are the pages to publish (hard links of the same files), so a rebuild touches only the pages
/// that changed instead of linking every page into an empty folder and deleting the old site.
final class SitePublisher: Sendable {
    /// Name of the marker file that says Briefing made a folder.
    static let marker = ".briefing-site"

    let output: URL
    private let staging: URL
    /// `output` and `staging` as paths, each file's path appended to them (a `URL` made and
    /// read back per page cost more than the `stat` it was made for).
    private let outputPath: String
    private let stagingPath: String
    /// The staging folder, open: the inode of each page kept or written is read relative to it
    /// (`fstatat`), without the kernel walking the folder's own path again for every page.
    private let stagingFolder: Int32
    /// Where the replaced site is kept for the next build, if anywhere.
    private let retired: URL?
    /// True when the staging folder started as a retired site: its files may be stale or
    /// shared with the published site, so each is replaced rather than written through.
    private let reusing: Bool
    /// What the retired site held when the build began, when reusing one: which pages still
    /// are the files recorded, and, at the end, which files this build did not stage.
    private let retiredFiles: SiteTreeListing?
    /// HTML pages staged so far.
    private let pageCount = Mutex(0)
    /// Folders of the staging tree made so far, so each is created once.
    private let folders = Mutex(Set<String>())
    /// Every file of the site being staged, by path.
    private let staged: Mutex<Set<String>>
    /// The pages of the site being replaced, when they may be reused.
    private let previous: PageManifest?
    /// Keys and inodes of the keyed pages written so far.
    private let written: Mutex<PageManifest>

    /// Starts a new staging folder beside `output` (from the site kept at `retired`, when there
    /// is one); pages of the current site listed in `previous` with an unchanged key are linked
    /// rather than rendered again. `retiredListing` is the listing of `retired` (with inodes),
    /// when the build made it while doing other work; else the staging folder is listed here.
    init(output: URL, previous: PageManifest? = nil, retired: URL? = nil, retiredListing: SiteTreeListing? = nil) throws {
        self.output = output
        self.previous = previous
        self.retired = retired
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        staging = parent.appendingPathComponent(".\(output.lastPathComponent).staging")
        outputPath = output.path
        stagingPath = staging.path
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try? fm.removeItem(at: staging)
            if let retired, rename(retired.path, staging.path) == 0 {
                reusing = true
            } else {
                reusing = false
                try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            }
        } catch {
            throw BriefingError(stage: .site, file: output.path, message: "cannot create the staging folder: \(error.localizedDescription)")
        }
        stagingFolder = open(stagingPath, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        // A rename keeps every path under the folder and its inode.
        retiredFiles = reusing ? retiredListing ?? SiteTreeListing(stagingPath, inodes: true) : nil
        // Room for about as many files and pages as the last build's: tens of thousands on a
        // large site, added from several tasks under a lock.
        staged = Mutex(Set(minimumCapacity: retiredFiles?.entries.count ?? 0))
        written = Mutex(PageManifest(capacity: previous?.entries.count ?? 0))
    }

    deinit {
        if stagingFolder >= 0 { close(stagingFolder) }
    }

    /// HTML pages written so far.
    var pages: Int { pageCount.withLock { $0 } }

    /// Writes one file of the site; safe to call from several tasks at once. Each `write`
    /// returns the inode of the file written (nil when it could not be read), which the page
    /// manifest records.
    @discardableResult
    func write(_ path: String, _ bytes: [UInt8]) throws -> UInt64? {
        try bytes.withUnsafeBytes { try write(path, buffer: $0) }
    }

    /// Writes one file of the site from the buffer it was written to, without copying it first.
    @discardableResult
    func write(_ path: String, _ bytes: ByteBuffer) throws -> UInt64? {
        try bytes.withUnsafeBufferPointer { try write(path, buffer: UnsafeRawBufferPointer($0)) }
    }

    /// Writes one file of the site from text, without copying it first.
    @discardableResult
    func write(_ path: String, _ text: String) throws -> UInt64? {
        var text = text
        return try text.withUTF8 { try write(path, buffer: UnsafeRawBufferPointer($0)) }
    }

    /// Writes one file of the site known by `key` (as `write(_:key:render:)`) from bytes made
    /// in parts, in order (`emit`), without holding it whole: small parts are gathered and
    /// written out about a mebibyte at a time, large ones written as they come.
    func write(_ path: String, key: String?, parts: (_ emit: (ArraySlice<UInt8>) throws -> Void) throws -> Void) throws {
        try keep(path, key: key) {
            try writeFile(path) { write in
                try withoutActuallyEscaping(write) { write in
                    var pending: [UInt8] = []
                    func flush() throws {
                        guard !pending.isEmpty else { return }
                        try pending.withUnsafeBytes { try write($0) }
                        pending.removeAll(keepingCapacity: true)
                    }
                    try parts { part in
                        guard part.count < Self.partWrittenAlone else {
                            try flush()
                            return try part.withUnsafeBytes { try write($0) }
                        }
                        pending += part
                        if pending.count >= 1 << 20 { try flush() }
                    }
                    try flush()
                }
            }
        }
    }

    /// Parts of at least this many bytes are written as they come, not copied first.
    static let partWrittenAlone = 1 << 16

    private func write(_ path: String, buffer: UnsafeRawBufferPointer) throws -> UInt64? {
        try writeFile(path) { try $0(buffer) }
    }

    @discardableResult
    private func writeFile(_ path: String, _ body: (_ write: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws -> UInt64? {
        let file = stagingFile(path)
        let inode: UInt64?
        do {
            try makeFolder(of: file)
            try clear(file)
            // Opened from the staging folder, when it is open: its own path is not walked again.
            inode = stagingFolder >= 0
                ? try StagedFile.write(to: path, in: stagingFolder, inode: true, body)
                : try StagedFile.write(to: file, inode: true, body)
        } catch {
            throw BriefingError(stage: .site, file: outputPath + "/" + path, message: "cannot write: \(error.localizedDescription)")
        }
        recordStaged(path)
        return inode
    }

    /// Where the site's file at `path` is staged.
    private func stagingFile(_ path: String) -> String { stagingPath + "/" + path }

    /// Removes what a reused staging folder holds at `file`, so that a new file is made there
    /// instead of writing through a link into the published site.
    private func clear(_ file: String) throws {
        guard reusing, unlink(file) != 0, errno != ENOENT else { return }
        try FileManager.default.removeItem(atPath: file)  // A folder where the page now is.
    }

    /// Creates the staging folder that will hold `file` (a path in it), once per folder.
    private func makeFolder(of file: String) throws {
        // Found in the UTF-8 bytes, not character by character: "/" is a scalar of its own.
        guard let slash = file.utf8.lastIndex(of: UInt8(ascii: "/")) else { return }
        let folder = String(file[..<slash])
        guard !folders.withLock({ $0.contains(folder) }) else { return }
        try Self.createFolder(folder)
        folders.withLock { _ = $0.insert(folder) }
    }

    /// Creates the folder at `path` and any missing parents with `mkdir` (a site has hundreds
    /// of folders, and `FileManager.createDirectory` costs far more per folder).
    private static func createFolder(_ path: String) throws {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT, let slash = path.lastIndex(of: "/"), slash != path.startIndex else { throw POSIXError(errno) }
        try createFolder(String(path[..<slash]))
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw POSIXError(errno) }
    }

    /// Counts a staged file that is a page and, in a reused staging folder, keeps its path so
    /// that it survives `removeStaleFiles`.
    private func recordStaged(_ path: String) {
        if path.hasSuffix(".html") { pageCount.withLock { $0 += 1 } }
        if reusing { staged.withLock { _ = $0.insert(path) } }
    }

    /// Writes a page known by `key` (a fingerprint of everything it is rendered from): the
    /// current site's file when it was rendered from the same key, else the bytes `render` makes.
    func write(_ path: String, key: String?, render: () throws -> ByteBuffer) throws {
        try keep(path, key: key) { try write(path, try render()) }
    }

    /// `write(_:key:render:)` for a file rendered as text.
    func write(_ path: String, key: String?, text render: () throws -> String) throws {
        try keep(path, key: key) { try write(path, try render()) }
    }

    /// Keeps the current site's file at `path` when it was rendered from `key`, else writes
    /// the file with `write` (which returns its inode) and records its key.
    private func keep(_ path: String, key: String?, orWrite write: () throws -> UInt64?) throws {
        if let key, let old = previous?[path], old.key == key, reuse(path, inode: old.inode) {
            written.withLock { $0[path] = old }
            recordStaged(path)
            return
        }
        let inode = try write()
        guard let key, let inode else { return }
        written.withLock { $0[path] = PageManifest.Entry(key: key, inode: inode) }
    }

    /// The keys and inodes of the keyed pages of the staged site.
    var manifest: PageManifest { written.withLock { $0 } }

    /// Keeps the file recorded for `path` (by its inode) in the staging folder: a reused staging
    /// folder mostly holds it already (a hard link made by an earlier build, alive since before
    /// the inode was recorded, so the same file); else the current site's file is hard-linked
    /// in, when it still is the file recorded.
    private func reuse(_ path: String, inode: UInt64) -> Bool {
        // The listing made when the build began tells without a `stat`, where it knows the
        // inodes: each page is written or kept once, so it still holds what the folder holds.
        if reusing, (retiredFiles?.fileInodes[path].map { $0 == inode } ?? (stagedInode(path) == inode)) { return true }
        let newPath = stagingFile(path)
        let old = outputPath + "/" + path
        guard Self.inode(ofPath: old) == inode else { return false }
        guard (try? makeFolder(of: newPath)) != nil, (try? clear(newPath)) != nil else { return false }
        return link(old, newPath) == 0
    }

    /// The inode of the file at `path` (a plain `stat`: this runs once per page kept).
    private static func inode(ofPath path: String) -> UInt64? {
        var info = stat()
        return stat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    /// The inode of the staged file at `path` (a site path), as `inode(ofPath:)` gives it.
    private func stagedInode(_ path: String) -> UInt64? {
        guard stagingFolder >= 0 else { return Self.inode(ofPath: stagingFile(path)) }
        var info = stat()
        return fstatat(stagingFolder, path, &info, 0) == 0 ? UInt64(info.st_ino) : nil
    }

    /// Marks the staged site as Briefing's and swaps it in place of the previous one.
    func publish() throws {
        do {
            let marker = staging.appendingPathComponent(Self.marker)
            try clear(marker.path)
            try Data("Generated by Briefing; this folder is replaced on every build.\n".utf8).write(to: marker)
            if reusing { removeStaleFiles() }
            try swapIn()
        } catch {
            abandon()
            throw BriefingError(stage: .site, file: output.path, message: "cannot publish the site: \(error.localizedDescription)")
        }
    }

    /// Deletes the files of a reused staging folder that are not part of the site staged, and
    /// the folders they leave empty, so the site published holds exactly what this build made.
    /// Every file the build did not stage was there when it began (`retiredFiles`): the
    /// folder is not walked again.
    private func removeStaleFiles() {
        let keep = staged.withLock { $0 }
        var folders: [String] = []
        for entry in retiredFiles?.entries ?? [] where entry.path != Self.marker && !keep.contains(entry.path) {
            let full = stagingFile(entry.path)
            if unlink(full) != 0 { folders.append(full) }
        }
        // Deepest first; a folder that still holds files stays.
        for folder in folders.sorted(by: >) { rmdir(folder) }
    }

    /// After a build that retired no site (the first build into this output, or one whose
    /// retired copy is gone), links the published site into the retired place, so the next
    /// build starts from a staging folder that already holds every page instead of linking
    /// each kept page into an empty one. Run once the site is published; on any failure the
    /// next build just starts from an empty folder.
    func keepCopyForNextBuild() {
        let fm = FileManager.default
        guard let retired, !fm.fileExists(atPath: retired.path) else { return }
        let partial = retired.path + ".partial"
        try? fm.removeItem(atPath: partial)
        // The site's paths are read with `readdir` (`SiteTreeListing`): `FileManager.subpathsOfDirectory`
        // cost most of this step.
        let site = outputPath
        guard fm.fileExists(atPath: site), (try? Self.createFolder(partial)) != nil else { return }
        // Each entry's type comes from the folder listing: no `lstat` per page. The folders are
        // made first, each before what it holds (as listed), then the files linked on all cores.
        let entries = SiteTreeListing(site).entries
        let folders = entries.filter(\.isFolder).map(\.path), files = entries.filter { !$0.isFolder }.map(\.path)
        guard folders.allSatisfy({ (try? Self.createFolder(partial + "/" + $0)) != nil }),
              ParallelMap.map(files, { link(site + "/" + $0, partial + "/" + $0) == 0 }).allSatisfy({ $0 }) else {
            try? fm.removeItem(atPath: partial)
            return
        }
        rename(partial, retired.path)
    }

    /// Deletes the staging folder (after a failed build).
    func abandon() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// One atomic exchange when the old site exists (then the old one is kept at `retired` or
    /// deleted), a rename otherwise.
    private func swapIn() throws {
        let fm = FileManager.default
        guard fm.fileExists(atPath: output.path) else {
            return try fm.moveItem(at: staging, to: output)
        }
        if briefing_exchange_paths(staging.path, output.path) == 0 {
            // The staging folder now holds the previous site: kept for the next build, or deleted.
            if let retired, rename(staging.path, retired.path) == 0 { return }
            try? fm.removeItem(at: staging)
            return
        }
        // Filesystems without RENAME_EXCHANGE: two renames, with a short window between them.
        let replaced = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).previous")
        try? fm.removeItem(at: replaced)
        try fm.moveItem(at: output, to: replaced)
        try fm.moveItem(at: staging, to: output)
        try? fm.removeItem(at: replaced)
    }
}
