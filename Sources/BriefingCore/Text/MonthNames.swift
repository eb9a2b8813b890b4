/// English month and weekday names as they appear in news copy, including AP abbreviations.
public enum MonthNames {
    /// Month number for a full or abbreviated name ("December", "Dec", "Dec.", "Sept."), case-insensitive.
    public static func month(_ word: some StringProtocol) -> Int? {
        guard mayBeName(word, initials: monthInitials), monthFilter.mayContain(String(word)) else { return nil }
        var w = word.lowercased()
        if w.hasSuffix(".") { w.removeLast() }
        return table[w]
    }

    /// ISO weekday (1 = Monday) for a full or abbreviated weekday name.
    public static func weekday(_ word: some StringProtocol) -> Int? {
        guard mayBeName(word, initials: weekdayInitials), weekdayFilter.mayContain(String(word)) else { return nil }
        var w = word.lowercased()
        if w.hasSuffix(".") { w.removeLast() }
        return weekdays[w]
    }

    /// Whether `word` may lower-case to a name in a table whose names start with the letters of
    /// `initials`: at most ten bytes ("september.") opening with an ASCII letter, in either
    /// case, that starts one of them. (Only U+212A KELVIN SIGN lower-cases to ASCII, to a "k" no
    /// name holds.) Spares the string made for the filter, and the lower-casing, for the many
    /// words that are no names.
    private static func mayBeName(_ word: some StringProtocol, initials: UInt32) -> Bool {
        let bytes = word.utf8
        guard let first = bytes.first, first.isASCIILetter, initials >> UInt32((first | 0x20) &- 0x61) & 1 != 0 else { return false }
        return bytes.count <= 10
    }

    /// Bit `n` set when a key of `names` (lower-case) starts with the `n`-th letter.
    private static func initials(of names: some Sequence<String>) -> UInt32 {
        names.reduce(0) { $0 | 1 << UInt32($1.utf8.first! &- 0x61) }
    }

    /// The lower-case names (full and abbreviated, without a period) that `month` finds.
    static var monthNames: Dictionary<String, Int>.Keys { table.keys }

    private static let monthInitials = initials(of: table.keys)
    private static let weekdayInitials = initials(of: weekdays.keys)

    /// Full English month names, January first.
    public static let full = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

    /// The names, and the names with a period, for ruling out most words before they are
    /// lower-cased and looked up.
    private static let monthFilter = WordLengthFilter(table.keys.flatMap { [$0, $0 + "."] })
    private static let weekdayFilter = WordLengthFilter(weekdays.keys.flatMap { [$0, $0 + "."] })

    private static let table: [String: Int] = {
        var t: [String: Int] = [:]
        for (i, name) in full.enumerated() {
            t[name.lowercased()] = i + 1
            t[String(name.prefix(3)).lowercased()] = i + 1
        }
        t["sept"] = 9
        return t
    }()

    private static let weekdays: [String: Int] = {
        let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        var t: [String: Int] = [:]
        for (i, name) in names.enumerated() {
            t[name] = i + 1
            t[String(name.prefix(3))] = i + 1
        }
        t["tues"] = 2
        t["wed"] = 3
        t["thur"] = 4
        t["thurs"] = 4
        return t
    }()
}
