import Foundation

/// Everyone quoted by name across the briefs, with all their quotes but partial ones (fewer
/// than four words), newest first.
struct PeopleDirectory {
    struct Person {
        var name: String
        var roles: [String]
        var quotes: [(quote: BriefDigest.PersonQuote, brief: BriefLink)]
        var path: String { SiteLinks.person(name) }

        mutating func add(_ quote: BriefDigest.PersonQuote, from brief: BriefLink) {
            if let role = quote.role, !roles.contains(role) { roles.append(role) }
            quotes.append((quote, brief))
        }
    }

    let people: [Person]

    /// The people of `briefs`, each under the name they go by on the site (`names`).
    init(_ briefs: [BriefDigest], names: PersonNames? = nil) {
        let names = names ?? PersonNames(briefs)
        // Each brief's quotes, decoded once from its digest's details.
        let quotes = briefs.indices.map { briefs[$0].details.personQuotes }
        var people: [Person] = []
        // Each person's place in `people` by page path, and each speaker's, found once: a
        // speaker is quoted many times, and several speakers may go by one name.
        var byPath: [String: Int] = [:]
        var bySpeaker: [String: Int] = [:]
        // Each brief's link read where the briefs are: a digest copied out per brief took a
        // reference to each of its parts.
        for i in briefs.indices where !quotes[i].isEmpty {
            let link = briefs[i].link
            for quote in quotes[i] {
                let person: Int
                if let known = bySpeaker[quote.speaker] {
                    person = known
                } else {
                    let name = names.name(for: quote.speaker)
                    let path = SiteLinks.person(name)
                    if let known = byPath[path] {
                        person = known
                    } else {
                        person = people.count
                        byPath[path] = person
                        people.append(Person(name: name, roles: [], quotes: []))
                    }
                    bySpeaker[quote.speaker] = person
                }
                // Updated in place: copying a person out and back would copy their quotes each time.
                people[person].add(quote, from: link)
            }
        }
        // Briefs arrive newest first, so each person's quotes already are. Two people never
        // tie: one name makes one page path.
        self.people = people.sorted { ($0.quotes.count, $1.name) > ($1.quotes.count, $0.name) }
    }

    /// Everything a person's page shows, for its page key: the `ContentHash` (hex) of its
    /// name, roles and quotes with their briefs, "name|roles|text\u{1}paragraph\u{1}slug\u{1}
    /// title\u{1}date\u{1}outlet|…", gathered as one run of bytes, not as a growing string.
    static func fingerprint(_ person: Person) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256 * (person.quotes.count + 1))
        func add(_ separator: UInt8, _ text: String) {
            bytes.append(separator)
            bytes.append(utf8Of: text)
        }
        bytes.append(utf8Of: person.name)
        add(UInt8(ascii: "|"), person.roles.joined(separator: ";"))
        for (quote, brief) in person.quotes {
            add(UInt8(ascii: "|"), quote.text)
            bytes.append(1)
            bytes.append(digitsOf: quote.paragraph)
            add(1, brief.slug)
            add(1, brief.title)
            add(1, brief.published?.description ?? "")
            add(1, brief.outlet ?? "")
        }
        return ContentHash.hex(bytes)
    }

    func context(_ person: Person) -> TemplateValues {
        let root = SiteLinks.root(for: person.path)
        return [
            "name": .text(person.name), "roles": .text(person.roles.joined(separator: "; ")), "hasRoles": .flag(!person.roles.isEmpty),
            "count": .number(person.quotes.count), "countLabel": .text(BriefCards.counted(person.quotes.count, "quote")),
            "quotes": .items(person.quotes.map { QuoteItem($0.quote, from: $0.brief, root: root) }),
        ]
    }

    /// A quote on a person's page, with the brief it is from.
    struct QuoteItem: TemplateContext {
        let text: String
        let url: String
        let brief: BriefLink

        init(_ quote: BriefDigest.PersonQuote, from brief: BriefLink, root: String) {
            text = QuoteDisplay.text(quote.text)
            url = root + SiteLinks.brief(brief.slug) + "#p\(quote.paragraph + 1)"
            self.brief = brief
        }

        func child(_ key: TemplateKey) -> TemplateValue? {
            switch key {
            case .text: .text(text)
            case .textHTML: .text(HTMLEscaper.escape(text))
            case .briefTitle: .text(brief.title)
            case .url: .text(url)
            case .published: .text(brief.published?.description ?? "")
            case .hasPublished: .flag(brief.published != nil)
            case .publishedLabel: .text(brief.published.map(BriefText.longDate) ?? "")
            case .outlet: .text(brief.outlet ?? "")
            case .hasOutlet: .flag(brief.outlet != nil)
            default: nil
            }
        }
    }

    func indexContext(root: String) -> TemplateValues {
        [
            "count": .number(people.count),
            "people": .items(people.map { person -> TemplateValues in
                ["name": .text(person.name), "url": .text(root + person.path), "count": .number(person.quotes.count),
                 "countLabel": .text(BriefCards.counted(person.quotes.count, "quote")), "roles": .text(person.roles.first ?? "")]
            }),
        ]
    }
}
