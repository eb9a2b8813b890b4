import Testing
@testable import BriefingCore

/// Time kinds that news unlike TimeBank shows (the 2016 political and CNN/Daily Mail articles of
/// the corpus): names that hold "Today", parts of named days (TIME in TimeML), clock times with
/// "this afternoon", durations joined by "and", rates after a length of time, two-digit years,
/// reported plans ("would"), and the kinds the issue lists, each checked again on sentences
/// written after those articles. Values follow the TimeML 1.2.1 / TempEval-3 guidelines.
@Suite("Time in news unlike TimeBank")
struct TimeUnseenTests {
    typealias Case = TimeCase

    static let cases: [Case] = [
        // A part of a named day is a time of day, a TIME; "late" stays in its span.
        Case(dct: "2016-09-25", sentence: "The shooting itself occurred Tuesday afternoon as Scott sat in his parked vehicle.", expression: "Tuesday afternoon", type: "TIME", value: "2016-09-20TAF"),
        Case(dct: "2016-09-26", sentence: "Late Saturday night, the newlyweds rode in a rickshaw through Uptown.", expression: "Late Saturday night", type: "TIME", value: "2016-09-24TNI"),
        Case(dct: "2016-09-19", sentence: "Mr. Obama said on Saturday night at the gala dinner that his name may not be on the ballot.", expression: "Saturday night", type: "TIME", value: "2016-09-17TNI"),
        // A clock time takes the part of the day named after it.
        Case(dct: "2016-09-12", sentence: "\u{201C}I think the plan should be developed by 6 o\u{2019}clock this afternoon.\u{201D}", expression: "6 o\u{2019}clock this afternoon", type: "TIME", value: "2016-09-12T18:00"),
        Case(dct: "2016-09-17", sentence: "The explosion went off at 10 p.m. last night on West 23rd Street.", expression: "10 p.m. last night", type: "TIME", value: "2016-09-16T22:00"),
        // Durations joined by "and" are one.
        Case(dct: "2013-09-18", sentence: "They are expected to receive a sentence of six years and eight months if they admit drug trafficking.", expression: "six years and eight months", type: "DURATION", value: "P6Y8M"),
        Case(dct: "2016-09-18", sentence: "The standoff lasted two hours and 30 minutes before police moved in.", expression: "two hours and 30 minutes", type: "DURATION", value: "PT2H30M"),
        // A length of time per unit: the unit is a rate, a SET.
        Case(dct: "2012-03-03", sentence: "I have illustrated the absurd with absurdity, three hours a day, five days a week.", expression: "a day", type: "SET", value: "P1D"),
        Case(dct: "2012-03-03", sentence: "I have illustrated the absurd with absurdity, three hours a day, five days a week.", expression: "a week", type: "SET", value: "P1W"),
        // Dates with a two-digit year.
        Case(dct: "2016-09-19", sentence: "[Video: President Obama speech at the Black Caucus Foundation in Washington DC (9/17/16)]", expression: "9/17/16", type: "DATE", value: "2016-09-17"),
        // A plan reported with "would" lies ahead of the DCT; an "-ed" adjective is no past.
        Case(dct: "2000-04-05", sentence: "Craig announced that the father would be traveling to the United States Thursday with his wife.", expression: "Thursday", type: "DATE", value: "2000-04-06"),
        Case(dct: "1989-10-26", sentence: "The stock split would be paid on a still unspecified date in January to holders of record.", expression: "January", type: "DATE", value: "1990-01"),
        // The article of a noun stays outside a modifier's span.
        Case(dct: "2013-06-11", sentence: "Historians could be one step closer to cracking the 99 year mystery.", expression: "99 year", type: "DURATION", value: "P99Y"),
        Case(dct: "2016-09-10", sentence: "The Security Council called the overnight nuclear test a clear violation.", expression: "overnight", type: "TIME", value: "2016-09-09TNI"),
        // The kinds the issue lists, again on 2016 news.
        Case(dct: "2016-09-12", sentence: "Fowler, who helmed the DNC from 1995 to 1997, has backed Clinton since her 2008 bid.", expression: "1997", type: "DATE", value: "1997"),
        Case(dct: "2016-09-08", sentence: "The appointee would then run again for a full term the next year.", expression: "a full term", type: "DURATION", value: "PXY"),
        Case(dct: "2016-09-20", sentence: "Ferries to the island stop running every winter.", expression: "every winter", type: "SET", value: "XXXX-WI"),
        Case(dct: "2016-09-19", sentence: "Mrs. Clinton now holds a gaping advantage among black voters.", expression: "now", type: "DATE", value: "PRESENT_REF"),
        Case(dct: "2016-09-20", sentence: "Kipchoge crossed the line in 2:03:05, the second-fastest time ever.", expression: "2:03:05", type: "DURATION", value: "PT2H3M5S"),
        // A season before a time word or on its own is still the season.
        Case(dct: "2016-09-20", sentence: "Ferries to the island stop running in winter, the company said.", expression: "winter", type: "DATE", value: "2016-WI"),
        // A decade written with an apostrophe.
        Case(dct: "2016-09-20", sentence: "After the collapse of the real estate market of the 1980\u{2019}s, Mr. Trump\u{2019}s company was left holding some $8.8 billion in debt.", expression: "the 1980\u{2019}s", type: "DATE", value: "198"),
        Case(dct: "2016-09-20", sentence: "Prices soared in the early 1990's as demand grew.", expression: "the early 1990's", type: "DATE", value: "199"),
        // "May" before the year it belongs to is the month, not the verb.
        Case(dct: "2019-11-14", sentence: "The company was still trying to fix the scissor design as recently as May of this year when it launched an updated 15-inch MacBook Pro.", expression: "May of this year", type: "DATE", value: "2019-05"),
        Case(dct: "2019-11-14", sentence: "The plant closed in early 2018 and reopened May of 2019.", expression: "May of 2019", type: "DATE", value: "2019-05"),
        Case(dct: "2016-09-20", sentence: "Protesters gather outside the station every evening.", expression: "every evening", type: "SET", value: "XXXX-XX-XXTEV"),
        Case(dct: "2016-10-03", sentence: "Trump may not have paid federal income taxes for nearly two decades.", expression: "nearly two decades", type: "DURATION", value: "P2DE"),
        Case(dct: "2016-09-16", sentence: "The plan would not blow a hole in the budget over a decade.", expression: "a decade", type: "DURATION", value: "P1DE"),
        Case(dct: "2016-09-26", sentence: "On Sunday, Jimmy Tompkins tossed a football in the park.", expression: "Sunday", type: "DATE", value: "2016-09-25"),
        Case(dct: "2016-09-16", sentence: "Aung San Suu Kyi will visit Capitol Hill on Thursday.", expression: "Thursday", type: "DATE", value: "2016-09-22"),
        Case(dct: "2016-09-22", sentence: "Its first national television ad could start this week.", expression: "this week", type: "DATE", value: "2016-W38"),
        Case(dct: "2016-09-22", sentence: "Adelson directed a combined $20 million last month to a super PAC.", expression: "last month", type: "DATE", value: "2016-08"),
        Case(dct: "2016-09-22", sentence: "The groups will control Congress next year.", expression: "next year", type: "DATE", value: "2017"),
        Case(dct: "2019-11-19", sentence: "Home Depot reported $2.53 in per-share earnings for the third quarter.", expression: "the third quarter", type: "DATE", value: "2019-Q3"),
        Case(dct: "2019-11-19", sentence: "Some of the benefits anticipated for fiscal 2019 will take longer to realize.", expression: "fiscal 2019", type: "DATE", value: "2019"),
        Case(dct: "2016-09-20", sentence: "Revenue in the second quarter of fiscal 2015 rose 5 percent.", expression: "the second quarter of fiscal 2015", type: "DATE", value: "2015-Q2"),
        Case(dct: "2016-09-20", sentence: "The company reported a loss for its fiscal third quarter ended Aug. 31.", expression: "fiscal third quarter", type: "DATE", value: "2016-Q3"),
        // A timetable in the present tense lies ahead.
        Case(dct: "2019-11-19", sentence: "The company hosts a conference call with analysts Thursday.", expression: "Thursday", type: "DATE", value: "2019-11-21"),
        Case(dct: "2016-09-20", sentence: "The senator heads to Iowa on Friday for two rallies.", expression: "Friday", type: "DATE", value: "2016-09-23"),
        Case(dct: "2016-09-19", sentence: "The president told African-Americans this weekend he would consider it a personal insult.", expression: "this weekend", type: "DATE", value: "2016-W37-WE"),
        Case(dct: "2016-09-20", sentence: "Tuition rose last spring.", expression: "last spring", type: "DATE", value: "2016-SP"),
        Case(dct: "2016-09-19", sentence: "The network has at times trafficked in Sept. 11 conspiracy theories.", expression: "Sept. 11", type: "DATE", value: "2001-09-11"),
        Case(dct: "2016-09-12", sentence: "Her pneumonia forced her to leave a Sept. 11 memorial event early.", expression: "Sept. 11", type: "DATE", value: "2016-09-11"),
        Case(dct: "2016-09-28", sentence: "Mexico kept its cool for a while, though a panel found the United States in breach.", expression: "a while", type: "DURATION", value: "PXX"),
    ]

    @Test(arguments: cases)
    func expressionIsFoundAndNormalized(_ c: Case) throws {
        try c.check()
    }

    /// Look-alikes from the same kind of news: names, verbs, nouns and numbers that are no times.
    static let notTimes = [
        "A USA TODAY analysis of newly filed reports shows the tally.",
        "RT America is the United States version of Russia Today.",
        "Theresa May told Parliament the deal was sound.",
        "Thousands march on the capital to protest the cuts.",
        "The spring in the mattress broke.",
        "The fall in oil prices hurt the state budget.",
        "The Fall of the Roman Empire is still a bestseller.",
        "It was the second time the senator had spoken out.",
        "Police said 2,500 people attended the rally.",
        "She lives at 1600 Pennsylvania Avenue.",
        "Flight 2016 landed safely.",
        "The Sunday Times reported the leak.",
        "Mexico put tariffs on apples from Washington and Christmas trees from Oregon.",
        "Once in a while a truck gets through.",
        "Prices May of course rise again, the Fed warned.",
        "Farmers clear their fields for winter wheat after the rice harvest.",
        "A winter storm dumped a foot of snow on Buffalo.",
    ]

    @Test(arguments: notTimes)
    func lookalikesAreLeftAlone(_ sentence: String) {
        TimeCase.checkNone(in: sentence, dct: CalendarDate(year: 2016, month: 9, day: 20))
    }
}
