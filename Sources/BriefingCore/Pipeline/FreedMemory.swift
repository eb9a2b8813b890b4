import CBriefingSupport

/// Hands memory the build has freed back to the system. glibc's allocator keeps freed blocks in
/// the arena of the thread that freed them, so a step that allocates on other threads after a
/// large one finished (pages after the repeat check, the cache files after the pages) grows the
/// process instead of reusing them. At 50,000 articles, handing it back after the repeat check
/// took the process from 527 to 396 MiB, and the build's peak from 1,012 to 988 MiB.
///
/// The `briefing` program on Linux allocates through mimalloc (Package.swift), which returns
/// freed pages by itself; there glibc's arenas are empty and this finds nothing to return. It
/// still matters wherever glibc's allocator serves the build (the test runner, another
/// program using this library).
enum FreedMemory {
    /// Returns the free pages of every arena to the system (glibc's `malloc_trim`).
    static func release() {
        briefing_release_freed_memory()
    }
}
