import Testing
@testable import BriefingCore

/// The directories learn what they learned before: an entity keeps one key word
/// (`SpeakerDirectory.Entity.key`, no longer a set), a role stops at an honorific written
/// without its period (`SpeakerDirectory.role`), and a country still owns a public body.
@Suite("Quotes 30: what the directories learn")
struct Quotes30DirectoryTests {
    private static func tokens(_ paragraphs: [String]) -> [[Token]] { paragraphs.map { Tokenizer.tokens($0) } }

    @Test func aCountryOwnsAPublicBodyButNotANewspaper() {
        var organizations = OrganizationDirectory()
        for tokens in Self.tokens([
            "North Korea’s Foreign Ministry said on Monday that the talks had failed.",
            "South Korea’s JoongAng Ilbo reported the claim.",
            "John Smith and Mary Jones said so.",
        ]) {
            organizations.learn(from: tokens, starts: NameStarts.of(tokens))
        }
        #expect(organizations.organizations.map(\.name) == ["North Korea’s Foreign Ministry", "JoongAng Ilbo"])
        #expect(organizations.organizations.map(\.kinds) == [["ministry"], ["newspaper", "website", "broadcaster", "newsagency"]])
        #expect(organizations.resolve(nominal: "the ministry") == "North Korea’s Foreign Ministry")
        #expect(organizations.resolve(nominal: "the newspaper") == "JoongAng Ilbo")
    }

    @Test func anEntityIsKeyedByItsSurnameOrFamilyName() {
        var people = SpeakerDirectory()
        for tokens in Self.tokens([
            "Boris Johnson spoke first.", "Later, Jo Johnson said he agreed.",
            "Ahn Gyu-back, the defense minister, said so.", "Samuel Paparo, commander of the fleet, agreed.",
            "Loretta E. Lynch and Loretta Lynch are one person.",
        ]) {
            people.learn(from: tokens)
        }
        let keys = Dictionary(people.entities.map { ($0.name, $0.key) }, uniquingKeysWith: { first, _ in first })
        #expect(keys["Boris Johnson"] == "Johnson")
        #expect(keys["Ahn Gyu-back"] == "Ahn")
        #expect(keys["Samuel Paparo"] == "Paparo")
        #expect(people.sharingSurnames == ["Boris Johnson", "Jo Johnson"])
        #expect(people.resolve("Johnson")?.name == "Boris Johnson")
        #expect(people.resolve("Mr. Ahn")?.name == "Ahn Gyu-back")
        #expect(people.resolve("Paparo")?.role == "commander of the fleet")
        #expect(people.resolve("Kerry") == nil)
    }

    /// "Mr" stops a role read back from a name as "Mr." would: it is an honorific, not a
    /// capitalized role word.
    @Test func aRoleStopsAtAnHonorificWithoutItsPeriod() {
        var people = SpeakerDirectory()
        for tokens in Self.tokens(["Defense Minister Mr John Smith said so.", "Defense Minister Jane Doe said so."]) {
            people.learn(from: tokens)
        }
        #expect(people.entities.map(\.name) == ["John Smith", "Jane Doe"])
        #expect(people.entities.map(\.role) == [nil, "Defense Minister"])
    }
}
