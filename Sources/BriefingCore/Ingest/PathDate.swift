/// A publication date written in a path rather than in the text: a file saved as
/// `breitbart_2016-09-20_poll.txt` or `2024-03-01-budget.md` (the Jekyll and Hugo `:filename`
/// convention), or a page whose address holds `/2019/11/14/` or `2019-11-14`. The last resort
/// when neither the page's metadata nor the text dates the article.
enum PathDate {
    /// The date in the file name of `path` (not its folders): four-digit year, month and day
    /// joined by "-" or "_", not inside a longer number.
    static func fileName(_ path: String) -> CalendarDate? {
        let name = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).last.map(Array.init) ?? []
        return joinedDate(in: name)
    }

    /// The date in a page address: path segments `/YYYY/MM/DD/` (or `/YYYY/MM/D/`), else a
    /// joined `YYYY-MM-DD` anywhere in the path.
    static func url(_ address: String) -> CalendarDate? {
        var path = Array(address.utf8)
        if let scheme = firstIndex(of: Array("://".utf8), in: path) { path.removeFirst(scheme + 3) }
        if let query = path.firstIndex(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) { path.removeSubrange(query...) }
        let segments = path.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).dropFirst().map(Array.init)
        for i in segments.indices.dropLast(2) {
            guard segments[i].count == 4, let year = number(segments[i][...]),
                  (1...2).contains(segments[i + 1].count), let month = number(segments[i + 1][...]),
                  (1...2).contains(segments[i + 2].count), let day = number(segments[i + 2][...]) else { continue }
            if let date = valid(year, month, day) { return date }
        }
        return joinedDate(in: Array(segments.joined(separator: [UInt8(ascii: "/")])))
    }

    /// The first `YYYY-MM-DD` or `YYYY_MM_DD` in `bytes` that is a real, plausible date.
    private static func joinedDate(in bytes: [UInt8]) -> CalendarDate? {
        guard bytes.count >= 10 else { return nil }
        for start in 0...(bytes.count - 10) {
            if start > 0, isDigit(bytes[start - 1]) { continue }
            if start + 10 < bytes.count, isDigit(bytes[start + 10]) { continue }
            let separator = bytes[start + 4]
            guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: "_"), bytes[start + 7] == separator,
                  let year = number(bytes[start..<start + 4]), let month = number(bytes[start + 5..<start + 7]),
                  let day = number(bytes[start + 8..<start + 10]) else { continue }
            if let date = valid(year, month, day) { return date }
        }
        return nil
    }

    private static func valid(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate? {
        guard CalendarDate.isValid(year: year, month: month, day: day) else { return nil }
        return PublicationDateResolver.plausible(CalendarDate(year: year, month: month, day: day))
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.allSatisfy(isDigit) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        return (0...(haystack.count - needle.count)).first { haystack[$0..<$0 + needle.count].elementsEqual(needle) }
    }
}
