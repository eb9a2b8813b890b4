import Foundation

/// A publication date written in a path rather than in the text: a file saved as
/// `breitbart_2016-09-20_poll.txt` or `2024-03-01-budget.md` (the Jekyll and Hugo `:filename`
/// convention), or a page whose address holds `/2019/11/14/` or `2019-11-14`. The last resort
/// when neither the page's metadata nor the text dates the article.
enum PathDate {
    /// The date in the file name of `path` (not its folders): four-digit year, month and day
    /// joined by "-" or "_", not inside a longer number.
    static func fileName(_ path: String) -> CalendarDate? {
        joinedDate(in: Array((path as NSString).lastPathComponent.utf8))
    }

    /// The date in a page address: path segments `/YYYY/MM/DD/` (or `/YYYY/MM/D/`), else a
    /// joined `YYYY-MM-DD` anywhere in the path.
    static func url(_ address: String) -> CalendarDate? {
        guard let path = URLComponents(string: address)?.path else { return nil }
        let segments = path.split(separator: "/")
        for i in segments.indices.dropLast(2) {
            let (year, month, day) = (segments[i], segments[i + 1], segments[i + 2])
            guard year.count == 4, (1...2).contains(month.count), (1...2).contains(day.count),
                  [year, month, day].allSatisfy({ $0.utf8.allSatisfy(isDigit) }),
                  let date = valid(Int(year)!, Int(month)!, Int(day)!) else { continue }
            return date
        }
        return joinedDate(in: Array(path.utf8))
    }

    /// The first `YYYY-MM-DD` or `YYYY_MM_DD` in `bytes`, not inside a longer number, that is a
    /// real, plausible date.
    private static func joinedDate(in bytes: [UInt8]) -> CalendarDate? {
        guard bytes.count >= 10 else { return nil }
        for start in 0...(bytes.count - 10) {
            if start > 0, isDigit(bytes[start - 1]) { continue }
            if start + 10 < bytes.count, isDigit(bytes[start + 10]) { continue }
            let window = bytes[start..<start + 10], separator = window[start + 4]
            guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: "_"), window[start + 7] == separator,
                  window.indices.allSatisfy({ $0 == start + 4 || $0 == start + 7 || isDigit(window[$0]) }),
                  let date = CalendarDate(iso: String(decoding: window.map { $0 == separator ? UInt8(ascii: "-") : $0 }, as: UTF8.self)),
                  let plausible = PublicationDateResolver.plausible(date) else { continue }
            return plausible
        }
        return nil
    }

    private static func valid(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate? {
        guard CalendarDate.isValid(year: year, month: month, day: day) else { return nil }
        return PublicationDateResolver.plausible(CalendarDate(year: year, month: month, day: day))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
