/// Whether a named speaker is referred to as "he" or "she", from what the article says of
/// them: an honorific (Mr., Mrs., Ms.), a role that says it (congresswoman, spokesman, mother)
/// or a common given name. Unknown when nothing tells.
enum SpeakerGender: Sendable {
    case male, female

    /// The pronoun's gender: "he" → male, "she" → female, others none.
    static func of(pronoun: String) -> SpeakerGender? {
        switch pronoun.lowercased() {
        case "he", "his", "him": return .male
        case "she", "her": return .female
        default: return nil
        }
    }

    /// The gender the words naming someone tell: "Mrs. Clinton", "Rep. Gwen Moore",
    /// "the congresswoman".
    static func of(words text: String) -> SpeakerGender? {
        // One word (most calls) is its own split, no space or comma byte to split at: read without lists.
        if !text.isEmpty && !text.utf8.contains(where: { $0 == 0x20 || $0 == 0x2C }) {
            return ofWord(text) ?? (text.startsWithUppercase ? ofGivenName(text) : nil)
        }
        // Without a comma byte there is no comma to split at, and the split at spaces reads bytes.
        let words = (UTF8Scan.containsByte(text, 0x2C) ? text.split { $0 == " " || $0 == "," } : text.split(atASCII: 0x20)).map { String($0) }
        for word in words {
            if let gender = ofWord(word) { return gender }
        }
        // The first capitalized word that is a known given name; the last of two or more is a surname, whatever
        // name it also is: "Raymond W. Kelly", "Sen. Kelly", "Chris Martin".
        let capitalized = words.filter(\.startsWithUppercase)
        for word in capitalized.dropLast(capitalized.count > 1 ? 1 : 0) {
            if let gender = ofGivenName(word) { return gender }
        }
        return nil
    }

    /// The gender an honorific or role noun tells, its period and case aside ("Mrs.", "Congresswoman").
    private static func ofWord(_ word: String) -> SpeakerGender? {
        // Only a word whose last byte is a period ends with the character "." (nothing composes to it).
        let bare = word.utf8.last == 0x2E && word.hasSuffix(".") ? String(word.dropLast()) : word
        // Most words are ruled out, in either case, before they are lower-cased.
        guard wordFilter.mayContain(bare) else { return nil }
        let lower = bare.lowercased()
        if maleWords.contains(lower) { return .male }
        if femaleWords.contains(lower) { return .female }
        return nil
    }

    /// The gender a known given name tells.
    private static func ofGivenName(_ word: String) -> SpeakerGender? {
        guard nameFilter.mayContain(word) else { return nil }
        if maleNames.contains(word) { return .male }
        if femaleNames.contains(word) { return .female }
        return nil
    }

    /// Rules out most words before `maleWords` and `femaleWords` are searched.
    private static let wordFilter = WordLengthFilter(Array(maleWords.words) + Array(femaleWords.words))
    /// Rules out most words before `maleNames` and `femaleNames` are searched.
    private static let nameFilter = WordLengthFilter(Array(maleNames.words) + Array(femaleNames.words))

    /// Honorifics and role nouns that say a man.
    static let maleWords: LexiconSet = [
        "mr", "sir", "lord", "king", "prince", "congressman", "spokesman", "chairman", "businessman", "councilman",
        "father", "husband", "son", "brother", "man", "uncle", "grandfather", "nephew", "boyfriend", "actor",
    ]

    /// Honorifics and role nouns that say a woman.
    static let femaleWords: LexiconSet = [
        "mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "congresswoman", "spokeswoman",
        "chairwoman", "businesswoman", "councilwoman", "mother", "wife", "daughter", "sister", "woman", "aunt",
        "grandmother", "niece", "girlfriend", "actress", "widow",
    ]

    /// Common given names of men in English-language news.
    static let maleNames: LexiconSet = [
        "Aaron", "Adam", "Alan", "Albert", "Alex", "Alexander", "Andrew", "Anthony", "Barack", "Ben", "Benjamin",
        "Bernie", "Bill", "Bob", "Boris", "Brad", "Brian", "Bruce", "Carl", "Charles", "Charlie", "Chris",
        "Christopher", "Chuck", "Colin", "Corey", "Craig", "Dan", "Daniel", "Dave", "David", "Dennis", "Dick",
        "Donald", "Doug", "Douglas", "Ed", "Edward", "Emmanuel", "Eric", "Frank", "Fred", "Gary", "George",
        "Gerald", "Greg", "Harry", "Henry", "Howard", "Ian", "Jack", "Jacob", "James", "Jason", "Jeb", "Jeff",
        "Jeffrey", "Jerry", "Jim", "Joe", "John", "Jon", "Jonathan", "Jose", "Joseph", "Josh", "Juan", "Justin",
        "Keith", "Ken", "Kenneth", "Kevin", "Larry", "Lindsey", "Louis", "Luis", "Marco", "Mark", "Martin", "Matt",
        "Matthew", "Michael", "Mike", "Mitch", "Mitt", "Newt", "Nicholas", "Patrick", "Paul", "Peter", "Phil",
        "Philip", "Ralph", "Rand", "Randy", "Ray", "Reince", "Richard", "Rick", "Rob", "Robert", "Roger", "Ron",
        "Ronald", "Rudy", "Rush", "Ryan", "Sam", "Samuel", "Scott", "Sean", "Stephen", "Steve", "Steven", "Ted",
        "Terry", "Thomas", "Tim", "Timothy", "Tom", "Tony", "Vladimir", "Walter", "Wayne", "William", "Xi",
    ]

    /// Common given names of women in English-language news.
    static let femaleNames: LexiconSet = [
        "Abigail", "Alice", "Alicia", "Amanda", "Amy", "Andrea", "Angela", "Ann", "Anna", "Anne", "Barbara",
        "Betsy", "Betty", "Beth", "Carly", "Carol", "Caroline", "Catherine", "Chelsea", "Christine", "Claire",
        "Condoleezza", "Cynthia", "Debbie", "Deborah", "Diane", "Donna", "Dorothy", "Elizabeth", "Ellen", "Emily",
        "Emma", "Gennifer", "Gwen", "Hannah", "Heather", "Heidi", "Helen", "Hillary", "Huma", "Ivanka", "Jane",
        "Janet", "Jennifer", "Jessica", "Jill", "Joan", "Joanne", "Judith", "Julia", "Julie", "Kamala", "Karen",
        "Kate", "Katherine", "Kathleen", "Kathy", "Kelly", "Kellyanne", "Kim", "Kimberly", "Laura", "Lauren",
        "Linda", "Lisa", "Loretta", "Lucy", "Madeleine", "Margaret", "Maria", "Marie", "Marine", "Martha", "Mary",
        "Maxine", "Megan", "Melania", "Melissa", "Michele", "Michelle", "Nancy", "Natalie", "Nicole", "Nikki",
        "Olivia", "Pamela", "Patricia", "Rachel", "Rebecca", "Ruth", "Samantha", "Sandra", "Sara", "Sarah",
        "Sharon", "Stephanie", "Susan", "Susana", "Tammy", "Teresa", "Theresa", "Tulsi", "Ursula", "Valerie",
        "Victoria", "Virginia", "Wendy",
    ]
}
