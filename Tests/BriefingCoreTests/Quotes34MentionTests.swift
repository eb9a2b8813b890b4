import Foundation
import Testing
@testable import BriefingCore

/// The quote extractor's shortcuts agree with the plain way: `SpeakerDirectory.resolve(nominal:)`
/// (which rules a mention out by its last word before splitting it) and a mention resolved to no
/// known name (which is not split when its last word opens with no capital) give what the plain
/// rules give, on directories learned from the seed articles and mentions made of their words
/// and of words past ASCII.
@Suite("Quotes 34: mentions ruled out by their last word")
struct Quotes34MentionTests {
    private static var seedLines: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(at: Repo.seeds, includingPropertiesForKeys: nil)) ?? []
        return files.sorted { $0.path < $1.path }.flatMap { file in
            ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        }
    }

    private static var seedTokens: [[Token]] { seedLines.map { Tokenizer.tokens($0) } }

    /// Names past ASCII, canonically equal pairs, CR LF, spaces and the ASCII characters others equal.
    private static let unusual = ["", " ", "K", "\u{212A}", "Caf\u{00E9}", "Cafe\u{0301}", "Caf\u{00E9} Lopez", "Cafe\u{0301} Lopez", "Lopez Caf\u{00E9}",
                                  "O\u{2019}Brien", "Dan O\u{2019}Brien", "Jos\u{00E9} \u{00C1}lvarez", "Jose\u{0301} A\u{0301}lvarez", "Maria  Lopez",
                                  "Maria\r\nLopez", "Maria\r", "\nLopez", "Maria\tLopez", "Ahn Gyu-back", "Ahn", "Gyu-back", "Loretta E. Lynch",
                                  "Aung San Suu Kyi", "Suu Kyi", "Aung San", "Mr. Ahn", "Ms. Lynch", "Dr. Kyi", "a", "ab", "abcdefgh", "abcdefghi",
                                  "bcdefghi", "abcdefgh ", " abcdefgh", "Mr", "President Kyi"]

    private static func words(_ tokens: [[Token]]) -> [String] {
        Array(Set(tokens.flatMap { $0.map(\.text) }).sorted().prefix(400))
    }

    /// `SpeakerDirectory.resolve(nominal:)` as it was written before the head was read first, without its filters.
    private static func plainNominal(_ directory: SpeakerDirectory, _ mention: String) -> SpeakerDirectory.Entity? {
        guard directory.entities.contains(where: { $0.role != nil }) else { return nil }
        let words = mention.split(atASCII: 0x20)
        guard words.count >= 2, words.count <= 4, OrganizationDirectory.definite.contains(words[0].lowercased()), let head = words.last?.lowercased(),
              SpeakerDirectory.roleNouns.contains(head) || SpeakerDirectory.titles.contains(head.capitalized) else { return nil }
        return directory.entities.last { entity in
            entity.role.map { $0.lowercased().split(atASCII: 0x20).contains { $0 == head } } ?? false
        }
    }

    /// A directory of each seed file's paragraphs, and one of names past ASCII with roles.
    private static var directories: [SpeakerDirectory] {
        var learned = SpeakerDirectory()
        for tokens in seedTokens { learned.learn(from: tokens) }
        var others = SpeakerDirectory()
        // Roles of role nouns and of titles only ("Judge", "Coach").
        let roles = ["Deputy Foreign Minister", "Judge", "Coach", "Chief economist", "Lawyer", "Secretary-General"]
        for (k, name) in Self.unusual.enumerated() where !name.isEmpty {
            let words = name.split(separator: " ").map(String.init)
            others.add(SpeakerDirectory.Entity(name: name, role: roles[k % roles.count], key: SpeakerDirectory.key(for: words)))
        }
        var both = learned
        for entity in others.entities { both.add(entity) }
        return [learned, others, both]
    }

    /// The end of `QuoteExtractor.resolveName` as it was written before the shortcut, for a mention that is no
    /// pronoun, names no one the directory knows and no organization: its role split off, else itself.
    private static func plainUnresolved(_ mention: String, _ directory: SpeakerDirectory) -> (name: String, role: String?) {
        guard mention.utf8.contains(0x20) else { return (mention, nil) }
        let words = mention.split(separator: " ").map(String.init)
        if words.count >= 3, !directory.entities.isEmpty {
            for k in 1...(words.count - 2) {
                if let entity = directory.resolve(words[k...].joined(separator: " ")) { return (entity.name, entity.role) }
            }
        }
        if words.count == 2, QuoteAttribution.determiners.containsLowercased(words[0]), QuoteAttribution.isNationalityNoun(words[1]) { return (mention, nil) }
        let roleEnd = words.lastIndex { word in
            !word.startsWithUppercase || SpeakerDirectory.isHonorific(word) || SpeakerDirectory.titles.contains(word) || SpeakerDirectory.roleNouns.containsLowercased(word)
        }
        guard let roleEnd, roleEnd + 1 < words.count else { return (mention, nil) }
        let name = words[(roleEnd + 1)...].joined(separator: " ")
        let role = words[...roleEnd].filter { !SpeakerDirectory.isHonorific($0) }.joined(separator: " ")
        if let entity = directory.resolve(name) { return (entity.name, entity.role ?? (role.isEmpty ? nil : role)) }
        return (name, role.isEmpty ? nil : role)
    }

    @Test func unresolvedMentionsKeepWhatThePlainRulesGive() {
        var mentions = Set(Self.unusual)
        for tokens in Self.seedTokens {
            let texts = tokens.map(\.text)
            for n in 1...5 where texts.count >= n {
                for k in 0...(texts.count - n) { mentions.insert(texts[k..<(k + n)].joined(separator: " ")) }
            }
        }
        let extras = ["the German", "a Kenyan", "Defense Minister Ahn", "Secretary of State Ahn Gyu-back", "Mr. Suu Kyi", "officials in Seoul",
                      "Senior researcher Park Yong-han", "the ministry of Suu Kyi", "Caf\u{00E9} owner Lopez", "ex-minister  Lopez", "group (AP)",
                      "the Mr. abcdefgh", "a Dr. ab", "our President abcdefghi", "the Ms. a"]
        mentions.formUnion(extras + extras.map { $0.lowercased() })
        var disagreements: [String] = [], checked = 0, shortcut = 0
        let extractor = QuoteExtractor()
        for directory in Self.directories + [SpeakerDirectory()] {
            for mention in mentions.sorted() where !mention.isEmpty && !QuoteAttribution.isPronoun(mention) && QuoteExtractor.possessivePronoun(of: mention) == nil
                && directory.resolve(nominal: mention) == nil && directory.resolve(mention) == nil {
                let speaker = extractor.resolve(mention, cue: nil, directory, OrganizationDirectory(), antecedent: nil)
                let plain = Self.plainUnresolved(mention, directory)
                if speaker.name != plain.name || speaker.role != plain.role { disagreements.append(mention) }
                if mention.utf8.contains(0x20), !(mention.split(separator: " ").last?.startsWithUppercase ?? true) { shortcut += 1 }
                checked += 1
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count): \(disagreements.prefix(10))")
        #expect(checked > 1000 && shortcut > 300)
    }

    @Test func nominalMentionsFindWhatThePlainRulesFind() {
        let heads = Array(SpeakerDirectory.roleNouns.words) + Array(SpeakerDirectory.titles.words) + Self.words(Self.seedTokens).prefix(200)
            + ["MINISTER", "Minister", "minister\u{2019}s", "caf\u{00E9}", "cafe\u{0301}", "SECRETARY-GENERAL", "secretary-general"]
        var mentions: [String] = []
        for head in heads {
            for opening in ["the", "The", "THE", "this", "that", "a", "the former", "the foreign", "the deputy foreign"] {
                mentions += ["\(opening) \(head)", "\(opening) \(head.lowercased())", "\(opening)  \(head)", "\(opening) \(head) ", "\(opening) new \(head)"]
            }
        }
        var disagreements: [String] = [], found = 0
        for directory in Self.directories {
            for mention in mentions {
                let fast = directory.resolve(nominal: mention), plain = Self.plainNominal(directory, mention)
                if fast != plain { disagreements.append(mention) }
                if fast != nil { found += 1 }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.count): \(disagreements.prefix(10))")
        #expect(found > 100)
    }
}
