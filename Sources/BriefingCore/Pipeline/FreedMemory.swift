import CBriefingSupport

/// Hands memory the build has freed back to the system. glibc's allocator keeps freed blocks in
/// the arena of the thread that freed them, so a step that allocates on other threads after a
/// large one finished (pages after the repeat check, the cache files after the pages) grows the
/// process instead of reusing them: at 50,000 articles the repeat check left about 200 MB that
/// no later step could use.
enum FreedMemory {
    /// Returns the free pages of every arena to the system (glibc's `malloc_trim`).
    static func release() {
        briefing_release_freed_memory()
    }
}
