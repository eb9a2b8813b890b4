/// The people and organizations an article names, with their roles, for resolving later
/// mentions ("Mr. Ahn", "Park", "he", "the report") to a canonical name.
struct SpeakerDirectory {
    struct Entity: Equatable {
        var name: String
        var role: String?
        /// The word that refers back to this entity: its family name or surname (`key(for:)`).
        var key: String?
    }

    /// A slice, so that the directory as it stood earlier (`prefix`) shares the entities' storage.
    private(set) var entities: ArraySlice<Entity> = []

    /// The paragraph where a live blog's current entry wrote each full name that shares its
    /// surname with another ("Boris Johnson", "Jo Johnson"): a bare "Johnson" is the one written
    /// last among them, else the one the directory learned first.
    var lastWritten: [String: Int] = [:]

    /// The directory as it stood when it held its first `count` entities (learning only appends).
    func prefix(_ count: Int) -> SpeakerDirectory {
        guard count < entities.count else { return self }
        var directory = SpeakerDirectory()
        directory.entities = entities[..<count]
        return directory
    }

    /// Registers the full names found in `paragraph` (two or three capitalized words).
    /// `lowercase` holds the article's lower-case words, which tell a capitalized label
    /// opening a sentence from a name ("Rival Hillary Clinton had mocked …").
    mutating func learn(from tokens: [Token], lowercase: TokenWordSet = .none) {
        learn(from: tokens, starts: NameStarts.of(tokens), lowercase: lowercase)
    }

    /// `learn(from:lowercase:)` given the tokens' `NameStarts`: most tokens open with an ASCII
    /// byte but a capital, which opens no name, and are passed over without being read.
    mutating func learn(from tokens: [Token], starts: ArraySlice<Int>, lowercase: TokenWordSet) {
        var i = 0
        for n in starts.indices where starts[n] >= i {
            i = starts[n]
            // A name's second word opens a name too, or is an initial, a capital (`nameLength`): a start whose
            // next token is none opens no name.
            guard n + 1 < starts.endIndex, starts[n + 1] == i + 1, let found = nameLength(tokens, at: i, lowercase: lowercase) else { i += 1; continue }
            let length = found.length
            var words = found.words
            // A possessive ends a name: "Donald Trump’s campaign" names Donald Trump.
            if let last = words.last, let bare = Self.possessor(last) { words[words.count - 1] = bare }
            let name = words.joinedBySpaces
            // Nor a short form of a name learned in full: "Suu Kyi" after "Aung San Suu Kyi".
            let opening = name + " ", ending = " " + name
            if !entities.contains(where: { $0.name == name || $0.name.hasPrefix(opening) || $0.name.hasSuffix(ending) }) {
                entities.append(Entity(name: name, role: role(tokens, before: i, after: i + length), key: Self.key(for: words)))
            }
            i += length
        }
    }

    /// The full names that share a surname with another entity of another given name (not
    /// "Loretta E. Lynch" and "Loretta Lynch"): the ones `lastWritten` tracks.
    var sharingSurnames: [String] {
        entities.filter { entity in
            entities.contains { $0.name != entity.name && $0.key != nil && $0.key == entity.key && $0.name.split(atASCII: 0x20).first != entity.name.split(atASCII: 0x20).first }
        }.map(\.name)
    }

    /// Registers `entity` unless the directory already holds its name.
    mutating func add(_ entity: Entity) {
        if !entities.contains(where: { $0.name == entity.name }) { entities.append(entity) }
    }

    /// The entity a name-like mention refers to ("Ahn", "Mr. Ahn", "Park Yong-han").
    func resolve(_ mention: String) -> Entity? {
        guard let (joined, count) = Self.nameWords(of: mention) else { return nil }
        // A description ("The government", "Opposition lawmakers") names no one: no entity is read for it.
        if count > 1, Self.hasLowercaseWordAfterFirst(joined) { return nil }
        if let exact = entities.first(where: { $0.name == joined }) { return exact }
        // A surname, else a family name written first ("Mao" for "Mao Ning").
        if count == 1 {
            let word = joined
            let named = { (entity: Entity) in entity.key == word }
            if !lastWritten.isEmpty {
                var latest: Entity?
                for entity in entities where named(entity) && lastWritten[entity.name] != nil
                    && (latest == nil || lastWritten[entity.name] ?? -1 > lastWritten[latest!.name] ?? -1) { latest = entity }
                if let latest { return latest }
            }
            if let found = entities.first(where: named) { return found }
            // (An ASCII word is matched by its bytes, without the string "word " made: `opensWithWord`.)
            return entities.first { Self.opensWithWord($0.name, word) }
        }
        return entities.first { $0.name.hasSuffix(joined) || $0.name.hasPrefix(joined) }
    }

    /// `name.hasPrefix(word + " ")`: for an ASCII name and word (nearly all), whose characters are
    /// their bytes but CR LF (and no ASCII byte joins a character before it), the name's bytes open
    /// with the word's and a space; others are compared by the library.
    static func opensWithWord(_ name: String, _ word: String) -> Bool {
        let ascii = UTF8Scan.withBytes(name) { name in
            UTF8Scan.withBytes(word) { word -> Bool? in
                guard UTF8Scan.isASCII(name), UTF8Scan.isASCII(word) else { return nil }
                guard name.count > word.count, name[word.count] == 0x20 else { return false }
                return UnsafeBufferPointer(rebasing: name[..<word.count]).elementsEqual(word)
            }
        }
        return ascii ?? name.hasPrefix(word + " ")
    }

    /// Whether a word of `joined` after its first (words between single spaces) opens with a
    /// letter a–z that is a character of its own (an ASCII byte or none after it). Every word
    /// of an entity's name opens otherwise (`isNameWord`, an initial), and each word after the
    /// first of a name a mention ends, opens or equals starts a word of that name: no entity
    /// matches such a mention.
    static func hasLowercaseWordAfterFirst(_ joined: String) -> Bool {
        UTF8Scan.withBytes(joined) { bytes in
            bytes.indices.dropFirst().contains { k in
                bytes[k - 1] == 0x20 && bytes[k] &- 0x61 < 26 && (k + 1 == bytes.count || bytes[k + 1] < 0x80)
            }
        }
    }

    /// The words of `mention` split at spaces, honorifics left out, joined by single spaces, and
    /// how many there are; nil for none. A mention without a space byte is one word (or none),
    /// and plain text with single spaces and no honorific joins back to itself: neither is split
    /// into strings.
    private static func nameWords(of mention: String) -> (joined: String, count: Int)? {
        guard UTF8Scan.containsByte(mention, 0x20) else { return mention.isEmpty || isHonorific(mention) ? nil : (mention, 1) }
        if let count = singleSpacedPlainWordCount(mention) { return (mention, count) }
        let words = mention.spaceSeparatedWords.filter { !isHonorific($0) }
        return words.isEmpty ? nil : (words.joined(separator: " "), words.count)
    }

    /// The number of words of `text` when it is plain (`PlainText`) with single spaces between
    /// words, none at its ends and no honorific among them (splitting it at spaces and joining
    /// the words again gives it back); else nil. The honorifics are ASCII, which no plain word
    /// past ASCII equals: each word is looked up by its bytes, not made into a string.
    static func singleSpacedPlainWordCount(_ text: String) -> Int? {
        UTF8Scan.withBytes(text) { bytes -> Int? in
            guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return nil }
            // The words are read as `PlainText.forEachRun` gives them, eight bytes at a time, plain text told in the
            // same reading: two spaces in a row leave a gap between a word and the next.
            var count = 0, next = 0, single = true
            let plain = PlainText.forEachRun(in: bytes, separatedBy: 0x20) { run in
                // Two spaces in a row, or an honorific (looked up only for a first byte and a length one has).
                if run.lowerBound != next || Self.mayBeHonorific(first: bytes[run.lowerBound], second: run.count > 1 ? bytes[run.lowerBound + 1] : 0, count: run.count)
                    && honorifics.contains(ascii: UnsafeBufferPointer(rebasing: bytes[run])) { single = false }
                count += 1
                next = run.upperBound + 1
            }
            return plain && single ? count : nil
        }
    }

    /// False when no honorific is an ASCII word of `count` bytes starting with `first` and
    /// `second` (0 for a word of one byte).
    @inline(__always)
    static func mayBeHonorific(first: UInt8, second: UInt8, count: Int) -> Bool {
        honorificBytes.mayContain(first: first, second: second, count: count)
    }

    private static let honorificBytes = ExactWordFilter(honorifics.words)

    /// The person a definite role mention refers to ("the minister", "the former senator"): the
    /// latest one introduced with that role.
    func resolve(nominal mention: String) -> Entity? {
        // Only an entity with a role can be one: without any, no mention is split. (Most mentions open with no
        // definite word, which rules them out before the entities are read.)
        guard OrganizationDirectory.definiteFilter.mayContain(firstWordOf: mention), entities.contains(where: { $0.role != nil }) else { return nil }
        // Nor one whose head, lower-cased, is neither a role noun nor a title ("the government"): an ASCII head (nearly
        // every one) is looked up by its bytes, before the mention is split. (A title capitalized from an ASCII head
        // lower-cases to it: `lowercaseTitles` holds it.)
        let headRules = SpeakerHead.withASCIILastWord(mention) { head, _ in
            Self.roleNouns.containsLowercased(ascii: head) || Self.lowercaseTitles.containsLowercased(ascii: head)
        }
        if headRules == false { return nil }
        // Only the first word and the head are read: the words between are not lower-cased.
        let words = mention.split(atASCII: 0x20)
        guard words.count >= 2, words.count <= 4, OrganizationDirectory.definite.contains(words[0].lowercased()), let head = words.last?.lowercased(),
              Self.roleNouns.contains(head) || Self.titleFilter.mayContain(head) && Self.titles.contains(head.capitalized) else { return nil }
        return entities.last { entity in
            entity.role.map { $0.lowercased().split(atASCII: 0x20).contains { $0 == head } } ?? false
        }
    }

    /// Honorifics and military ranks that precede names.
    static let honorifics: LexiconSet = [
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Adm.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.",
        "Maj.", "Capt.", "Sgt.", "Rev.", "Del.", "President", "Mr", "Mrs", "Ms", "Dr",
    ]

    private static let honorificFilter = WordLengthFilter(honorifics)

    /// Whether `word` is one of `honorifics`.
    static func isHonorific(_ word: String) -> Bool {
        honorificFilter.mayContain(word) && honorifics.contains(word)
    }

    /// `isHonorific(word + ".")`, without making the string: "." composes with nothing, so
    /// `word + "."` equals an honorific written with a period exactly when `word` equals it
    /// without the period.
    static func isHonorificBeforePeriod(_ word: String) -> Bool {
        honorificStemFilter.mayContain(word) && honorificStems.contains(word)
    }

    /// The honorifics written with a period, without it ("Mr", "Gen").
    private static let honorificStems = LexiconSet(honorifics.words.filter { $0.hasSuffix(".") }.map { String($0.dropLast()) })
    private static let honorificStemFilter = WordLengthFilter(honorificStems)

    /// Whether `word` is a capitalized title or an honorific, written with its period or without
    /// it: `titles.contains(word) || isHonorific(word) || isHonorificBeforePeriod(word)`, with one
    /// filter of all three lists ruling out most words (it passes a word whenever one of their
    /// filters would).
    static func isTitleOrHonorific(_ word: String) -> Bool {
        titleOrHonorificFilter.mayContain(word)
            && (titleFilter.mayContain(word) && titles.contains(word) || isHonorific(word) || isHonorificBeforePeriod(word))
    }

    private static let titleOrHonorificFilter = WordLengthFilter(titles.words.union(honorifics.words).union(honorificStems.words))

    /// The family name or surname that refers back to a name: "Ahn Gyu-back" → "Ahn"; "Samuel
    /// Paparo" → "Paparo"; nil for no words. One word, kept as it is: no set is made for each name.
    static func key(for words: [String]) -> String? {
        guard let first = words.first, let last = words.last else { return nil }
        // East Asian order: a hyphenated given name follows the family name.
        if words.count >= 2, last.containsPhrase("-") { return first }
        return last
    }

    /// How many tokens from `i` make a full name, with its words (`words(_:)`, read once for the rules and for
    /// the name); nil when they make none.
    private func nameLength(_ tokens: [Token], at i: Int, lowercase: TokenWordSet) -> (length: Int, words: [String])? {
        // Names start with a capital: most words are ruled out by their first byte.
        if tokens[i].text.opensWithASCIINonCapital { return nil }
        // A name holds two name words or more (the second may be an initial): a run that cannot is
        // ruled out before the rules below are tried.
        // (Whether the second token is a name word is kept: the rules below ask again about the first two tokens,
        // the first of which is one.)
        guard isNameWord(tokens[i].text), i + 1 < tokens.count else { return nil }
        let second = isNameWord(tokens[i + 1].text)
        guard second || Self.isInitial(tokens, at: i + 1) else { return nil }
        var j = i
        // Also one written without its period: "Lt Col Alexander Vindman".
        if Self.isHonorificBeforePeriod(tokens[i].text) || Self.isHonorific(tokens[i].text) { return nil }
        // A participle of speech opening a sentence opens no name: "Describing Yida as a “very insecure” area, …".
        if tokens[i].text.hasPlainSuffix("ing"), Self.opensSentence(tokens, at: i), QuoteAttribution.cues.containsLowercased(tokens[i].text) { return nil }
        // A capitalized title opens the role, not the name: "Ambassador Linda Park", "Judge Maria Lopez".
        if Self.roleNounFilter.mayContain(tokens[i].text) && Self.roleNouns.containsLowercased(tokens[i].text)
            || Self.titleFilter.mayContain(tokens[i].text) && Self.titles.contains(tokens[i].text) { return nil }
        // The domain of an office is no name: "Secretary of State John Kerry".
        if i >= 2, tokens[i - 1].text == "of", Self.isTitle(tokens[i - 2].text), i + 2 < tokens.count, isNameWord(tokens[i + 2].text) { return nil }
        // A title ends the name before it: "Majority Leader Mitch McConnell"; after a given name and before no
        // other name word, it is a surname: "Julie Bishop", "Howard Dean". A middle initial, two tokens, is
        // one word of the name: "Loretta E. Lynch".
        var initials = 0
        // Four words make a name only when a fourth name word ends the run and none is a word the article also writes
        // in lower case, nor comes after a capitalized word: "Aung San Suu Kyi", not "(Deputy) Public Defender Peter Lynch".
        // (The four are read as name words first: most runs end before a fourth, and the words before it are then not
        // looked up.)
        let most = i + 4 <= tokens.count && (i == 0 || !tokens[i - 1].text.startsWithUppercase)
            && second && ((i + 2)..<(i + 4)).allSatisfy({ isNameWord(tokens[$0].text) }) && (i + 4 == tokens.count || !isNameWord(tokens[i + 4].text))
            && (i..<(i + 4)).allSatisfy({ !Self.isTitle(tokens[$0].text) && !lowercase.containsLowercased(tokens[$0].text) }) ? 4 : 3
        while j < tokens.count, j - i - initials < most {
            if j > i, Self.isInitial(tokens, at: j), j + 2 < tokens.count, isNameWord(tokens[j + 2].text) { j += 2; initials += 1; continue }
            guard j == i || (j == i + 1 ? second : isNameWord(tokens[j].text)), j == i || !Self.isTitle(tokens[j].text) || endsAsSurname(tokens, at: j, from: i) else { break }
            j += 1
            if Self.possessor(tokens[j - 1].text) != nil { break }
        }
        let length = j - i
        guard length - initials >= 2 else { return nil }
        let words = Self.words(tokens[i..<j])
        guard !words.contains(where: { Self.notNames.contains($0) || QuoteAttribution.functionWords.containsLowercased($0) }) else { return nil }
        // A label before a name is no part of it: the name starts after it ("Republican Donald Trump").
        if opensWithLabel(words, tokens, at: i, lowercase: lowercase) { return nil }
        return (length, words)
    }

    /// Whether the first of a run's `words` (from token `i`) labels the name after it: a party,
    /// country or other label (`SpeakerNameEdges`), a body ("House Newt Gingrich"), or the
    /// domain of an office ("Director of Public Prosecution Eva-Marie Persson"). Two words
    /// leave a name only after a party label; none goes before a body's name ("Democratic
    /// National Committee", "Oversight Committee Republicans").
    private func opensWithLabel(_ words: [String], _ tokens: [Token], at i: Int, lowercase: TokenWordSet) -> Bool {
        guard !words.dropFirst().contains(where: Self.isOrganization) else { return false }
        guard words.count >= 3 else { return SpeakerNameEdges.isPartyLabel(words[0]) }
        return SpeakerNameEdges.isLabel(words[0], next: words[1], opensSentence: Self.opensSentence(tokens, at: i), lowercase: lowercase)
            || Self.isOrganization(words[0]) || followsOffice(tokens, at: i) && !SpeakerNameEdges.isGivenName(words[0])
    }

    /// Whether the tokens at `i` are an initial and its period: "E" ".".
    private static func isInitial(_ tokens: [Token], at i: Int) -> Bool {
        guard i + 1 < tokens.count, tokens[i + 1].text == ".", let byte = tokens[i].text.firstByte else { return false }
        return tokens[i].text.utf8.count == 1 && byte &- 0x41 < 26
    }

    /// The words of a name's tokens, an initial's period joined to it: "Loretta", "E.", "Lynch".
    private static func words(_ tokens: ArraySlice<Token>) -> [String] {
        var words: [String] = []
        for token in tokens {
            if token.text == ".", let last = words.last { words[words.count - 1] = last + "." } else { words.append(token.text) }
        }
        return words
    }

    /// Whether the capitalized words up to `i` are the domain of an office named before them:
    /// "Speaker of the House Newt Gingrich", "Director of Public Prosecution Eva-Marie Persson".
    private func followsOffice(_ tokens: [Token], at i: Int) -> Bool {
        var k = i
        while k > 0, isNameWord(tokens[k - 1].text) { k -= 1 }
        if k > 0, tokens[k - 1].text == "the" { k -= 1 }
        return k >= 2 && tokens[k - 1].text == "of" && Self.isTitle(tokens[k - 2].text)
    }

    /// Whether the title at `j`, second word of the run from `start`, is the surname of the
    /// given name before it: no name word follows ("Julie Bishop wrote", not "Leader Mitch").
    private func endsAsSurname(_ tokens: [Token], at j: Int, from start: Int) -> Bool {
        j == start + 1 && SpeakerNameEdges.isGivenName(tokens[start].text) && !(j + 1 < tokens.count && isNameWord(tokens[j + 1].text))
    }

    /// Whether the word at `i` opens its sentence (or follows an opening quote mark).
    private static func opensSentence(_ tokens: [Token], at i: Int) -> Bool {
        i == 0 || [".", "!", "?", ":", "\"", "\u{201C}", "'", "\u{2018}", "(", "\u{2014}"].contains(tokens[i - 1].text)
    }

    /// Whether `word` ends the name of an organization: "Committee", "Party".
    private static func isOrganization(_ word: String) -> Bool {
        OrganizationDirectory.headFilter.mayContain(word) && OrganizationDirectory.headKinds[word] != nil
    }

    private func isNameWord(_ word: String) -> Bool {
        // A first byte that is ASCII but no capital opens a character that is not upper-case (nor does
        // the first part of a hyphenated word).
        if word.opensWithASCIINonCapital { return false }
        if let ascii = Self.isASCIINameWord(word) { return ascii }
        // Each part of a hyphenated given name is a name word: "Eva-Marie", "Jean-Marc".
        if let parts = Self.hyphenatedParts(word) { return parts.allSatisfy { isNameWord(String($0)) } }
        guard word.startsWithUppercase, let first = word.first, word.count >= 2 else { return false }
        var rest = Substring(word.dropFirst())
        // "McConnell", "MacArthur", "O'Brien", "DeSantis": a prefix before a second capital.
        for prefix in ["c", "ac", "'", "\u{2019}", "e", "a", "u", "i"] where rest.hasPrefix(prefix) && rest.count > prefix.count + 1 {
            let after = rest.dropFirst(prefix.count)
            if after.startsWithUppercase, ["M", "O", "D", "L"].contains(first) { rest = after.dropFirst(); break }
        }
        return rest.allSatisfy { $0.isLowercase || $0 == "-" || $0 == "'" || $0 == "\u{2019}" } && rest.contains(where: \.isLowercase)
    }

    /// The parts of a word with a capital after a hyphen ("Eva-Marie"), else nil.
    private static func hyphenatedParts(_ word: String) -> [Substring]? {
        guard UTF8Scan.containsByte(word, 0x2D) else { return nil }
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.dropFirst().allSatisfy({ $0.startsWithUppercase }) else { return nil }
        return parts
    }

    /// `isNameWord` over the bytes of an ASCII word (nil for other words), with the same rules.
    private static func isASCIINameWord(_ word: String) -> Bool? {
        UTF8Scan.withBytes(word) { bytes -> Bool? in
            guard let first = bytes.first, first < 0x80 else { return nil }
            func upper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
            func lower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
            // Most names are a capital and lower-case letters ("Smith"), true after one pass over the bytes: no
            // capital follows a hyphen, and no prefix is read before a second capital.
            var ascii = true, plainTail = true, lowerInTail = false
            for b in bytes.dropFirst() {
                if b >= 0x80 { ascii = false; break }
                if lower(b) { lowerInTail = true } else if b != UInt8(ascii: "-") && b != UInt8(ascii: "'") { plainTail = false }
            }
            guard ascii else { return nil }
            guard upper(first), bytes.count > 1 else { return false }
            if plainTail && lowerInTail { return true }
            // A capital after every hyphen: a hyphenated name, read part by part (`hyphenatedParts`).
            var hyphens = false, capitalAfterEach = true
            for k in bytes.indices where bytes[k] == 0x2D {
                hyphens = true
                if k + 1 == bytes.count || !upper(bytes[k + 1]) { capitalAfterEach = false }
            }
            if hyphens && capitalAfterEach { return nil }
            let rest = UnsafeBufferPointer(rebasing: bytes[1...])
            var from = 0
            // "McConnell", "MacArthur", "O'Brien", "DeSantis": a prefix before a second capital.
            if "MODL".utf8.contains(first) {
                for prefix in asciiNamePrefixes where rest.starts(with: prefix) && rest.count > prefix.count + 1 {
                    if upper(rest[prefix.count]) { from = prefix.count + 1; break }
                }
            }
            let tail = rest[from...]
            return tail.allSatisfy { lower($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'") } && tail.contains(where: lower)
        }
    }

    private static let asciiNamePrefixes: [[UInt8]] = ["c", "ac", "'", "e", "a", "u", "i"].map { Array($0.utf8) }

    /// The owner a possessive names: "Trump’s" → "Trump"; nil for other words.
    static func possessor(_ word: String) -> String? {
        // Only a word whose last scalar is "s" ends in the character "s" (which nothing else
        // composes to, and a mark after it would join it): most words are ruled out by their last byte.
        guard word.utf8.last == 0x73 else { return nil }
        for suffix in ["'s", "\u{2019}s"] where word.hasSuffix(suffix) && word.count > 2 { return String(word.dropLast(2)) }
        return nil
    }

    /// A word that names an office, not a person: "Leader", "Secretary", "Governor".
    static func isTitle(_ word: String) -> Bool {
        titleFilter.mayContain(word) && titles.contains(word) || roleNounFilter.mayContain(word) && roleNouns.containsLowercased(word) && !["senior", "foreign", "prime", "former", "acting", "vice", "deputy"].contains(word.lowercased())
    }

    /// Capitalized words that start sentences or name places and institutions, not people.
    static let notNames: LexiconSet = [
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
    static let titles: LexiconSet = [
        "Judge", "Justice", "Mayor", "Lawyer", "Attorney", "Ambassador", "Envoy", "Chancellor", "Pope", "Bishop",
        "Rabbi", "Father", "Sister", "Coach", "Detective", "Officer", "Sheriff", "Commissioner", "Councilman",
        "Councilwoman", "Congressman", "Congresswoman", "Senator", "Governor", "Speaker", "Leader", "Spokesman",
        "Spokeswoman", "Spokesperson", "Economist", "Analyst", "Dean", "Chief", "Secretary-General",
    ]

    /// `titles` lower-cased.
    private static let lowercaseTitles = LexiconSet(titles.words.map { $0.lowercased() })

    /// Rule out most words before `titles` and `roleNouns` are searched.
    static let titleFilter = WordLengthFilter(titles)
    static let roleNounFilter = WordLengthFilter(roleNouns)

    /// Words that make up roles before a name ("senior KIDA researcher", "Defense Minister").
    static let roleNouns: LexiconSet = [
        "minister", "researcher", "president", "secretary", "commander", "spokesperson",
        "spokesman", "spokeswoman", "analyst", "professor", "director", "official", "leader",
        "chief", "chairman", "chairwoman", "senator", "governor", "ambassador", "envoy", "general",
        "admiral", "fellow", "economist", "lawmaker", "representative", "mayor", "head", "ceo",
        "adviser", "advisor", "chair", "editor", "scientist", "expert", "officer", "king", "queen",
        "senior", "deputy", "vice", "foreign", "prime", "former", "acting",
        "prosecutor", "inspector", "superintendent", "sergeant", "constable", "captain", "lieutenant", "colonel", "manager",
    ]

    private func role(_ tokens: [Token], before start: Int, after end: Int) -> String? {
        var k = start
        while k > 0 {
            let word = tokens[k - 1].text
            // (A capitalized word is asked about last, without the string "word." made: `isHonorificBeforePeriod`.)
            let isRoleWord = Self.roleNouns.containsLowercased(word)
                || (k < start + 4 && word.startsWithUppercase && word.count > 1 && !Self.isHonorificBeforePeriod(word))
            guard isRoleWord, word != "The" else { break }
            k -= 1
        }
        // Keep only a run that contains a role noun.
        let before = tokens[k..<start].map(\.text)
        if before.contains(where: { Self.roleNouns.containsLowercased($0) || Self.titles.contains($0) || SpeakerNameEdges.isPartyLabel($0) }) {
            return before.joined(separator: " ")
        }
        // Appositive: "Samuel Paparo, commander of the US Indo-Pacific Command,".
        if end + 1 < tokens.count, tokens[end].text == ",", Self.roleNouns.containsLowercased(tokens[end + 1].text) {
            var j = end + 1
            while j < tokens.count, tokens[j].text != ",", tokens[j].text != ".", j - end < 10 { j += 1 }
            // A role cut off at its length ends on a word of its own: "fellow at the … Policy Forum", not "… Forum in".
            while j > end + 2, QuoteAttribution.functionWords.containsLowercased(tokens[j - 1].text) { j -= 1 }
            return tokens[(end + 1)..<j].map(\.text).joined(separator: " ")
        }
        return nil
    }
}
