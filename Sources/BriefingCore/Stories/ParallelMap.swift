import Dispatch
import Foundation

/// A map over an array on all cores, results in input order: the per-article and per-story
/// work of grouping is independent, and a build of 10,000 articles should use every core.
enum ParallelMap {
    /// The cores to use, read once: Foundation reads the cgroup's files at every ask, and a
    /// build maps hundreds of times (the term vectors of every story's summary).
    private static let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)

    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let count = items.count
        guard count > 1 else { return items.map(transform) }
        let buffer = UnsafeMutableBufferPointer<R?>.allocate(capacity: count)
        buffer.initialize(repeating: nil)
        defer { buffer.deallocate() }
        nonisolated(unsafe) let results = buffer
        let chunks = min(count, cores * 8)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            // Each chunk writes only its own slots.
            for index in stride(from: chunk, to: count, by: chunks) { results[index] = transform(items[index]) }
        }
        // Moved out, not copied: the buffer is freed without releasing what it held.
        return (0..<count).map { (buffer.baseAddress! + $0).move()! }
    }
}
