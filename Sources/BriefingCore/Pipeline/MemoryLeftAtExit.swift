import Synchronization

/// Values a build leaves allocated when it ends because its program exits right after
/// (`BuildOptions.freesMemoryAtEnd` false), as compilers leave theirs (clang's
/// `-disable-free`): the system takes a process's memory back at once, while freeing the
/// tables of a 10,000-article site entry by entry, one thread releasing every string of
/// every digest after the pages, took 25–40 ms of a 0.5–0.6 s one-edit rebuild (paired runs).
enum MemoryLeftAtExit {
    private static let values = Mutex<[any Sendable]>([])

    /// Keeps `values` allocated until the process exits.
    static func keep(_ more: [any Sendable]) {
        values.withLock { $0.append(contentsOf: more) }
    }

    /// How many values are kept (for tests).
    static var count: Int { values.withLock { $0.count } }
}
