import Foundation
import Testing
@testable import BriefingEvaluation

@Suite struct RecognizerCasesTests {
    @Test func caseNeedsEverySpanAndValue() throws {
        let json = """
            [{"Input": "about 15,000 troops", "Results": [{"Text": "about 15,000 troops", "Resolution": {"value": "15000"}}]},
             {"Input": "about 15,000 troops", "Results": [{"Text": "15,000", "Resolution": {"value": 15000}}]},
             {"Input": "the liquid", "Results": []}, {"Input": "the 180ml liquid", "Results": []}]
            """
        let cases = try JSONDecoder().decode([RecognizerCases.Case].self, from: Data(json.utf8))
        #expect(cases.map(RecognizerCases.passes) == [true, false, true, false])
    }
}
