import Testing
@testable import BriefingCore

/// Page keys gathered as bytes and hashed give the hash of the text they were made as before.
struct SearchPageKeysTests {
    private func digests() throws -> [BriefDigest] {
        [BriefDigest(try Repo.brief(Repo.seed000)), BriefDigest(try Repo.brief(Repo.seed002))]
    }

    @Test func personFingerprintIsTheHashOfItsText() throws {
        let digests = try digests()
        let dated = digests[0].link, undated = BriefLink(slug: "no-date", title: "Untitled — café", outlet: nil, published: nil)
        let quotes = [
            (BriefDigest.PersonQuote(speaker: "Ana Lee", text: "We will rebuild the bridge.", role: "mayor", paragraph: 3), dated),
            (BriefDigest.PersonQuote(speaker: "Ana Lee", text: "Nothing is decided «yet».", role: nil, paragraph: 12), undated),
        ]
        for person in [
            PeopleDirectory.Person(name: "Ana Lee", roles: ["mayor", "engineer"], quotes: quotes),
            PeopleDirectory.Person(name: "Bo", roles: [], quotes: []),
        ] {
            var text = "\(person.name)|\(person.roles.joined(separator: ";"))"
            for (quote, brief) in person.quotes {
                text += "|\(quote.text)\u{1}\(quote.paragraph)\u{1}\(brief.slug)\u{1}\(brief.title)\u{1}\(brief.published?.description ?? "")\u{1}\(brief.outlet ?? "")"
            }
            #expect(PeopleDirectory.fingerprint(person) == ContentHash.hex(Array(text.utf8)))
        }
    }

    @Test func briefKeysAreTheHashOfTheirList() throws {
        let digests = try digests().withKeys(["k0", "k1"])
        let keys = BriefKeys(digests)
        let text = zip(digests, ["k0", "k1"]).map { "\($0.slug)=\($1);" }.joined()
        #expect(keys.of(digests) == ContentHash.hex(Array(text.utf8)))
        #expect(keys.of(digests.reversed()) != keys.of(digests))
        let oneKeyless = digests.withKeys(["k0", nil])
        #expect(!BriefKeys(oneKeyless).isComplete && BriefKeys(oneKeyless).of(oneKeyless) == nil)
    }
}
