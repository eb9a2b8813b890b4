import Foundation
import Testing
@testable import BriefingCore

/// `CalendarDate.iso`, which writes a year, month and day that fit their widths digit by digit
/// into one string, against the numbers padded and joined as strings (`CalendarDate.pad`); and
/// parts of a year ("1989-Q3", "2013-H1") told from a value's bytes.
@Suite("Calendar date text: ISO dates written digit by digit, parts of a year read from bytes")
struct Time34DateTextTests {
    /// Numbers at the edges of the widths, and random ones around them.
    private static func numbers(_ width: Int) -> [Int] {
        let limit = width == 4 ? 10_000 : 100
        var numbers = [0, 1, 9, 10, 11, 99, 100, 999, 1000, 1999, 2024, 9999, 10_000, 12_345, -1, -9, -10, -2024, limit - 1, limit]
        for _ in 0..<40 { numbers.append(Int.random(in: -limit * 2...limit * 2)) }
        return numbers
    }

    @Test func everyDateIsWrittenAsItsNumbersPaddedAndJoined() {
        for year in Self.numbers(4) {
            #expect(CalendarDate.iso(year) == CalendarDate.pad(year, 4), "\(year)")
            for month in Self.numbers(2) {
                let yearMonth = "\(CalendarDate.pad(year, 4))-\(CalendarDate.pad(month, 2))"
                #expect(CalendarDate.iso(year, month) == yearMonth, "\(year) \(month)")
                if month >= 0 { #expect(TimeValues.month(year, month) == "\(TimeValues.year(year))-\(TimeValues.pad2(month))", "\(year) \(month)") }
                for day in Self.numbers(2).prefix(8) {
                    let date = CalendarDate(year: year, month: month, day: day)
                    #expect(date.description == "\(yearMonth)-\(CalendarDate.pad(day, 2))", "\(year) \(month) \(day)")
                }
            }
        }
    }

    @Test func aPartOfAYearIsToldFromItsBytes() {
        var values = ["1989-Q1", "1989-Q4", "1989-Q5", "1989-Q0", "2013-H1", "2013-H2", "2013-H3", "1989-Q", "1989-Q10", "1989-q1", "1989-Q€", ""]
        let alphabet = Array("0123456789-QHq")
        for _ in 0..<3000 { values.append(String((0..<Int.random(in: 5...8)).map { _ in alphabet.randomElement()! })) }
        for value in values {
            // As the rules read a part before: seven bytes, the sixth its letter, the last a digit in range.
            let utf8 = Array(value.utf8)
            let quarter = utf8.count == 7 && utf8[5] == UInt8(ascii: "Q") && (0x31...0x34).contains(utf8[6])
            let half = utf8.count == 7 && utf8[5] == UInt8(ascii: "H") && (0x31...0x32).contains(utf8[6])
            #expect(TimeValues.isQuarter(value) == quarter, "\(value)")
            #expect(TimeValues.isHalf(value) == half, "\(value)")
        }
    }

    @Test func everyDayOfFourCenturiesReadsBackFromItsText() {
        var day = CalendarDate(year: 1800, month: 1, day: 1)
        while day.year < 2200 {
            #expect(CalendarDate(iso: day.description) == day, "\(day)")
            day = day.adding(days: 1)
        }
    }
}
