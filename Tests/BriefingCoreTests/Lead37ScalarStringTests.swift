import Testing
@testable import BriefingCore

/// `String(scalars:)` of an array or a slice of one writes the UTF-8 itself: the length summed
/// by widths, ASCII text narrowed in a loop of its own, other scalars encoded by their width.
/// It must give the bytes the standard library gives for every scalar and every mix.
struct Lead37ScalarStringTests {
    /// The standard library's string of `scalars`.
    private static func expected(_ scalars: some Sequence<Unicode.Scalar>) -> [UInt8] {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return Array(String(view).utf8)
    }

    @Test func everyScalarInRunsOfMixedWidths() {
        let all = (UInt32(0)...0x10FFFF).compactMap(Unicode.Scalar.init)
        var failures = 0
        // Runs of 61 scalars: each run crosses the ASCII, two-, three- and four-byte
        // boundaries where its values do; an ASCII word is put before each.
        var start = 0
        while start < all.count {
            let run = Array("word ".unicodeScalars) + all[start..<min(start + 61, all.count)]
            if Array(String(scalars: run).utf8) != Self.expected(run) { failures += 1 }
            start += 61
        }
        #expect(failures == 0)
    }

    @Test func eachWidthAtItsEdges() {
        let edges: [UInt32] = [0, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x10FFFF]
        for v in edges {
            let scalar = Unicode.Scalar(v)!
            let cases: [[Unicode.Scalar]] = [[scalar], ["a", scalar, "b"], Array(repeating: scalar, count: 33)]
            for scalars in cases {
                #expect(Array(String(scalars: scalars).utf8) == Self.expected(scalars), "\(String(v, radix: 16))")
            }
        }
    }

    @Test func asciiTextEmptyTextAndSlices() {
        let text = Array("Officials met on Tuesday, the ministry said. “We agreed,” he said — at 5 p.m.".unicodeScalars)
        #expect(String(scalars: [Unicode.Scalar]()) == "")
        #expect(String(scalars: text[0..<9]) == "Officials")
        for lower in stride(from: 0, to: text.count, by: 7) {
            for upper in stride(from: lower, through: text.count, by: 5) {
                #expect(Array(String(scalars: text[lower..<upper]).utf8) == Self.expected(text[lower..<upper]))
            }
        }
    }
}
