import Foundation

/// Every file and folder under a site's folder, found in one walk with `readdir`
/// (`FolderListing.entries`; `FileManager.subpathsOfDirectory` cost more than the rest of an
/// edit's publishing on a site of 10,000 pages): each entry's path relative to the folder,
/// whether it is a folder, and the inode its directory entry names. Symbolic links are listed,
/// not followed.
///
/// A publisher that starts from the site a build retired lists it once (`SitePublisher`): the
/// inodes tell which pages still are the files the last build recorded, with no `stat` per
/// page kept, and the paths which files the build did not stage, with no second walk.
struct SiteTreeListing: Sendable {
    struct Entry: Sendable {
        var path: String
        var isFolder: Bool
        var inode: UInt64
    }

    let entries: [Entry]
    /// The inode of each file by path, when asked for and the directory entries name the
    /// inodes `stat` gives (checked on one file); else empty.
    let fileInodes: [String: UInt64]

    /// Lists everything under `root`, with `fileInodes` when `inodes`; a folder that cannot be
    /// read lists as empty.
    init(_ root: String, inodes: Bool = false) {
        var found: [Entry] = []
        var pending = [""]
        while let folder = pending.popLast() {
            for (name, type, inode) in FolderListing.entries(in: folder.isEmpty ? root : root + "/" + folder) {
                let path = folder.isEmpty ? name : folder + "/" + name
                var isFolder = type == UInt8(DT_DIR)
                if type == UInt8(DT_UNKNOWN) {
                    var info = stat()
                    isFolder = lstat(root + "/" + path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
                }
                found.append(Entry(path: path, isFolder: isFolder, inode: inode))
                if isFolder { pending.append(path) }
            }
        }
        entries = found
        // Made with room for every entry: a site's tens of thousands of files, not grown to it.
        var inodesByPath: [String: UInt64] = [:]
        if inodes, Self.inodesMatchStat(found, under: root) {
            inodesByPath.reserveCapacity(found.count)
            // One walk lists each path once: each is stored without a look-up first.
            for entry in found where !entry.isFolder { inodesByPath[entry.path] = entry.inode }
        }
        fileInodes = inodesByPath
    }

    /// Whether the first file's directory entry names the inode `lstat` gives for it: true on
    /// ext4, tmpfs, XFS or Btrfs, not always on overlay file systems, where `stat` must be asked.
    private static func inodesMatchStat(_ entries: [Entry], under root: String) -> Bool {
        guard let file = entries.first(where: { !$0.isFolder }) else { return false }
        var info = stat()
        return lstat(root + "/" + file.path, &info) == 0 && UInt64(info.st_ino) == file.inode
    }
}
