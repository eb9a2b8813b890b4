import Testing
@testable import BriefingCore

/// `SitePages.key` gathers the bytes of its parts with "|" between them and hashes them: the key
/// must be the hash of the parts joined as a string, as it was made, and a brief page's key of
/// its inputs given as parts that of the inputs joined first.
struct Pages39PageKeyTests {
    static let pieces = ["", "|", "a", "slug-1", "Title “curly” é", "👍🏽", ";", "x=y", "0123456789abcdef"]

    @Test func hashesThePartsJoined() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let p = (0..<9).map { _ in
                (0..<Int.random(in: 0...3, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            }
            func joined(_ parts: [String]) -> String { ContentHash.hex(Array(parts.joined(separator: "|").utf8)) }
            #expect(SitePages.key(p[0], p[1], p[2]) == joined(Array(p[0..<3])), "\(p)")
            // A brief page's key: its inputs as parts, or joined first as `pageKey` takes them.
            let page = SitePages.key(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8])
            #expect(page == joined(p), "\(p)")
            #expect(page == SitePages.key(p[0], p[1], p[2...].joined(separator: "|")), "\(p)")
        }
    }
}
