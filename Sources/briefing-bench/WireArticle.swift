/// One generated wire-style article, shaped like the scraped seeds: headline, deck, byline,
/// outlet, image file name, caption, date line, dateline, quotes with speakers, figures and
/// relative dates.
struct WireArticle {
    var slug: String
    var title: String
    var date: String
    var body: [String]
    /// The scraped-text file, junk lines included.
    var scrapedText: String

    init(index: Int) {
        var rng = SplitMix64(seed: UInt64(index) &* 0x2545_F491_4F6C_DD1D &+ 1)
        func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
        func number(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(rng.next() % UInt64(range.count)) }

        let year = 2015 + index % 11
        let month = 1 + number(0...11)
        let day = 1 + number(0...27)
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        let speaker = pick(Self.people)
        let second = pick(Self.people.filter { $0.surname != speaker.surname })
        let place = pick(Self.places)
        let topic = pick(Self.topics)
        let country = pick(Self.countries)
        let amount = String(format: "%.1f", Double(number(12...980)) / 10)
        let troops = number(1...40) * 500
        let percent = number(2...68)
        let outlet = pick(["The Korea Herald", "Korea Bizwire", "The Daily Ledger", "The Harbor Times"])
        let author = pick(["Jung Min-kyung", "M. H. Lee", "Anna Weber", "Carlos Ruiz", "Priya Nair", "Tom Becker"])
        let weekday = pick(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])

        title = "\(country) \(pick(["weighs", "unveils", "debates", "expands", "reviews"])) \(topic) plan after talks in \(place.capitalized) (\(index))"
        slug = "article-\(index)"
        date = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        let deck = "Officials in \(place.capitalized) said the \(topic) plan could change how \(country) works with its neighbors over the next \(number(2...9)) years."
        body = [
            "\(place) – \(country) will review its \(topic) policy after a round of talks that ended without agreement, \(speaker.role.lowercased()) \(speaker.name) said \(weekday).",
            "\u{201C}We are not going to accept a plan that leaves our partners behind, and we said so clearly in every meeting,\u{201D} \(speaker.title) \(speaker.surname) said at a briefing on the talks.",
            "The government has set aside \(amount) billion dollars for the program, roughly \(percent) percent more than last year, according to budget documents seen by reporters.",
            "Last month, about \(troops) troops took part in joint exercises near the border, the largest such drill since \(months[month - 1]) \(year - 2).",
            "\u{201C}The numbers tell their own story. We have more people, more money and more attention on this than at any time in recent years,\u{201D} \(speaker.surname) added.",
            "\(second.role) \(second.name), who attended the talks last week, warned that the \(topic) plan could face delays of up to \(number(2...11)) months.",
            "\u{201C}Nobody should expect a quick result. These negotiations have a long history, and the hard questions are still on the table,\u{201D} \(second.surname) told reporters.",
            "Analysts said the plan would affect more than \(number(2...90)),000 workers and \(number(3...40)) regional ports, and that a final decision was expected in \(months[(month + 2) % 12]).",
            "The next round of talks is scheduled for \(months[(month + 1) % 12]) \(number(1...28)), officials said, with delegations from \(number(3...12)) countries expected to attend.",
            "The \(topic) ministry said in a statement on \(weekday) that it had received \(number(120...990)) public comments on the draft since it was published in \(months[(month + 9) % 12]), most of them from small businesses and local councils.",
            "Opposition lawmakers have criticized the plan, saying it was drawn up without enough consultation. \u{201C}This is a decision that will shape the next decade, and it was made in a few weeks,\u{201D} said \(pick(Self.people).name), who chairs the parliamentary committee on \(topic).",
            "Two years ago, a similar proposal collapsed after \(number(4...19)) days of negotiations, when delegates could not agree on how to share the costs, which were then estimated at \(number(2...40)) trillion won.",
            "Industry groups welcomed the talks but warned that prices could rise by \(number(3...15)) to \(number(16...30)) percent if the new rules take effect before the end of the year.",
            "\u{201C}We support the direction, but the timetable is too tight for companies that have already signed contracts for next year,\u{201D} a spokesperson for the largest business association said.",
            "The government expects to publish a revised draft next month and to put it to a vote before \(months[(month + 4) % 12]), according to a schedule released by the prime minister\u{2019}s office.",
            "Since \(year - 3), the country has spent an average of \(number(2...9)).\(number(1...9)) billion dollars a year on \(topic), and the share of the budget going to the sector has grown from \(number(2...6)) percent to \(number(7...12)) percent, according to official figures.",
            "\u{201C}If we get this right, the benefits will be felt in every region. If we get it wrong, we will be explaining the costs for years,\u{201D} \(second.surname) said in a radio interview earlier this year.",
            "Diplomats said \(country) would also raise the issue at a regional summit in \(pick(Self.places).capitalized) in \(months[(month + 6) % 12]), where leaders from \(number(10...27)) nations are expected to discuss \(topic) and security cooperation.",
        ]
        // Three paragraphs after the lead are left out, a different three in each article, so
        // no article's text is 80 % made of another's and none is taken for a repeat story.
        for _ in 0..<3 { body.remove(at: number(1...(body.count - 1))) }
        let caption = "\(speaker.role) \(speaker.name) speaks during a press conference in \(place.capitalized), in this photo taken on \(months[(month + 10) % 12]) \(number(1...28)), \(year - 1). (Yonhap)"
        scrapedText = ([title, deck, author, author, outlet, "img\(index)-\(number(100_000...999_999)).jpg", caption, "\(months[month - 1]) \(day), \(year)"] + body + ["####", "scroll to top"])
            .joined(separator: "\n\n") + "\n"
    }

    /// The same text as a Hugo content page.
    var hugoPage: String {
        "---\ntitle: \"\(title)\"\ndate: \(date)\n---\n\n" + body.joined(separator: "\n\n") + "\n"
    }

    /// The same text as plain Markdown, for the cmark floor.
    var markdown: String {
        "# \(title)\n\n" + body.joined(separator: "\n\n") + "\n"
    }

    struct Person {
        var name: String
        var surname: String
        var title: String
        var role: String
    }

    /// 144 speakers (12 given names × 12 family names, roles spread over them), so that two
    /// articles rarely share speakers, topic and country and are never taken for the same story.
    static let people: [Person] = {
        let given = [("Maria", "Ms."), ("Helen", "Ms."), ("David", "Mr."), ("Lena", "Dr."), ("Samuel", "Adm."), ("Anna", "Ms."),
                     ("Carlos", "Mr."), ("Priya", "Dr."), ("Tom", "Mr."), ("Grace", "Ms."), ("Omar", "Mr."), ("Sofia", "Ms.")]
        let family = ["Lopez", "Carter", "Okafor", "Fischer", "Paparo", "Weber", "Ruiz", "Nair", "Becker", "Haddad", "Novak", "Silva"]
        let roles = ["Defense Minister", "Senior researcher", "Foreign Minister", "Commander", "Trade Secretary", "Deputy Prime Minister",
                     "Finance Minister", "Chief economist", "Energy Minister", "Labor Minister", "Central bank governor", "Health Minister"]
        var people = [
            Person(name: "Ahn Gyu-back", surname: "Ahn", title: "Mr.", role: "Defense Minister"),
            Person(name: "Park Yong-han", surname: "Park", title: "Mr.", role: "Senior researcher"),
            Person(name: "Kim Soo-jin", surname: "Kim", title: "Ms.", role: "Deputy Prime Minister"),
        ]
        for (g, (first, title)) in given.enumerated() {
            for (f, last) in family.enumerated() {
                people.append(Person(name: "\(first) \(last)", surname: last, title: title, role: roles[(g * 5 + f * 7) % roles.count]))
            }
        }
        return people
    }()
    static let places = ["SEOUL", "WASHINGTON", "BERLIN", "TOKYO", "NAIROBI", "LIMA", "OSLO", "HANOI", "LONDON", "PARIS",
                         "MADRID", "CAIRO", "DELHI", "JAKARTA", "MANILA", "SYDNEY", "OTTAWA", "ROME", "ACCRA", "QUITO"]
    static let countries = ["South Korea", "Germany", "Japan", "Kenya", "Peru", "Norway", "Vietnam", "Canada", "Brazil", "Chile",
                            "France", "Italy", "Ghana", "Egypt", "India", "Indonesia", "Spain", "Poland", "Mexico", "Thailand"]
    static let topics = ["energy", "defense", "trade", "housing", "shipping", "water", "education", "health",
                         "fisheries", "rail", "broadband", "tourism", "mining", "farming", "pension", "tax"]
}
