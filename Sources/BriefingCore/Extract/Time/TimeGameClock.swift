/// A game clock's minutes and seconds, "2:55 into overtime", "the final 4:29 of regulation",
/// "with 1:12 left": a stretch of play, a DURATION, not a time of day.
extension TimeScanner {
    /// Words after "m:ss" that make it a stretch of play ("2:55 into overtime", "1:12 left").
    private static let afterGameClock: LexiconSet = ["into", "left", "remaining"]

    /// Words before "m:ss" that make it a stretch of play ("the final 4:29", "the last 0:45").
    static let beforeGameClock: LexiconSet = ["final", "last", "first", "opening", "closing"]

    /// "m:ss" at `i`, or after "final"/"last"/"first" at `i`: DURATION PTmMsS when a word of
    /// play comes before or after it; a clock time, a score or a ratio ("at 2:55", "won 3:1")
    /// has none.
    func gameClock(at i: Int) -> Match? {
        // A word of digits is no word of `beforeGameClock`, and the ":" after the minutes is told
        // by its first byte: most numbers are ruled out before a word is looked up or read.
        let led = facts[i].firstByte &- 0x30 >= 10 && Self.beforeGameClock.contains(lower[i])
        let k = led ? i + 1 : i
        guard k + 1 < facts.count, facts[k + 1].firstByte == 0x3A, let mm = at(k), mm.utf8.count <= 2, let m = Int(mm), m < 60, at(k + 1) == ":", let ss = at(k + 2),
              ss.utf8.count == 2, let s = Int(ss), s < 60, at(k + 3) != ":" else { return nil }
        guard led || at(k + 3).map({ Self.afterGameClock.contains($0) }) == true else { return nil }
        var value = "PT"
        if m > 0 { value += "\(m)M" }
        if s > 0 || m == 0 { value += "\(s)S" }
        return Match(type: .duration, value: value, end: k + 3)
    }
}
