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
            guard let space = name.lastIndex(of: " ") else { continue }
            let last = name[name.index(after: space)...]
            // A name ending in a suffix or initial ("Jr.", "III") has no surname to go by here,
            // and one ending in what an organization is ("New York Post") is no person's.
            let surname = String(last)
            guard surname.count > 1, surname.first?.isUppercase == true, !surname.hasSuffix("."),
                  !(OrganizationDirectory.headFilter.mayContain(surname) && OrganizationDirectory.headKinds[surname] != nil) else { continue }
            byLastWord[surname, default: []].insert(name)
        }
        fullNames = byLastWord.compactMapValues { $0.count == 1 ? $0.first : nil }
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
