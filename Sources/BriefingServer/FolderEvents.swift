#if canImport(Glibc)
import Glibc
#endif

/// The kernel's word that something changed in a set of folders (Linux inotify), so that the
/// watcher takes its snapshot as soon as an article is written rather than at its next poll.
///
/// It only wakes the watcher: the snapshots stay what tells a change (`SourceWatcher`), and the
/// polls go on beside it, less often while its reports hold, for file systems that report
/// nothing (network and some FUSE ones).
/// A folder's events name its own entries only: each folder is watched on its own, the new
/// ones as the snapshots find them. Nil where the platform or the system gives no inotify.
final class FolderEvents: ChangeReports, @unchecked Sendable {
    // Read only by the watcher's one task; the descriptor is closed when the events are let go.
    private let descriptor: Int32

    #if canImport(Glibc)
    /// What a watched folder reports: entries made, written, moved, removed or given new
    /// attributes, and the folder itself removed or moved.
    private static let mask = UInt32(IN_CREATE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE | IN_ATTRIB)
        | UInt32(IN_DELETE_SELF | IN_MOVE_SELF)

    init?() {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
    }

    deinit { close(descriptor) }

    /// Watches `folders` (again, for those already watched: the kernel keeps one watch each).
    func watch(_ folders: [String]) {
        for folder in folders { _ = inotify_add_watch(descriptor, folder, Self.mask) }
    }

    /// Whether a watched folder reported anything since the last call; the reports are read
    /// and let go, without waiting.
    func pending() -> Bool {
        var reported = false
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4096) { buffer in
            while read(descriptor, buffer.baseAddress, buffer.count) > 0 { reported = true }
        }
        return reported
    }
    #else
    init?() { return nil }

    func watch(_ folders: [String]) {}

    func pending() -> Bool { false }
    #endif
}

/// What tells a watcher early that a watched folder changed (`FolderEvents`).
protocol ChangeReports: AnyObject, Sendable {
    /// Reports changes in `folders` from now on (as well as in those watched before).
    func watch(_ folders: [String])
    /// Whether a change was reported since the last call.
    func pending() -> Bool
}
