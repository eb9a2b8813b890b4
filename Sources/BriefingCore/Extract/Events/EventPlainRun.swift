/// The runs of plain text that `EventText.description` keeps at once: printable ASCII other
/// than `"`, `'` and "`" (which tell no quote mark and no scalar past ASCII), with single
/// spaces between words. Found four scalars at a time, where a test for each scalar (most of
/// a sentence) cost a dozen instructions.
enum EventPlainRun {
    /// The end of the plain run of `source` from `start` (before `end`), and the spaces in it:
    /// the run stops at a scalar that is neither plain nor a space, and before a space that
    /// another space, a scalar that is not plain or `end` follows. `source[start - 1]` must be
    /// a scalar other than a space (`start` > 0), as it is after a kept word's first scalar.
    @inline(__always)
    static func scan(_ source: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, upTo end: Int) -> (end: Int, spaces: Int) {
        var k = start
        var spaces = 0
        if let base = source.baseAddress, start > 0 {
            // The spaces of the blocks read, a lane of all ones (-1) for each, subtracted.
            var counted = SIMD4<UInt32>.zero
            // Four scalars go on when each is plain or a space and no space follows a space
            // (the scalar before the four read with them, shifted by one).
            while k &+ 4 <= end {
                let values = UnsafeRawPointer(base + k).loadUnaligned(as: SIMD4<UInt32>.self)
                let before = UnsafeRawPointer(base + (k &- 1)).loadUnaligned(as: SIMD4<UInt32>.self)
                let space = lanes(values .== SIMD4(repeating: 0x20))
                let outside = lanes((values &- SIMD4(repeating: 0x20)) .> SIMD4(repeating: 0x5E))
                let marks = lanes(values .== SIMD4(repeating: 0x22)) | lanes(values .== SIMD4(repeating: 0x27)) | lanes(values .== SIMD4(repeating: 0x60))
                if isSet(outside | marks | space & lanes(before .== SIMD4(repeating: 0x20))) { break }
                counted &-= space
                k &+= 4
            }
            spaces = Int(counted.wrappedSum())
        }
        while k < end {
            let v = source[k].value
            if v == 0x20 {
                if k > start, source[k - 1].value == 0x20 { break }
                spaces += 1
            } else if !isPlain(v) {
                break
            }
            k += 1
        }
        // A space at the end of the run is kept only with the plain scalar after it.
        if k > start, source[k - 1].value == 0x20 {
            k -= 1
            spaces -= 1
        }
        return (k, spaces)
    }

    /// Printable ASCII but the space, `"`, `'` and "`".
    @inline(__always)
    static func isPlain(_ v: UInt32) -> Bool {
        v &- 0x21 < 0x5E && v != 0x22 && v != 0x27 && v != 0x60
    }

    /// The lanes of `mask`: all ones where it holds, zero elsewhere (its storage), for plain
    /// bitwise operations where the mask's own operators and `any` compile to lane-by-lane code.
    @inline(__always)
    private static func lanes(_ mask: SIMDMask<SIMD4<Int32>>) -> SIMD4<UInt32> {
        unsafeBitCast(mask, to: SIMD4<UInt32>.self)
    }

    /// Whether a lane of `lanes` has a bit set, told from its two halves.
    @inline(__always)
    private static func isSet(_ lanes: SIMD4<UInt32>) -> Bool {
        let halves = unsafeBitCast(lanes, to: SIMD2<UInt64>.self)
        return halves[0] | halves[1] != 0
    }
}
