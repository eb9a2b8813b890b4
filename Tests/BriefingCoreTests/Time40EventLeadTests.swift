import Foundation
import Testing
@testable import BriefingCore

/// `EventText.stripLeads` asks of a sentence's first words whether they are connectives,
/// comma leads, the first words of lead phrases, "so" or sentence adverbs, by one look-up of
/// the word's folded ASCII scalars (`leadRoles(at:)`), where it made each word's string and
/// looked it up in each list. The roles read from the scalars against those of the word's
/// string (`leadRoles(of:)`), at every word of the seeds, of the time and quote fixtures and of
/// hand-made words.
@Suite("Event text: the roles of a lead word read from its scalars")
struct Time40EventLeadTests {
    @Test func leadRolesOfScalarsAreThoseOfTheWordsString() throws {
        var paragraphs = [
            "However, But, \u{201C}Meanwhile,\u{201D} so far So much (Interestingly,) ironically: Finally, FIRST, in addition",
            "Notably. \u{E9}videmment, caf\u{E9}ly, badly, early, holy, truly, only, 'Still', Lately, Cly, ABSOLUTELY, re-ly, x2ly",
            "And and AND yet Yet plus Plus, as a result, at the same time, on the other hand, \u{2014}thus\u{2014} hence,",
        ]
        paragraphs += try Repo.seedLines().map(String.init)
        for text in try TimeRuleStartsTests.texts() { paragraphs += text.components(separatedBy: "\n") }
        var words = 0
        var roles: [EventText.LeadRoles: Int] = [:]
        for paragraph in paragraphs {
            let scalars = paragraph.unicodeScalarArray
            for sentence in SentenceSplitter.split(paragraph, scalars: scalars) {
                let text = EventText(scalars: scalars, sentence: sentence.start..<sentence.end, times: [])
                for i in sentence.start..<sentence.end where i == sentence.start || scalars[i - 1].isSpace && !scalars[i].isSpace {
                    let told = text.leadRoles(at: i)
                    #expect(told == EventText.leadRoles(of: text.word(at: i)), "\(text.word(at: i))")
                    roles[told, default: 0] += 1
                    words += 1
                }
            }
        }
        #expect(words > 40_000)
        // Each role is met.
        for role in [EventText.LeadRoles.connective, .commaLead, .phraseStart, .so, .sentenceAdverb] {
            #expect(roles.contains { $0.key.contains(role) }, "\(role)")
        }
    }
}

extension EventText.LeadRoles: Hashable {}
