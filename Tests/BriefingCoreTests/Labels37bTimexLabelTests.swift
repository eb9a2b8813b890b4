import Foundation
import Testing
@testable import BriefingCore

/// A date label written from the value's bytes (`TimexValue.writtenLabel`) must be the label
/// read from the value's parts, byte for byte: for every day, week, month, quarter, half,
/// season, decade and century of many years, with and without a time, and for random values
/// that only look like dates.
struct Labels37bTimexLabelTests {
    /// Values whose written label differs from the parts' label, or whose label and
    /// `label(of:)` differ.
    private static func mismatches(_ values: [String]) -> [String] {
        values.filter { value in
            let parts = TimexValue(value).labelFromParts
            return !TimexValue.label(of: value).utf8.elementsEqual(parts.utf8) || !TimexValue(value).label.utf8.elementsEqual(parts.utf8)
        }
    }

    @Test func calendarValuesAreLabelledAsTheirParts() {
        var values: [String] = []
        let years = Array(1990...2030) + [0, 1, 99, 100, 999, 1000, 1600, 1900, 2000, 2100, 9998, 9999]
        for year in years {
            let y = String(format: "%04d", year)
            values.append(y)
            for month in 0...13 {
                let m = y + String(format: "-%02d", month)
                values.append(m)
                for day in 0...32 {
                    let d = m + String(format: "-%02d", day)
                    values += [d, d + "TNI", d + "T10:00", d + "T10:00-05:00", d + "0"]
                }
            }
            for week in 0...54 {
                let w = y + String(format: "-W%02d", week)
                values += [w, w + "-1", w + "-WE", w + "-", w + "0"]
            }
            values.append(y + "-W1")
            values += ["Q1", "Q2", "Q3", "Q4", "H1", "H2", "SP", "SU", "FA", "AU", "WI", "XX", "WE"].map { y + "-" + $0 }
        }
        values += (0...999).map { String(format: "%03d", $0) } + (0...99).map { String(format: "%02d", $0) }
        values += ["", "PAST_REF", "PRESENT_REF", "FUTURE_REF", "XXXX-WXX-1", "XXXX-12-25", "201X", "19XX", "+2025", "-2025", "2025-+1", "a", "Z-1"]
        #expect(values.count > 100_000)
        let mismatches = Self.mismatches(values)
        #expect(mismatches.count == 0, "\(mismatches.prefix(5))")
        #expect(TimexValue.label(of: "2014-W01") == "Week of December 30, 2013")
        #expect(TimexValue.label(of: "2014-03-05TNI") == "March 2014" && TimexValue.label(of: "203") == "The 2030s")
    }

    @Test func randomValuesAreLabelledAsTheirParts() {
        var generator = SystemRandomNumberGenerator()
        let characters = Array("0123456789-WTQHSUNIX+a_ ")
        let values = (0..<50_000).map { _ in
            String((0..<Int.random(in: 0...12, using: &generator)).map { _ in characters.randomElement(using: &generator)! })
        }
        let mismatches = Self.mismatches(values)
        #expect(mismatches.count == 0, "\(mismatches.prefix(5))")
    }
}
