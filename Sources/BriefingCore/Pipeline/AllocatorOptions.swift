import CBriefingSupport

/// Process-wide settings of the memory allocator, for the programs that build sites.
public enum AllocatorOptions {
    /// Has mimalloc, which `briefing` allocates through on Linux (Package.swift), keep the
    /// memory it frees for the allocations that follow rather than hand it back to the system
    /// between steps: handing it back costs system calls and, on a later allocation, page
    /// faults. One-edit rebuilds at 10,000 articles took 4 % less time with it (17 alternating
    /// pairs: 0.545 -> 0.522 s), their peak memory the same (206 and 205 MiB); a clean build of
    /// 50,000 articles peaked at 829 MiB instead of 796 MiB. Does nothing in a program that does
    /// not link mimalloc. Call once, before the work starts.
    public static func keepFreedMemory() {
        briefing_keep_freed_memory()
    }
}
