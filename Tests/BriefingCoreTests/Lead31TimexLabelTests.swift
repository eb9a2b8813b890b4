import Testing
@testable import BriefingCore

/// The label of a year, month or day in digits is written from its bytes (`TimexValue.label`'s
/// fast path): it must be the label read from the value's parts, for those values and for
/// values that only look like them.
struct Lead31TimexLabelTests {
    @Test func dayLabelsAreThePartsLabels() {
        var values = ["2025-12-29", "2025-01-01", "0099-01-05", "1999-02-31", "2025-01-00", "2025-00-10", "2025-13-01",
                      "2025-1a-01", "2025-01-0x", "20a5-01-01", "2025/01/01", "2025-01-015", "2025-W15-1", "2025-SU-01",
                      "+025-01-01", "2025-+1-01", "2025-01-+1", "２０２５-01-01", "2025-01", "2025", "202", "2025-00", "2025-13", "2025-3", "20250", "0000", "2025-1-", "2025-Q3", "2025-W15"]
        var generator = SystemRandomNumberGenerator()
        let characters = Array("0123456789-W+a")
        for _ in 0..<5000 {
            let length = [4, 7, 10, 5, 9].randomElement(using: &generator)!
            var value = String((0..<length).map { _ in characters.randomElement(using: &generator)! })
            if Bool.random(using: &generator) {
                let year = Int.random(in: 0...9999, using: &generator)
                let month = Int.random(in: 0...14, using: &generator), day = Int.random(in: 0...40, using: &generator)
                value = [String(format: "%04d", year), String(format: "%04d-%02d", year, month),
                         String(format: "%04d-%02d-%02d", year, month, day)].randomElement(using: &generator)!
            }
            values.append(value)
        }
        for value in values {
            let timex = TimexValue(value)
            #expect(timex.label == timex.labelFromParts, "\(value)")
        }
        #expect(TimexValue("2025-12-29").label == "December 29, 2025")
        #expect(TimexValue("0099-01-05").label == "January 5, 99")
        #expect(TimexValue("2025-03").label == "March 2025" && TimexValue("2025").label == "2025")
    }
}
