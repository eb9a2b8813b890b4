import Testing
@testable import BriefingCore

/// Grouping briefs into stories and the story record, on hand-written articles modelled on
/// wire copy.
@Suite("Story grouping")
struct StoryGroupingTests {
    private func quakeInChile() throws -> [Brief] {
        [
            try StoryFixture.brief("chile-ap.md", date: "2024-06-03", title: "Strong earthquake shakes northern Chile", [
                "SANTIAGO, Chile (AP) — A magnitude 7.1 earthquake shook northern Chile on Monday, toppling walls in the port city of Antofagasta and killing three people, Chile's disaster agency said.",
                "The quake struck at a depth of 40 kilometers about 60 kilometers north of Antofagasta, the U.S. Geological Survey said.",
                "Interior Minister Carolina Toha said rescue teams were searching damaged homes in Antofagasta and Tocopilla.",
            ]),
            try StoryFixture.brief("chile-reuters.md", date: "2024-06-03", title: "Quake kills three in Chile's Antofagasta", [
                "SANTIAGO (Reuters) — A 7.1 magnitude earthquake struck near Antofagasta in northern Chile on Monday, killing three people and damaging homes in Tocopilla, authorities said.",
                "The U.S. Geological Survey said the quake was 40 kilometers deep; Chile's navy ruled out a tsunami on the Antofagasta coast.",
                "\"We are searching every damaged home,\" Interior Minister Carolina Toha told reporters in Antofagasta.",
            ]),
        ]
    }

    private func quakeInJapan() throws -> Brief {
        try StoryFixture.brief("japan-ap.md", date: "2024-01-01", title: "Powerful earthquake hits Japan's Noto peninsula", [
            "TOKYO (AP) — A magnitude 7.5 earthquake struck the Noto peninsula in Ishikawa prefecture on New Year's Day, collapsing houses in Wajima and Suzu and prompting tsunami warnings along Japan's western coast.",
            "Prime Minister Fumio Kishida said troops had been sent to Wajima, where a fire destroyed a market street.",
            "The Japan Meteorological Agency warned of aftershocks in Ishikawa for the coming week.",
        ])
    }

    private func budgetVote() throws -> Brief {
        try StoryFixture.brief("budget.md", date: "2024-06-03", title: "Dutch parliament passes budget", [
            "THE HAGUE (Reuters) — The Dutch parliament approved the coalition's budget on Monday after a late-night debate over farm subsidies and housing.",
            "Finance Minister Steven van Weyenberg said the plan would cut the deficit to 2.5 percent of output next year.",
        ])
    }

    @Test func theSameEventFromTwoOutletsIsOneStory() throws {
        let groups = StoryGrouper().groups(of: try quakeInChile())
        #expect(groups == [[0, 1]])
    }

    @Test func twoEarthquakesAreTwoStories() throws {
        let briefs = try quakeInChile() + [try quakeInJapan()]
        let groups = StoryGrouper().groups(of: briefs)
        #expect(groups == [[0, 1], [2]])
    }

    @Test func everyInputIsInExactlyOneStoryInInputOrder() throws {
        let briefs = [try quakeInJapan()] + (try quakeInChile()) + [try budgetVote()]
        let stories = StoryGrouper().stories(of: briefs)
        let sources = stories.flatMap(\.sources)
        #expect(sources.sorted() == briefs.map(\.article.source).sorted())
        #expect(Set(sources).count == briefs.count)
        for story in stories {
            let positions = story.sources.map { s in briefs.firstIndex { $0.article.source == s }! }
            #expect(positions == positions.sorted())
        }
        #expect(stories.count == 3)
    }

    @Test func groupingIsDeterministic() throws {
        let briefs = (try quakeInChile()) + [try quakeInJapan(), try budgetVote()]
        let first = StoryGrouper().stories(of: briefs)
        for _ in 0..<3 { #expect(StoryGrouper().stories(of: briefs) == first) }
    }

    @Test func theStoryMergesWhatItsSourcesSay() throws {
        let story = try #require(StoryGrouper().stories(of: try quakeInChile()).first)
        #expect(story.sources == ["chile-ap.md", "chile-reuters.md"])
        #expect(story.first?.description == "2024-06-03")
        #expect(story.id.hasPrefix("strong-earthquake-shakes-northern-chile-chile-ap"))
        #expect(story.quotes.first?.speaker == "Carolina Toha")
        let words = story.summary.split(whereSeparator: \.isWhitespace).count
        #expect(words > 30 && words <= 230)
        #expect(!story.summary.contains("(AP)") && !story.summary.contains("(Reuters)"))
        let record = StoryRecord.make(story)
        guard case .object(let pairs) = record else { Issue.record("not an object"); return }
        #expect(pairs.map(\.0) == ["id", "title", "summary", "sources", "first", "last", "places", "people", "events", "quotes", "figures", "conflicts"])
    }

    @Test func averageLinkageMergesOnlyAboveTheCut() {
        // 0–1 and 1–2 are close, 2–3 far: the mean of {0,1,2} to 3 stays under the cut.
        let edges = [(0, 1, 0.9), (1, 2, 0.8), (0, 2, 0.7), (2, 3, 0.3)]
        #expect(AverageLinkage(threshold: 0.5).clusters(count: 4, edges: edges) == [[0, 1, 2], [3]])
        #expect(AverageLinkage(threshold: 0.05).clusters(count: 4, edges: edges) == [[0, 1, 2, 3]])
    }
}
