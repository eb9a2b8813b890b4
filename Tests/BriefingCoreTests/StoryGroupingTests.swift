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

    @Test func namesAreTheCapitalizedWordsInsideSentencesWhateverTheScript() throws {
        let body = [
            "Officials said Betty Ford spoke with NATO envoys in Seoul on Monday. UNESCO said: Heritage sites were safe.",
            "“We will rebuild,” said Mayor Park Won-soon, as RESCUERS searched the rubble near the Han River.",
        ]
        let plain = try StoryFixture.brief("a.md", date: "2024-03-04", title: "Quake hits Seoul", body)
        // A combining accent in a word of its own: the text is no longer split by scalars.
        let accented = try StoryFixture.brief("b.md", date: "2024-03-04", title: "Quake hits Seoul", body + ["The cafe\u{301} stayed shut."])
        let names = StoryDocument(plain).names
        #expect(names == StoryDocument(accented).names)
        // Not the words opening a sentence ("Officials", "Heritage" after a colon, "“We") nor long
        // words in capitals ("UNESCO", "RESCUERS").
        let expected = ["Betty", "Ford", "NATO", "Seoul", "Mayor", "Park", "Won-soon", "Han", "River"].flatMap(StoryTerms.terms)
        #expect(names == Set(expected.map(WordList.number)).sorted())
    }

    /// Text whose words are ASCII is read byte by byte (its dashes and quote marks too), other
    /// text scalar by scalar: both give the same words and names. A one-letter word past ASCII
    /// at the end of each text ("é": too short for a term) sends it the other way without
    /// changing what it says.
    @Test func asciiTextReadsAsItsScalarsDo() {
        let body = [
            "Officials said Betty Ford spoke with NATO envoys in Seoul on Monday. UNESCO said: Heritage sites were safe.",
            "\"We will rebuild,\" said Mayor Park Won-soon, as RESCUERS searched 15,000 homes near the Han River's banks.",
            "Reported\ttroops LEFT 7.6 percent? Yes! Then 'Operation Dawn' began;  twice spaced,\nNew York and\tLima.",
            "“Stay,” Kim’s aide said. “Officials” know\u{2009}Busan\u{00A0}Port – ANTARCTIC waters… Seoul’s SEOUL talks",
        ]
        func brief(_ title: String, _ paragraphs: [String]) -> Brief {
            let article = Article(source: "a.txt", slug: "a", title: title, paragraphs: paragraphs.map { Paragraph(text: $0) }, text: "")
            return Brief(article: article, extraction: Extraction(), keyQuotes: [], keyFigures: [], timeline: [], summary: "")
        }
        let ascii = brief("Quake hits Seoul: NATO acts", body)
        let scalars = brief("Quake hits Seoul: NATO acts é", body.map { $0 + " é" })
        let (a, b) = (StoryDocument.words(ascii), StoryDocument.words(scalars))
        #expect(a.terms.map(\.word) == b.terms.map(\.word) && a.terms.map(\.count) == b.terms.map(\.count))
        #expect(a.names == b.names)
        #expect(["ford", "york", "lima", "busan", "port"].allSatisfy { a.names.contains(WordList.number($0)) })
        // Terms are stems ("officials" → "official"). Not "Officials" opening a sentence, nor
        // "Kim’s" after a closing quote mark, nor "ANTARCTIC" in capitals.
        #expect(["official", "kims", "antarctic"].allSatisfy { word in a.terms.contains { $0.word == WordList.number(word) } })
        #expect(!["official", "kims", "antarctic"].contains { a.names.contains(WordList.number($0)) })
        #expect(a.terms.count > 20)
    }

    /// Every ASCII scalar as its Unicode properties say: a letter joins a word lower-cased and a
    /// digit as it is, a comma or period joins digits without being kept, an apostrophe is
    /// passed over, and anything else ends the word.
    @Test func asciiScalarsJoinOrEndWordsByTheirProperties() {
        for value in UInt8(0)..<0x80 {
            let scalar = Unicode.Scalar(value), c = String(scalar)
            let kept = scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? c.lowercased() : scalar == "'" ? "" : nil
            let words = kept.map { ["mandate\($0)order"] } ?? ["mandate", "order"]
            let number = kept.map { "2024\($0)5" } ?? (scalar == "," || scalar == "." ? "20245" : "2024")
            #expect(StoryTerms.terms("Mandate\(c)order 2024\(c)5") == words + [number], "U+\(String(value, radix: 16))")
        }
    }

    /// Story words read as numbers are the numbers of the words read as strings: ASCII words
    /// stemmed from their bytes, other words through their string, stop words left out.
    @Test func storyTermNumbersAreTheNumbersOfTheTerms() {
        let texts = [
            "Officials reported the troops were leaving Antofagasta; 15,000 people and 7.6 percent.",
            "Les études montrent que l’économie a ralenti, said the ministries’ reports.",
            "", "Ab 12 x",
        ]
        let numbers = StoryTerms.numbers(texts)
        #expect(numbers == texts.map { StoryTerms.terms($0).map(WordList.number) })
        #expect(numbers[0].count == StoryTerms.terms(texts[0]).count && !numbers[0].isEmpty)
    }

    /// The terms of ASCII words, told on their bytes, are the plain rules' on strings: lower
    /// case, two digits or three characters at least, no stop word, the first suffix rule that
    /// leaves three characters of a word of five or more that does not start with a digit.
    @Test func asciiTermsAreThePlainRulesTerms() {
        let suffixes = [("ies", "y"), ("ied", "y"), ("ing", ""), ("edly", ""), ("ed", ""), ("ers", "er"), ("ses", "s"), ("es", "e"), ("ly", ""), ("s", "")]
        func plain(_ word: String) -> [String] {
            let lower = word.lowercased()
            guard lower.count > 2 || (lower.count == 2 && lower.allSatisfy(\.isNumber)), !StoryTerms.stopWords.contains(lower) else { return [] }
            guard lower.count > 4, lower.first?.isNumber == false else { return [lower] }
            for (suffix, replacement) in suffixes where lower.hasSuffix(suffix) && lower.count - suffix.count >= 3 {
                return [String(lower.dropLast(suffix.count)) + replacement]
            }
            return [lower]
        }
        let endings = ["", "s", "es", "ies", "ied", "ing", "edly", "ed", "ers", "ses", "ly", "y", "d", "g"]
        var words = StoryTerms.stopWords.words.filter { $0.utf8.allSatisfy { $0 < 0x80 } && !$0.contains("'") }.sorted()
        var generator = SeededGenerator(state: 5)
        let alphabet = Array("abcdeilnorstuy19")
        for _ in 0..<3000 {
            let letters = (0..<Int.random(in: 1...9, using: &generator)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
            words.append(String(letters) + endings.randomElement(using: &generator)!)
        }
        words += ["Troops", "STUDIES", "1990s", "12", "7", "ab", "Officials", "teachers", "x"]
        for word in words { #expect(StoryTerms.terms(word) == plain(word), "\(word)") }
        #expect(words.count { !StoryTerms.terms($0).isEmpty } > 1000)
    }

    /// The ASCII stem rules, compared on bytes: the first suffix that leaves three bytes,
    /// for words of five bytes or more that do not start with a digit.
    @Test func asciiStemsFollowTheSuffixRules() {
        let stems = [
            "troops": "troop", "reported": "report", "studies": "study", "carried": "carry", "running": "runn",
            "allegedly": "alleg", "teachers": "teacher", "buses": "buse", "makes": "make", "quickly": "quick",
            "glass": "glas", "1990s": "1990s", "bus": "bus", "eyes": "eyes", "dies": "dies", "ties": "ties", "series": "sery",
        ]
        for (word, stem) in stems { #expect(StoryTerms.stem(word) == stem, "\(word)") }
        #expect(StoryTerms.numbers(["Troops studies 1990s"]) == [["troop", "study", "1990s"].map(WordList.number)])
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

    @Test func aPhotoCaptionOfTheEventJoinsItsStory() throws {
        let feature = try StoryFixture.brief("chile-feature.md", date: "2024-06-04", title: "In Chile's north, a night of fear and a morning of rubble", [
            "ANTOFAGASTA, Chile (AP) — The walls of the old market in Antofagasta cracked open a little after midnight, when a magnitude 7.1 earthquake rolled through northern Chile and sent thousands of people running into the streets in their pajamas.",
            "By morning, three people were dead, dozens of adobe homes in Tocopilla had collapsed and the port's cranes stood idle while engineers checked the docks for damage.",
            "Interior Minister Carolina Toha flew in from Santiago and promised emergency housing for families who lost their homes, saying the government would not leave the north to rebuild alone.",
            "Fishermen in Mejillones said the sea drew back briefly before the navy ruled out a tsunami, and many spent the night on the hills above the bay anyway.",
            "Copper miners in the Atacama desert were sent home as companies inspected tunnels and tailings dams, and the state company Codelco said its operations had not been damaged.",
            "Seismologists at the University of Chile said aftershocks of magnitude 5 or more could follow for weeks along the same stretch of the Nazca plate.",
        ])
        let caption = try StoryFixture.brief("chile-photo.md", date: "2024-06-04", title: "Photo: Tocopilla", [
            "A woman walks past her collapsed adobe home in Tocopilla as neighbours clear the rubble.",
        ])
        let briefs = [feature, caption, try budgetVote()]
        #expect(StoryGrouper().groups(of: briefs) == [[0, 1], [2]])
        var withoutFragments = StoryGrouper.Options()
        withoutFragments.shortText = 0
        #expect(StoryGrouper(options: withoutFragments).groups(of: briefs) == [[0], [1], [2]], "the caption alone is too short to reach the cut")
    }

    @Test func aFragmentJoinsTheStoryOfTheLongerTextItIsMostLikeOnly() {
        let short: Set<Int> = [2, 3, 5]
        let clusters = [[0, 1], [2], [3], [4], [5, 6]]
        let edges = [(0, 2, 0.15), (2, 4, 0.3), (1, 3, 0.12), (3, 4, 0.12), (2, 3, 0.5), (5, 0, 0.4)]
        let attached = StoryGrouper.attachingShortTexts(clusters, edges: edges) { short.contains($0) }
        // 2 goes to 4 (its best longer partner); 3 ties between 1 and 4 and takes the earlier;
        // 5 is already in a story and stays there; short texts never gather around each other.
        #expect(attached == [[0, 1, 3], [2, 4], [5, 6]])
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

    /// The cosines of many pairs, taken a first row at a time, are the pairwise cosines to the
    /// last bit: the grouping cuts at fixed thresholds.
    @Test func cosinesOfSortedPairsAreThePairwiseCosines() throws {
        let texts = try (quakeInChile() + [quakeInJapan()]).map { brief in
            ([brief.article.title] + brief.article.paragraphs.map(\.text)).flatMap(StoryTerms.terms)
        } + [["antofagasta", "quake", "quake", "chile"], ["wajima", "fire"], []]
        let vectors = TermVectors(texts, boost: { index, word in index == 0 && word == "antofagasta" ? 2 : 1 })
        let pairs = texts.indices.flatMap { a in texts.indices.filter { $0 != a }.map { (a, $0) } }
        let cosines = vectors.expectingPairwiseCosines(pairs)
        #expect(cosines.contains { $0 > 0.3 } && cosines.contains(0))
    }

    /// LexRank's walk over the similar rows alone gives every score to the last bit as the walk
    /// over the whole matrix of cosines (zeros and all) that it replaced.
    @Test func lexRankOverTheSimilarRowsIsTheWalkOverTheWholeMatrix() throws {
        let texts = try (quakeInChile() + [quakeInJapan()]).flatMap { brief in
            ([brief.article.title] + brief.article.paragraphs.map(\.text)).map(StoryTerms.terms)
        } + [["wajima", "fire"], []]
        let vectors = TermVectors(texts)
        let prior = texts.indices.map { 1 + 1 / Double(1 + $0 % 7) }
        for prior in [prior, nil] {
            let scores = LexRank.scores(vectors, prior: prior)
            let expected = Self.denseLexRank(vectors.rows, prior: prior)
            #expect(scores.map(\.bitPattern) == expected.map(\.bitPattern))
        }
    }

    /// The walk as LexRank took it before, over the whole matrix of cosines.
    private static func denseLexRank(_ rows: [TermVectors.Row], prior: [Double]?) -> [Double] {
        let n = rows.count
        var similarity = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n {
            for j in (i + 1)..<n {
                similarity[i][j] = TermVectors.cosine(rows[i], rows[j])
                similarity[j][i] = similarity[i][j]
            }
        }
        let rowSums = similarity.map { $0.reduce(0, +) }
        let teleport = prior.map { p in p.map { $0 / max(p.reduce(0, +), 1e-12) } } ?? [Double](repeating: 1 / Double(n), count: n)
        var p = [Double](repeating: 1 / Double(n), count: n)
        for _ in 0..<LexRank.iterations {
            var next = teleport.map { (1 - LexRank.damping) * $0 }
            for i in 0..<n {
                if rowSums[i] == 0 {
                    for j in 0..<n { next[j] += LexRank.damping * p[i] * teleport[j] }
                    continue
                }
                let share = LexRank.damping * p[i] / rowSums[i]
                for j in 0..<n where similarity[i][j] > 0 { next[j] += share * similarity[i][j] }
            }
            let change = zip(p, next).reduce(0) { $0 + abs($1.0 - $1.1) }
            p = next
            if change < LexRank.tolerance { break }
        }
        return p
    }

    /// Reading a text's bytes gives the terms that reading its scalars one by one gives.
    @Test(arguments: [
        "Troops moved 15,000 people from Antofagasta on Monday.",
        "Café owners in São Paulo said the 7.6 quake’s damage was “limited”.",
        "Ελλάδα and 東京 reported it’s over; naïve coöperation ½ ٣ troops",
        "",
    ])
    func readingBytesGivesTheTermsOfReadingScalars(_ text: String) {
        var reader = StoryTerms.Reader()
        for scalar in text.unicodeScalars { reader.read(scalar) }
        reader.finish()
        #expect(StoryTerms.terms(text) == reader.terms)
        var numbers = StoryTerms.Reader(numbers: true)
        for scalar in text.unicodeScalars { numbers.read(scalar) }
        numbers.finish()
        #expect(StoryTerms.numbers([text]) == [numbers.numbers])
    }

    /// A source that calls the president only "Obama" quotes the Barack Obama the other names:
    /// the story lists him once, with both quotes.
    @Test func aSurnameInOneSourceIsTheFullNameOfAnother() throws {
        let briefs = [
            try StoryFixture.brief("deal-ap.md", date: "2015-07-14", title: "Obama defends Iran deal", [
                "WASHINGTON (AP) — President Barack Obama defended the nuclear agreement with Iran on Tuesday.",
                "“This deal will prevent Iran from obtaining a nuclear weapon,” Obama said in the East Room.",
            ]),
            try StoryFixture.brief("deal-reuters.md", date: "2015-07-14", title: "Obama says Iran deal cuts off path to bomb", [
                "WASHINGTON (Reuters) — The White House defended the Iran agreement on Tuesday.",
                "“We have cut off every pathway to a bomb,” President Obama told reporters.",
            ]),
        ]
        #expect(briefs.map { $0.extraction.quotes.compactMap(\.speaker) } == [["Barack Obama"], ["Obama"]])
        let story = StoryAssembler().story(briefs)
        #expect(story.people == ["Barack Obama"])
        #expect(story.quotes.map(\.speaker) == ["Barack Obama"])
        #expect(story.quotes.first?.quotes.count == 2)
    }

    @Test func aWordIsANameExactlyWhenItIsAmongTheNames() throws {
        let briefs = try quakeInChile() + [try quakeInJapan(), try budgetVote()]
        var generator = SystemRandomNumberGenerator()
        for document in briefs.map(StoryDocument.init) {
            #expect(!document.names.isEmpty)
            let words = document.terms.map(\.word) + document.names + (0..<2000).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
            for word in words { #expect(document.isName(word) == document.names.contains(word)) }
        }
    }

    @Test func averageLinkageMergesOnlyAboveTheCut() {
        // 0–1 and 1–2 are close, 2–3 far: the mean of {0,1,2} to 3 stays under the cut.
        let edges = [(0, 1, 0.9), (1, 2, 0.8), (0, 2, 0.7), (2, 3, 0.3)]
        #expect(AverageLinkage(threshold: 0.5).clusters(count: 4, edges: edges) == [[0, 1, 2], [3]])
        #expect(AverageLinkage(threshold: 0.05).clusters(count: 4, edges: edges) == [[0, 1, 2, 3]])
    }
}
