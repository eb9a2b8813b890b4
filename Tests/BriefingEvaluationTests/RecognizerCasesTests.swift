import Foundation
import Testing
@testable import BriefingEvaluation

@Suite struct RecognizerCasesTests {
    func passes(_ json: String, _ model: RecognizerModel) throws -> [Bool] {
        let cases = try JSONDecoder().decode([RecognizerCases.Case].self, from: Data(json.utf8))
        return cases.map { RecognizerCases.passes($0, model: model) }
    }

    @Test func numbersAreMatchedByTheirNumeral() throws {
        let json = """
            [{"Input": "about 15,000 troops", "Results": [{"Text": "15,000", "TypeName": "number", "Resolution": {"value": 15000}}]},
             {"Input": "about 15,000 troops", "Results": [{"Text": "about 15,000 troops", "TypeName": "number", "Resolution": {"value": "15000"}}]},
             {"Input": "about 15,000 troops", "Results": [{"Text": "15,000", "TypeName": "number", "Resolution": {"value": "15001"}}]},
             {"Input": "the liquid", "Results": []}, {"Input": "the 180ml liquid", "Results": []}]
            """
        #expect(try passes(json, .number) == [true, false, false, true, true])
    }

    @Test func unitsCurrenciesPercentagesAndRanges() throws {
        #expect(try passes("""
            [{"Input": "the 180ml liquid", "Results": [{"Text": "180ml", "TypeName": "dimension", "Resolution": {"value": "180", "unit": "Milliliter"}}]},
             {"Input": "the 180ml liquid", "Results": [{"Text": "180ml", "TypeName": "dimension", "Resolution": {"value": "180", "unit": "Liter"}}]}]
            """, .dimension) == [true, false])
        #expect(try passes("""
            [{"Input": "a $3.2 billion deal", "Results": [{"Text": "$3.2 billion", "TypeName": "currency", "Resolution": {"value": "3200000000", "unit": "Dollar"}}]},
             {"Input": "a $3.2 billion deal", "Results": [{"Text": "$3.2 billion", "TypeName": "currency", "Resolution": {"value": "3200000000", "unit": "Euro"}}]},
             {"Input": "down 34 cents", "Results": [{"Text": "34 cents", "TypeName": "currency", "Resolution": {"value": "34", "unit": "Cent"}}]}]
            """, .currency) == [true, false, true])
        #expect(try passes("""
            [{"Input": "up 12% on the year", "Results": [{"Text": "12%", "TypeName": "percentage", "Resolution": {"value": "12%"}}]}]
            """, .percentage) == [true])
        #expect(try passes("""
            [{"Input": "more than 30000 people", "Results": [{"Text": "more than 30000", "TypeName": "numberrange", "Resolution": {"value": "(30000,)"}}]},
             {"Input": "more than 30000 people", "Results": [{"Text": "more than 30000", "TypeName": "numberrange", "Resolution": {"value": "[30000,)"}}]},
             {"Input": "between 20 and 30", "Results": [{"Text": "between 20 and 30", "TypeName": "numberrange", "Resolution": {"value": "[20,30)"}}]}]
            """, .range) == [true, false, true])
    }

    @Test func skipsNameTheirReason() {
        #expect(RecognizerSkips.reason(input: "1 over 3", model: .number, types: ["number"], valueless: false) != nil)
        #expect(RecognizerSkips.reason(input: "15,000 troops", model: .number, types: ["number"], valueless: false) == nil)
    }
}
