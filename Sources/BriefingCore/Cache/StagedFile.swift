import Foundation

/// Writes a file of the staged site, or a cache file under a temporary name, with plain
/// `open`/`write`/`close`: no copy into `Data` and no `fsync` per file (the staged folder is
/// swapped in as a whole, a build that fails leaves the published site untouched, and a cache
/// entry is renamed into place and checked when read).
enum StagedFile {
    /// Creates or truncates the file at `path` and writes `buffer` into it.
    static func write(_ buffer: UnsafeRawBufferPointer, to path: String) throws {
        try write(to: path) { try $0(buffer) }
    }

    /// Creates or truncates the file at `path` and writes the buffers `body` hands to its
    /// writer, in order: a large file need not be held whole. A relative `path` is taken from
    /// the open `folder` when one is given (the kernel does not walk the folder's own path
    /// again), else from the working directory. With `inode`, returns the file's inode, read
    /// from the open file (no second lookup of its path; nil when `fstat` fails); without, nil
    /// (a cache file's inode is not wanted, and `fstat` is a system call).
    @discardableResult
    static func write(
        to path: String, in folder: Int32 = AT_FDCWD, inode: Bool = false, _ body: (_ write: (UnsafeRawBufferPointer) throws -> Void) throws -> Void
    ) throws -> UInt64? {
        let fd = openat(folder, path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw POSIXError(errno) }
        do {
            try body { buffer in try writeAll(buffer, to: fd) }
        } catch {
            close(fd)
            throw error
        }
        var info = stat()
        let number = inode && fstat(fd, &info) == 0 ? UInt64(info.st_ino) : nil
        // Delayed write errors (a full disk) show up here.
        guard close(fd) == 0 else { throw POSIXError(errno) }
        return number
    }

    /// Writes the file at `path` whole or not at all, as `write(to:_:)` does: under a temporary
    /// name in its folder (".NAME.PID.tmp"), renamed into place once written; the temporary file
    /// is removed when writing or renaming fails.
    static func replace(_ path: String, _ body: (_ write: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { path[...$0] } ?? ""
        let name = slash.map { path[path.index(after: $0)...] } ?? path[...]
        let temporary = "\(folder).\(name).\(processID).tmp"
        do {
            try write(to: temporary, body)
            guard rename(temporary, path) == 0 else { throw POSIXError(errno) }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// This process's ID as text, asked of the system once (not once per cache file written).
    private static let processID = String(getpid())

    private static func writeAll(_ buffer: UnsafeRawBufferPointer, to fd: Int32) throws {
        var offset = 0
        while offset < buffer.count {
            let written = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw POSIXError(errno)
            }
            offset += written
        }
    }
}

extension POSIXError {
    /// The error of a failed system call's `errno` (EIO for a code Foundation does not know).
    init(_ code: Int32) { self.init(POSIXErrorCode(rawValue: code) ?? .EIO) }
}
