import CBriefingSupport

/// Process-wide settings of the memory allocator, for the programs that build sites.
public enum AllocatorOptions {
    /// Has mimalloc, which `briefing` allocates through on Linux (Package.swift), keep the
    /// memory it frees for the allocations that follow rather than hand it back to the system
    /// between steps: handing it back costs system calls and, on a later allocation, page
    /// faults. A one-edit rebuild at 10,000 articles took 5 % less time and CPU with it (14
    /// alternating edits: 0.504 -> 0.479 s), its peak memory the same (211 and 210 MiB); a clean
    /// build of 50,000 articles peaked at 824 MiB instead of 796 MiB. Does nothing in a program
    /// that does not link mimalloc. Call once, before the work starts.
    public static func keepFreedMemory() {
        briefing_keep_freed_memory()
    }
}
