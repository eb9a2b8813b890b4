import Foundation

/// Everything below a folder that a build looks at, found in one walk with `readdir` and
/// `fstatat`: the regular files with their size and modification time, and the symbolic
/// links (never followed). Hidden entries and everything inside hidden folders are left out. A
/// build lists its input folder once and uses the listing to find its inputs, to warn about
/// links and to tell whether anything changed since the last build.
public struct FolderListing: Sendable {
    /// A regular file: its path relative to the folder, size in bytes and modification time,
    /// and its inode and status change time (which, unlike the modification time, no one sets
    /// back: `InputStamps`).
    public struct File: Sendable, Equatable {
        public var path: String
        public var size: Int64
        public var modifiedSeconds: Int
        public var modifiedNanoseconds: Int
        public var inode: UInt64 = 0
        public var changedSeconds = 0
        public var changedNanoseconds = 0
    }

    /// Regular files, sorted by path.
    public let files: [File]
    /// Paths of symbolic links, sorted.
    public let links: [String]

    /// Lists `folder`; a folder that cannot be read lists as empty.
    public init(_ folder: URL) {
        var files: [File] = []
        var links: [String] = []
        var pending = [""]
        let root = folder.path
        while let relative = pending.popLast() {
            let directory = relative.isEmpty ? root : root + "/" + relative
            let folderDescriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard folderDescriptor >= 0 else { continue }
            defer { close(folderDescriptor) }
            let names = Self.entries(in: directory).map(\.name).filter { !$0.hasPrefix(".") }
            // Each entry's status is read relative to its folder (the kernel does not walk the
            // whole path again for each), on all cores: the walk is half of a no-op build.
            let statuses = ParallelMap.map(names) { name -> stat? in
                var status = stat()
                return fstatat(folderDescriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 ? status : nil
            }
            for (name, status) in zip(names, statuses) {
                guard let status else { continue }
                let path = relative.isEmpty ? name : relative + "/" + name
                switch status.st_mode & S_IFMT {
                case S_IFDIR: pending.append(path)
                case S_IFLNK: links.append(path)
                case S_IFREG:
                    files.append(File(path: path, size: Int64(status.st_size),
                                      modifiedSeconds: Int(status.st_mtim.tv_sec), modifiedNanoseconds: Int(status.st_mtim.tv_nsec),
                                      inode: UInt64(status.st_ino), changedSeconds: Int(status.st_ctim.tv_sec), changedNanoseconds: Int(status.st_ctim.tv_nsec)))
                default: break
                }
            }
        }
        self.files = files.sorted { $0.path < $1.path }
        self.links = links.sorted()
    }

    /// The names in one folder, "." and ".." left out, each with its `d_type` (`DT_DIR`,
    /// `DT_REG`, `DT_LNK`, or `DT_UNKNOWN` where the file system does not say) and the inode
    /// number the entry names (`d_ino`; on most file systems the `st_ino` that `stat` gives,
    /// but not on all, such as overlay file systems).
    public static func entries(in directory: String) -> [(name: String, type: UInt8, inode: UInt64)] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var entries: [(name: String, type: UInt8, inode: UInt64)] = []
        while let entry = readdir(handle) {
            let name = Self.name(of: entry)
            if name != "." && name != ".." { entries.append((name, entry.pointee.d_type, UInt64(entry.pointee.d_ino))) }
        }
        return entries
    }

    /// Where a directory entry's name starts within it.
    private static let nameOffset = MemoryLayout<dirent>.offset(of: \.d_name)!

    /// The name of the entry `readdir` gave, read where it is: the entry may be shorter than a
    /// whole `dirent` (only its name's bytes are there), so the name field is not copied out.
    private static func name(of entry: UnsafeMutablePointer<dirent>) -> String {
        let name = UnsafeRawPointer(entry).advanced(by: nameOffset)
        let length = strlen(name.assumingMemoryBound(to: CChar.self))
        return String(decoding: UnsafeRawBufferPointer(start: name, count: length), as: UTF8.self)
    }
}
