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

    /// Runs `body` once to warm up, then `repeat` times; the median time and the last byte count.
    func measure(repeat count: Int) throws -> (seconds: Double, ownBytes: Int) {
        var bytes = try body()
        let clock = ContinuousClock()
        var times: [Double] = []
        for _ in 0..<count {
            let start = clock.now
            bytes = try body()
            let elapsed = start.duration(to: clock.now)
            times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        times.sort()
        let median = times.count % 2 == 1 ? times[times.count / 2] : (times[times.count / 2 - 1] + times[times.count / 2]) / 2
        return (median, bytes)
    }
}
