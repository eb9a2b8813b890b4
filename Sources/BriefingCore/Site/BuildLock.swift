import Foundation

/// One build at a time for an output folder: two builds of the same site (`serve` running and a
/// `build` beside it) share the staging folder and the cache, and the one that lost the race
/// failed writing a page. A build holds an exclusive `flock` on `.<output name>.lock` beside
/// the output folder (made once, never deleted, as a file deleted while locked would let a
/// third build lock a new one) from its start to its end; another build waits for it, then
/// finds the site as the first left it. The lock is released when the descriptor is closed,
/// also when the build's process dies.
final class BuildLock: Sendable {
    private let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    deinit { close(descriptor) }

    /// How long a build waits between two tries of a lock another build holds.
    static let retryInterval = Duration.milliseconds(20)

    /// The lock of the site written to `output`, once no other build holds it. Nil when the
    /// lock file cannot be made or the file system does not lock: the build then goes on
    /// without, as builds did before.
    static func acquire(for output: URL) async -> BuildLock? {
        let parent = output.standardizedFileURL.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let path = parent.appendingPathComponent(".\(output.standardizedFileURL.lastPathComponent).lock").path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, !Task.isCancelled else {
                close(descriptor)
                return nil
            }
            // Waited for without holding a thread that runs tasks.
            try? await Task.sleep(for: retryInterval)
        }
        return BuildLock(descriptor: descriptor)
    }
}
