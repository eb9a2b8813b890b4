import Testing
@testable import BriefingCore

@Suite("Figures: ranges and bounds")
struct FigureRangeTests {
    @Test func betweenAndGivesBothEndsWithoutMidpoint() throws {
        let figure = try #require(Figures.of("Between 10,000 and 12,000 troops were sent.").first)
        #expect(figure.text == "Between 10,000 and 12,000 troops")
        #expect(figure.kind == .range && figure.low == 10_000 && figure.high == 12_000 && figure.value == 10_000)
        #expect(figure.unit == "troops" && figure.interval == "[10000,12000]")
    }

    @Test(arguments: [
        ("The number range is 1000-5000.", "1000-5000", 1000.0, 5000.0),
        ("The range is 20 through 100.", "20 through 100", 20, 100),
        ("It flew from one thousand to one thousand and five hundred feet.", "from one thousand to one thousand and five hundred feet", 1000, 1500),
        ("Walls eight to 10 feet tall.", "eight to 10 feet", 8, 10),
        ("The range is 5k-20k.", "5k-20k", 5000, 20000),
    ] as [(String, String, Double, Double)])
    func twoSidedRanges(_ sentence: String, _ text: String, _ low: Double, _ high: Double) throws {
        let figure = try #require(Figures.first(sentence, text: text), "found: \(Figures.of(sentence).map(\.text))")
        #expect(figure.kind == .range && figure.low == low && figure.high == high)
    }

    @Test(arguments: [
        ("More than 30,000 people fled.", "More than 30,000 people", "(30000,)"),
        ("Nissan plans to cut up to 700 workers.", "up to 700 workers", "(,700]"),
        ("At least 12 boats sank.", "At least 12 boats", "[12,)"),
        ("Fewer than a thousand pandas live in the wild.", "Fewer than a thousand pandas", "(,1000)"),
        ("Prices over 170 apiece.", "over 170", "(170,)"),
        ("They expect 5,000 or more visitors.", "5,000 or more visitors", "[5000,)"),
    ])
    func oneSidedBoundsAreApproximate(_ sentence: String, _ text: String, _ interval: String) throws {
        let figure = try #require(Figures.first(sentence, text: text), "found: \(Figures.of(sentence).map(\.text))")
        #expect(figure.approximate)
        #expect(figure.interval == interval)
        #expect(figure.kind != .range)
    }

    @Test func twoBoundsJoinIntoOneRange() throws {
        let figure = try #require(Figures.of("The number is more than 10 and less than 40.").first)
        #expect(figure.kind == .range && figure.low == 10 && figure.high == 40 && figure.interval == "(10,40)")
        let reversed = try #require(Figures.of("There're at most 100 and at least 20 apples.").first)
        #expect(reversed.low == 20 && reversed.high == 100 && reversed.interval == "[20,100]")
    }

    @Test func hedges() throws {
        for (sentence, text) in [
            ("Roughly 15,000 troops arrived.", "Roughly 15,000 troops"), ("It took about 3 hours.", "about 3 hours"),
            ("Around 3,000 additional troops came.", "Around 3,000 additional troops"),
            ("Nearly 40% of the budget.", "Nearly 40%"), ("An estimated 2,000 people marched.", "An estimated 2,000 people"),
            ("Some 325 kilometers northwest.", "Some 325 kilometers"),
        ] {
            let figure = try #require(Figures.first(sentence, text: text), "found: \(Figures.of(sentence).map(\.text))")
            #expect(figure.approximate, "\(text)")
        }
    }

    @Test func decreasingNumbersAreNoRange() {
        #expect(!Figures.of("The score was 24-7 at half time.").contains { $0.kind == .range })
    }
}
