import BriefingCore
import Foundation

/// One timed stage of `briefing-bench micro`: `body` does the stage's work over the whole
/// corpus and returns the number of bytes the stage itself read or wrote.
struct MicroStage {
    var name: String
    /// What `body`'s byte count measures, e.g. "article text".
    var ownBytes: String
    var body: () throws -> Int

    init(name: String, ownBytes: String, _ body: @escaping () throws -> Int) {
        self.name = name
        self.ownBytes = ownBytes
        self.body = body
    }

    /// Runs `body` once to warm up, then `repeat` times; the median wall-clock time, the median
    /// CPU time of the thread (what the stage costs when other processes share the cores) and
    /// the last byte count.
    func measure(repeat count: Int) throws -> (seconds: Double, cpuSeconds: Double, ownBytes: Int) {
        var bytes = try body()
        let clock = ContinuousClock()
        var times: [Double] = []
        var cpuTimes: [Double] = []
        for _ in 0..<count {
            let start = clock.now
            let cpuStart = Self.threadCPUTime()
            bytes = try body()
            cpuTimes.append(Self.threadCPUTime() - cpuStart)
            let elapsed = start.duration(to: clock.now)
            times.append(elapsed.inSeconds)
        }
        return (Self.median(times), Self.median(cpuTimes), bytes)
    }

    private static func median(_ values: [Double]) -> Double {
        let v = values.sorted()
        return v.count % 2 == 1 ? v[v.count / 2] : (v[v.count / 2 - 1] + v[v.count / 2]) / 2
    }

    /// Seconds of CPU time the calling thread has used.
    private static func threadCPUTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
