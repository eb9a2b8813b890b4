import CBriefingSupport

/// Hands memory the build has freed back to the system. glibc's allocator keeps freed blocks in
/// the arena of the thread that freed them, so a step that allocates on other threads after a
/// large one finished (pages after the repeat check, the cache files after the pages) grows the
/// process instead of reusing them. (Until the forty-ninth round the call compiled to nothing,
/// its test for glibc made before any header defined it, so the 50,000-article figures once
/// given here, a peak of 1,012 -> 988 MiB, were not its doing.)
///
/// On Linux the `briefing` and `briefing-bench` programs allocate through mimalloc
/// (Package.swift), which keeps the pages it frees for reuse (`AllocatorOptions`), and so does
/// the test runner, which SwiftPM links with the executables' linker settings. There glibc's
/// allocator is never set up and this does nothing: glibc's `malloc_trim` would set it up
/// without a lock, and two builds making their first call at once crashed the test runner
/// (twice in 16 runs of the suite) for arenas that hold nothing. It trims wherever glibc's
/// allocator serves the build (another program using this library).
enum FreedMemory {
    /// Whether `release()` trims glibc's arenas: where glibc's allocator serves malloc.
    static var trimsGlibcArenas: Bool { briefing_trims_glibc_arenas() != 0 }

    /// Returns the free pages of every arena to the system (glibc's `malloc_trim`) where glibc's
    /// allocator serves malloc.
    static func release() {
        briefing_release_freed_memory()
    }
}
