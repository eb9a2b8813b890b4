/// The name each speaker goes by across the site: an article that calls someone only by
/// surname ("Obama", when it says only "President Obama") speaks of the one person the other
/// articles name in full with that surname ("Barack Obama"), so both lead to one people page.
/// A surname that several full names share ("Bush": George W. Bush, Laura Bush) stays as it
/// is, as does every name of two or more words: extraction already gave each quote the full
/// name its own article uses.
struct PersonNames: Sendable {
    /// Surname → the one full name on the site ending with it.
    private let fullNames: [String: String]

    /// The names of the speakers of `briefs`.
    init(_ briefs: [BriefDigest]) {
        self.init(names: briefs.flatMap(\.speakers))
    }

    init(names: some Sequence<String>) {
        var byLastWord: [String: Set<String>] = [:]
        for name in names {
            guard let surname = Self.surname(of: name) else { continue }
            byLastWord[surname, default: []].insert(name)
        }
        fullNames = byLastWord.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    /// The word after the last space of `name` when a person may go by it: more than one
    /// character, capitalized, not ending in a period. A name ending in a suffix or initial
    /// ("Jr.", "III") has no surname to go by here, and one ending in what an organization is
    /// ("New York Post") is no person's. An ASCII name (nearly all) is read from its bytes:
    /// each byte is a Character of its own there, and only A to Z are uppercase.
    static func surname(of name: String) -> String? {
        let surname: String
        if let last = Self.asciiLastWord(name) {
            guard last.count > 1, let first = last.first, first &- UInt8(ascii: "A") < 26, last.last != UInt8(ascii: ".") else { return nil }
            surname = String(Substring(last))
        } else {
            guard let space = name.lastIndex(of: " ") else { return nil }
            surname = String(name[name.index(after: space)...])
            guard surname.count > 1, surname.first?.isUppercase == true, !surname.hasSuffix(".") else { return nil }
        }
        guard !(OrganizationDirectory.headFilter.mayContain(surname) && OrganizationDirectory.headKinds[surname] != nil) else { return nil }
        return surname
    }

    /// The bytes after the last space of an ASCII `name`; nil when it has none or is not ASCII.
    private static func asciiLastWord(_ name: String) -> Substring.UTF8View? {
        let bytes = name.utf8
        var space: String.Index?
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte >= 0x80 { return nil }
            if byte == 0x20 { space = index }
            index = bytes.index(after: index)
        }
        guard let space else { return nil }
        return name[bytes.index(after: space)...].utf8
    }

    /// The name `speaker` goes by on the site.
    func name(for speaker: String) -> String {
        guard !Self.holdsSpace(speaker) else { return speaker }
        return fullNames[speaker] ?? speaker
    }

    /// Whether `name` holds a space as a Character of its own, as `init` finds it. In ASCII
    /// text every space byte is one, told from the bytes; other text is read by Characters (a
    /// space may start one with a combining mark). The Foundation overload for a string cost
    /// more than the rest of the people pages' table, and reading Characters for every
    /// speaker of every brief page's key took a tenth of making the keys.
    static func holdsSpace(_ name: String) -> Bool {
        var space = false
        for byte in name.utf8 {
            if byte >= 0x80 { return name.contains(" " as Character) }
            if byte == 0x20 { space = true }
        }
        return space
    }
}
