import Testing
@testable import BriefingCore

/// Forms of money and percent written in real copy (the seventh blind batch): a currency named
/// twice, thousands split by tokenizing, a number after a scale word, "$A", a tag glued to an
/// amount, the "two cents" idiom and a plus before a percent; each with look-alikes that keep
/// their reading.
@Suite("Figures: written forms of money and percent")
struct FigureWrittenFormsTests {
    /// The texts and values of the money figures of a sentence.
    static func money(_ sentence: String) -> [String: Double] {
        Dictionary(Figures.of(sentence).filter { $0.currency != nil }.map { ($0.text, $0.value) }) { a, _ in a }
    }

    @Test("the sign's currency named again after the amount is part of it")
    func currencyNamedTwice() {
        #expect(Self.money("He also ordered that she paid £350 pounds costs.") == ["£350 pounds": 350])
        #expect(Self.money("It borrowed $2 million dollars from the Agriculture Fund.") == ["$2 million dollars": 2e6])
        #expect(Self.money("Glancy stole a total of £10,787.50 pounds between March 1 and June 6 last year.") == ["£10,787.50 pounds": 10787.5])
        // Another currency after the sign is another amount or no part of it.
        #expect(Self.money("The coffee costs $50 per pound.") == ["$50": 50])
        #expect(Self.money("He paid $5 for 3 pounds of apples.")["$5"] == 5)
    }

    @Test("a thousands comma that tokenizing set apart from its group joins an amount")
    func thousandsSplitByASpace() {
        #expect(Self.money("The building, which the city of Palmer had valued at about $380, 600, was a total loss.") == ["about $380, 600": 380_600])
        #expect(Self.money("They pumped another $600, 000 in state money into Mat Maid.") == ["$600, 000": 600_000])
        // A list of amounts stays a list.
        #expect(Self.money("Tickets cost $5, 100 and 200 people came.")["$5"] == 5)
        #expect(Self.money("Prizes were $5, 100, 250 and more.")["$5"] == 5)
        #expect(Self.money("It cost $1,500, the report said.") == ["$1,500": 1500])
        // Tokenized copy with the comma apart on both sides, the currency after the amount.
        #expect(Self.money("he bought it for 2 , 500 dollars .") == ["2 , 500 dollars": 2500])
        #expect(Self.money("it cost them 15 , 000 pounds sterling .") == ["15 , 000 pounds sterling": 15000])
        #expect(Self.money("the fund paid $ 2 , 500 for it .") == ["$ 2 , 500": 2500])
        // No currency after the digits, a weight or a list: no money joined.
        #expect(Self.money("Maybe it could festoon the 100, 000 pounds of Matanuska Creamery cheese the Valley Dairy put up to back one of its state loans.").isEmpty)
        #expect(Self.money("noting that roughly 13, 000 DUI convictions are issued every year .").isEmpty)
        #expect(Self.money("prizes of 2 , 500 and 300 dollars were paid .")["2 , 500 dollars"] == nil)
    }

    @Test("a fraction joined to dollars by \"and\" that a noun follows counts the noun")
    func fractionOfANounAfterDollars() {
        #expect(Self.money("QVC agreed to pay $19 and one-eighth QVC share for each of CVN's 20 million fully diluted shares.") == ["$19": 19])
        // At the end of the clause, or before a scale or currency, the fraction is the dollars'.
        #expect(Self.money("The stock rose $19 and one-eighth.") == ["$19 and one-eighth": 19.125])
        #expect(Self.money("It costs $2 and a half million dollars.") == ["$2 and a half million dollars": 2.5e6])
    }

    @Test("money valued at a year's prices names the year, not an amount")
    func constantPriceYears() {
        #expect(Self.money("Davies wrote that \"over $76 million (in 2006 dollars) was spent on the projects.") == ["over $76 million": 76e6])
        #expect(Self.money("Spending rose to $5 billion in constant 2010 dollars.") == ["$5 billion": 5e9])
        #expect(Self.money("All costs are given in the 2006 dollars the survey used.").isEmpty)
        #expect(Self.money("Spending rose to $5 billion in the 2010 dollars of the study.") == ["$5 billion": 5e9])
        // An amount the size of a year stays money.
        #expect(Self.money("He repaid the 2000 dollars he owed.") == ["2000 dollars": 2000])
        #expect(Self.money("The laptop sells for 1999 euros.") == ["1999 euros": 1999])
    }

    @Test("a prize shortly before pounds makes them money; a weight stays a weight")
    func prizePounds() {
        #expect(Self.money("The best-kept garden wins 50 pounds and a cup.") == ["50 pounds": 50])
        #expect(Self.money("She won 200 pounds in the village raffle.") == ["200 pounds": 200])
        #expect(Self.money("It weighs 17 pounds, so they better be strong.").isEmpty)
        #expect(Self.money("He lost 50 pounds before he won the title.").isEmpty)
    }

    @Test("a whole hundred percent that intensifies is no percent; a hundred percent of something is")
    func hundredPercentIntensifiers() {
        func percents(_ sentence: String) -> [String] { Figures.of(sentence).filter { $0.kind == .percent }.map(\.text) }
        #expect(percents("\"I'm 100 percent sure we will win,\" the coach said.").isEmpty)
        #expect(percents("“I believe I’m going to play in the NBA, but I have to do it when I feel I’m 100 percent ready,” he said.").isEmpty)
        #expect(percents("We support them 100 percent,” Vlasak said.").isEmpty)
        #expect(percents("They say the president is still 100 percent behind us.").isEmpty)
        #expect(percents("KFC has developed a range of coffee cups, which are 100% edible.") == ["100%"])
        #expect(percents("The party won 100 percent of the seats.") == ["100 percent"])
        #expect(percents("Shares rose 100 percent.") == ["100 percent"])
        #expect(percents("We are 90 percent sure.") == ["90 percent"])
    }

    @Test("digits after a scale word begin another number unless a smaller scale follows")
    func digitsAfterAScale() throws {
        let sentence = "While his leaves a projected deficit exceeding $600 billion 10 years from now, the Senate plan claims a surplus of $3 billion."
        let deficit = try #require(Figures.of(sentence).first { $0.currency != nil })
        #expect(deficit.value == 600e9)
        #expect(Figures.of("4 thousand 3 hundred and 21 is a valid number.").first?.value == 4321)
        #expect(Figures.of("It cost 3 million and 200 dollars.").first?.value == 3_000_200)
    }

    @Test("a dollar of a place written with its letters after the sign")
    func lettersAfterTheDollarSign() {
        #expect(Self.money("Four central government ministers arrived by plane bringing 1.5 billion rupiah ($A195,900) in aid.")["$A195,900"] == 195_900)
        #expect(Figures.of("The fund paid $US5 billion.").first?.currency == "USD")
        #expect(Figures.of("Sales reached $NZ12 million.").first?.currency == "NZD")
        // A letter after the sign that makes no sign leaves a plain dollar out.
        #expect(Self.money("The model $X5 sold out.").isEmpty)
    }

    @Test("a word glued to an amount makes it a tag, not money")
    func wordGluedToAnAmount() {
        #expect(Self.money("Tweet using the hashtag £4money to confirm payment will be made.").isEmpty)
        #expect(Self.money("The company reported a $5bn loss.") == ["$5bn": 5e9])
        #expect(Self.money("It raised €40m from investors.") == ["€40m": 4e7])
        #expect(Figures.of("The fee is $5.00USD a month.").first?.currency == "USD")
    }

    @Test("\"two cents\" after a possessive or before \"worth\" is an opinion")
    func twoCentsIdiom() {
        #expect(Self.money("\"I am not going to order it but that is my two cents worth.\"").isEmpty)
        #expect(Self.money("Everyone added their two cents.").isEmpty)
        #expect(Self.money("The price rose two cents a gallon.") == ["two cents": 0.02])
        #expect(Self.money("The federal government matches 14 cents to every dollar.") == ["14 cents": 0.14])
    }

    @Test("a plus glued to a percent signs a change; before other numbers it stays a phone or score")
    func plusBeforeAPercent() {
        let figures = Figures.of("Advanced Micro Devices Inc., AMD +0.26% vowing to change the game, INTC +0.93% has forged a deal.")
        #expect(figures.map(\.text) == ["+0.26%", "+0.93%"])
        #expect(figures.map(\.value) == [0.26, 0.93])
        #expect(Figures.of("Call +1-222-2222 for details.").isEmpty)
        #expect(Figures.of("Shares rose 2+2 times.").allSatisfy { $0.text != "+2" })
    }
}
