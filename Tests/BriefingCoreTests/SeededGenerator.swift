/// A small seeded random number generator for tests (a 64-bit linear congruential step, its
/// high bits folded into the low ones): the same values on every run and machine.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state ^ state >> 29
    }
}
