import CBriefingSupport

/// Hands memory the build has freed back to the system. glibc's allocator keeps freed blocks in
/// the arena of the thread that freed them, so a step that allocates on other threads after a
/// large one finished (pages after the repeat check, the cache files after the pages) grows the
/// process instead of reusing them. (Until the forty-ninth round the call compiled to nothing,
/// its test for glibc made before any header defined it, so the 50,000-article figures once
/// given here, a peak of 1,012 -> 988 MiB, were not its doing.)
///
/// The `briefing` program on Linux allocates through mimalloc (Package.swift), which keeps the
/// pages it frees for reuse (`AllocatorOptions`); there glibc's arenas are empty and this finds
/// nothing to return. It matters wherever glibc's allocator serves the build (the test runner,
/// another program using this library).
enum FreedMemory {
    /// Returns the free pages of every arena to the system (glibc's `malloc_trim`).
    static func release() {
        briefing_release_freed_memory()
    }
}
