/// The people and organizations an article names, with their roles, for resolving later
/// mentions ("Mr. Ahn", "Park", "he", "the report") to a canonical name.
struct SpeakerDirectory {
    struct Entity: Equatable {
        var name: String
        var role: String?
        /// Words that refer back to this entity: family name, given-name-last surname.
        var keys: Set<String>
    }

    private(set) var entities: [Entity] = []

    /// The directory as it stood when it held its first `count` entities (learning only appends).
    func prefix(_ count: Int) -> SpeakerDirectory {
        guard count < entities.count else { return self }
        var directory = SpeakerDirectory()
        directory.entities = Array(entities[..<count])
        return directory
    }

    /// Registers the full names found in `paragraph` (two or three capitalized words).
    mutating func learn(from tokens: [Token]) {
        var i = 0
        while i < tokens.count {
            guard let length = nameLength(tokens, at: i) else { i += 1; continue }
            // A possessive ends a name: "Donald Trump’s campaign" names Donald Trump.
            var words = tokens[i..<(i + length)].map(\.text)
            if let last = words.last, let bare = Self.possessor(last) { words[words.count - 1] = bare }
            let name = words.joined(separator: " ")
            if !entities.contains(where: { $0.name == name }), !entities.contains(where: { $0.name.hasPrefix(name + " ") }) {
                entities.append(Entity(name: name, role: role(tokens, before: i, after: i + length), keys: Self.keys(for: words)))
            }
            i += length
        }
    }

    /// The entity a name-like mention refers to ("Ahn", "Mr. Ahn", "Park Yong-han").
    func resolve(_ mention: String) -> Entity? {
        // A mention without a space byte is one word (or none), and needs no splitting.
        let spoken = mention.utf8.contains(0x20) ? mention.spaceSeparatedWords : mention.isEmpty ? [] : [mention]
        let words = spoken.filter { !Self.isHonorific($0) }
        guard !words.isEmpty else { return nil }
        let joined = words.joined(separator: " ")
        if let exact = entities.first(where: { $0.name == joined }) { return exact }
        // A surname, else a family name written first ("Mao" for "Mao Ning").
        if words.count == 1 {
            let word = words[0], opening = word + " "
            // Keys are mostly one word: compared without hashing.
            return entities.first { $0.keys.count == 1 ? $0.keys.first == word : $0.keys.contains(word) } ?? entities.first { $0.name.hasPrefix(opening) }
        }
        return entities.first { $0.name.hasSuffix(joined) || $0.name.hasPrefix(joined) }
    }

    /// The person a definite role mention refers to ("the minister", "the former senator"): the
    /// latest one introduced with that role.
    func resolve(nominal mention: String) -> Entity? {
        guard OrganizationDirectory.definiteFilter.mayContain(firstWordOf: mention) else { return nil }
        let words = mention.split(separator: " ").map { $0.lowercased() }
        guard words.count >= 2, words.count <= 4, OrganizationDirectory.definite.contains(words[0]), let head = words.last,
              Self.roleNouns.contains(head) || Self.titles.contains(head.capitalized) else { return nil }
        return entities.last { entity in
            entity.role.map { $0.lowercased().split(separator: " ").contains { $0 == head } } ?? false
        }
    }

    /// Honorifics and military ranks that precede names.
    static let honorifics: Set<String> = [
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Adm.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.",
        "Maj.", "Capt.", "Sgt.", "Rev.", "President", "Mr", "Mrs", "Ms", "Dr",
    ]

    private static let honorificFilter = WordLengthFilter(honorifics)

    /// Whether `word` is one of `honorifics`.
    static func isHonorific(_ word: String) -> Bool {
        honorificFilter.mayContain(word) && honorifics.contains(word)
    }

    /// Family name and surname keys: "Ahn Gyu-back" → {Ahn}; "Samuel Paparo" → {Paparo}.
    static func keys(for words: [String]) -> Set<String> {
        guard let first = words.first, let last = words.last else { return [] }
        // East Asian order: a hyphenated given name follows the family name.
        if words.count >= 2, last.contains("-") { return [first] }
        return [last]
    }

    private func nameLength(_ tokens: [Token], at i: Int) -> Int? {
        // Names start with a capital: most words are ruled out by their first byte.
        if let first = tokens[i].text.utf8.first, first < 0x80, first &- 0x41 >= 26 { return nil }
        var j = i
        if Self.isHonorific(tokens[i].text + (i + 1 < tokens.count && tokens[i + 1].text == "." ? "." : "")) { return nil }
        // A capitalized title opens the role, not the name: "Ambassador Linda Park", "Judge Maria Lopez".
        if Self.roleNounFilter.mayContain(tokens[i].text) && Self.roleNouns.contains(tokens[i].text.lowercased())
            || Self.titleFilter.mayContain(tokens[i].text) && Self.titles.contains(tokens[i].text) { return nil }
        // The domain of an office is no name: "Secretary of State John Kerry".
        if i >= 2, tokens[i - 1].text == "of", Self.isTitle(tokens[i - 2].text), i + 2 < tokens.count, isNameWord(tokens[i + 2].text) { return nil }
        // A title ends the name before it: "Majority Leader Mitch McConnell".
        while j < tokens.count, j - i < 3, isNameWord(tokens[j].text), j == i || !Self.isTitle(tokens[j].text) {
            j += 1
            if Self.possessor(tokens[j - 1].text) != nil { break }
        }
        let length = j - i
        guard length >= 2 else { return nil }
        let words = tokens[i..<j].map(\.text)
        guard !words.contains(where: { Self.notNames.contains($0) || QuoteAttribution.functionWords.contains($0.lowercased()) }) else { return nil }
        return length
    }

    private func isNameWord(_ word: String) -> Bool {
        if let ascii = Self.isASCIINameWord(word) { return ascii }
        guard let first = word.first, first.isUppercase, word.count >= 2 else { return false }
        var rest = Substring(word.dropFirst())
        // "McConnell", "MacArthur", "O'Brien", "DeSantis": a prefix before a second capital.
        for prefix in ["c", "ac", "'", "\u{2019}", "e", "a"] where rest.hasPrefix(prefix) && rest.count > prefix.count + 1 {
            let after = rest.dropFirst(prefix.count)
            if after.first?.isUppercase == true, ["M", "O", "D", "L"].contains(first) { rest = after.dropFirst(); break }
        }
        return rest.allSatisfy { $0.isLowercase || $0 == "-" || $0 == "'" } && rest.contains(where: \.isLowercase)
    }

    /// `isNameWord` over the bytes of an ASCII word (nil for other words), with the same rules.
    private static func isASCIINameWord(_ word: String) -> Bool? {
        var bytes = word.utf8.makeIterator()
        guard let first = bytes.next(), first < 0x80 else { return nil }
        var rest: [UInt8] = []
        while let b = bytes.next() {
            guard b < 0x80 else { return nil }
            rest.append(b)
        }
        func upper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
        func lower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
        guard upper(first), !rest.isEmpty else { return false }
        var from = 0
        // "McConnell", "MacArthur", "O'Brien", "DeSantis": a prefix before a second capital.
        for prefix in asciiNamePrefixes where rest.starts(with: prefix) && rest.count > prefix.count + 1 {
            if upper(rest[prefix.count]), "MODL".utf8.contains(first) { from = prefix.count + 1; break }
        }
        let tail = rest[from...]
        return tail.allSatisfy { lower($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") } && tail.contains(where: lower)
    }

    private static let asciiNamePrefixes: [[UInt8]] = ["c", "ac", "'", "e", "a"].map { Array($0.utf8) }

    /// The owner a possessive names: "Trump’s" → "Trump"; nil for other words.
    static func possessor(_ word: String) -> String? {
        for suffix in ["'s", "\u{2019}s"] where word.hasSuffix(suffix) && word.count > 2 { return String(word.dropLast(2)) }
        return nil
    }

    /// A word that names an office, not a person: "Leader", "Secretary", "Governor".
    static func isTitle(_ word: String) -> Bool {
        titleFilter.mayContain(word) && titles.contains(word) || roleNounFilter.mayContain(word) && roleNouns.contains(word.lowercased()) && !["senior", "foreign", "prime", "former", "acting", "vice", "deputy"].contains(word.lowercased())
    }

    /// Capitalized words that start sentences or name places and institutions, not people.
    static let notNames: Set<String> = [
        "The", "A", "An", "In", "On", "At", "After", "Before", "Still", "Last", "Those", "This", "That",
        "South", "North", "Korea", "Korean", "Russia", "Russian", "United", "States", "Defense",
        "Minister", "President", "Secretary", "Seoul", "Moscow", "Pyongyang", "Ukraine", "China",
        "Senate", "Command", "Institute", "Analyses", "Chiefs", "Staff", "Joint", "Peninsula",
        "Speaking", "Grounded", "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "Central", "News", "Agency", "Security",
        "Consultative", "Meeting", "Indo-Pacific", "Washington", "US", "Mr", "Ms", "Dr",
    ]

    /// Capitalized titles before names that are not role nouns in lower case.
    static let titles: Set<String> = [
        "Judge", "Justice", "Mayor", "Lawyer", "Attorney", "Ambassador", "Envoy", "Chancellor", "Pope", "Bishop",
        "Rabbi", "Father", "Sister", "Coach", "Detective", "Officer", "Sheriff", "Commissioner", "Councilman",
        "Councilwoman", "Congressman", "Congresswoman", "Senator", "Governor", "Speaker", "Leader", "Spokesman",
        "Spokeswoman", "Spokesperson", "Economist", "Analyst", "Dean", "Chief", "Secretary-General",
    ]

    /// Rule out most words before `titles` and `roleNouns` are searched.
    static let titleFilter = WordLengthFilter(titles)
    static let roleNounFilter = WordLengthFilter(roleNouns)

    /// Words that make up roles before a name ("senior KIDA researcher", "Defense Minister").
    static let roleNouns: Set<String> = [
        "minister", "researcher", "president", "secretary", "commander", "spokesperson",
        "spokesman", "spokeswoman", "analyst", "professor", "director", "official", "leader",
        "chief", "chairman", "chairwoman", "senator", "governor", "ambassador", "envoy", "general",
        "admiral", "fellow", "economist", "lawmaker", "representative", "mayor", "head", "ceo",
        "adviser", "advisor", "chair", "editor", "scientist", "expert", "officer", "king", "queen",
        "senior", "deputy", "vice", "foreign", "prime", "former", "acting",
    ]

    private func role(_ tokens: [Token], before start: Int, after end: Int) -> String? {
        var k = start
        while k > 0 {
            let word = tokens[k - 1].text
            let isRoleWord = Self.roleNouns.contains(word.lowercased())
                || (word.first?.isUppercase == true && word.count > 1 && k < start + 4 && k - 1 >= 0 && !Self.isHonorific(word + "."))
            guard isRoleWord, word != "The" else { break }
            k -= 1
        }
        // Keep only a run that contains a role noun.
        let before = tokens[k..<start].map(\.text)
        if before.contains(where: { Self.roleNouns.contains($0.lowercased()) || Self.titles.contains($0) }) {
            return before.joined(separator: " ")
        }
        // Appositive: "Samuel Paparo, commander of the US Indo-Pacific Command,".
        if end + 1 < tokens.count, tokens[end].text == ",", Self.roleNouns.contains(tokens[end + 1].text.lowercased()) {
            var j = end + 1
            while j < tokens.count, tokens[j].text != ",", tokens[j].text != ".", j - end < 10 { j += 1 }
            return tokens[(end + 1)..<j].map(\.text).joined(separator: " ")
        }
        return nil
    }
}
