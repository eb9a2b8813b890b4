/// English month and weekday names as they appear in news copy, including AP abbreviations.
public enum MonthNames {
    /// Month number for a full or abbreviated name ("December", "Dec", "Dec.", "Sept."), case-insensitive.
    public static func month(_ word: some StringProtocol) -> Int? {
        var w = word.lowercased()
        if w.hasSuffix(".") { w.removeLast() }
        return table[w]
    }

    /// ISO weekday (1 = Monday) for a full or abbreviated weekday name.
    public static func weekday(_ word: some StringProtocol) -> Int? {
        var w = word.lowercased()
        if w.hasSuffix(".") { w.removeLast() }
        return weekdays[w]
    }

    /// Full English month names, January first.
    public static let full = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]

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
