#if canImport(Glibc)
import Glibc
import Testing
@testable import BriefingCore

/// `FreedMemory.release()` trims glibc's arenas only where glibc's allocator serves malloc: where
/// mimalloc does (the test runner links it, as the `briefing` program does), glibc's allocator is
/// never set up, and its `malloc_trim` sets it up without a lock, so two first calls at once
/// crash the process.
@Suite("Handing freed memory back")
struct FreedMemoryTests {
    /// Whether mimalloc made the block `malloc` just gave, asked of mimalloc itself through the
    /// process's symbol table (not through the weak reference the C side uses); nil when the
    /// process has no mimalloc.
    private static func mimallocServesMalloc() -> Bool? {
        guard let symbol = dlsym(nil, "mi_is_in_heap_region") else { return nil }
        typealias InHeap = @convention(c) (UnsafeRawPointer?) -> Bool
        let inHeap = unsafeBitCast(symbol, to: InHeap.self)
        let block = malloc(64)
        defer { free(block) }
        return inHeap(block)
    }

    @Test func glibcArenasAreTrimmedOnlyWhereGlibcServesMalloc() {
        let servedByMimalloc = Self.mimallocServesMalloc() ?? false
        #expect(FreedMemory.trimsGlibcArenas == !servedByMimalloc)
    }
}
#endif
