import Foundation
import Testing
@testable import BriefingCore

/// `SummaryWriter.clean` looks for a no-break space only where a byte A0 is, and for a clock
/// stamp only when the sentence opens with a digit (ASCII, or a scalar past ASCII with a
/// numeric value). It must clean as the plain way does, which always looks.
struct Lead38SummaryCleanTests {
    /// The plain way: every replacement and match tried.
    private static func expected(_ sentence: String) -> String {
        var text = WireLead.stripped(sentence.replacingOccurrences(of: "\u{00A0}", with: " ").trimmingSpaces())
        if let stamp = text.prefixMatch(of: SummaryWriter.timeStamp), stamp.range.upperBound < text.endIndex {
            text = String(text[stamp.range.upperBound...])
        }
        if text.hasSuffix(" .") { text = text.replacingOccurrences(of: " .", with: ".", options: .anchored.union(.backwards)) }
        return text.trimmingSpaces()
    }

    @Test func cleansAsThePlainWayDoes() throws {
        let openings = ["", "0", "05:30 ", "10 ", "9:05 ", "\u{0663} ", "\u{FF13} ", "\u{00BD} ", "\u{00B2} ", "\u{201C}", "\u{00C9}t\u{00E9} ", "A "]
        let stamps = ["p.m. ", "a.m. EDT ", "pm ", "p. m. ", ""]
        let rests = ["The council met.", "Police said\u{00A0}the road was closed .", "Seoul (Yonhap) -- Talks resumed .", "x"]
        var texts = try Repo.seedLines().map(String.init)
        for opening in openings { for stamp in stamps { for rest in rests { texts.append(opening + stamp + rest) } } }
        let writer = SummaryWriter()
        var failures = 0
        for text in texts where writer.clean(text) != Self.expected(text) { failures += 1 }
        #expect(failures == 0)
        // The cases hold stamps the rule strips: both answers are asked about.
        #expect(texts.count { writer.clean($0) != $0.trimmingSpaces() } > 40)
    }
}
