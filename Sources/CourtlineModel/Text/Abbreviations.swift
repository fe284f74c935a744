/// What the segmenter knows about words that end in a period without ending a sentence.
enum Abbreviations {
    enum Kind {
        /// Always followed by a name: "Mr.", "Dr.", "Judge".
        case title
        /// Followed by a number when it abbreviates: "No. 5", "pp. 12".
        case beforeNumber
        /// "Jan. 6"; also ends sentences, so it is treated like `beforeNumber`.
        case month
        /// "Inc.", "Ltd.", "Jr.", "v.": may end a sentence.
        case abbreviation
        /// Single letters and dotted letters: "F.", "U.S.", "D.C.".
        case initialism
    }

    static func kind(of word: String) -> Kind? {
        let lowered = word.lowercased()
        if titles.contains(lowered) { return .title }
        if beforeNumber.contains(lowered) { return .beforeNumber }
        if months.contains(lowered) { return .month }
        if abbreviations.contains(lowered) { return .abbreviation }
        if isInitialism(word) { return .initialism }
        return nil
    }

    /// The most letters any abbreviation has; an initialism that long has periods in it.
    static let longest = [titles, beforeNumber, months, abbreviations].joined().map(\.count).max() ?? 0

    static func isFrequentSentenceStarter(_ word: String) -> Bool {
        sentenceStarters.contains(word.lowercased())
    }

    /// "F", "U.S", "e.g": single letters separated by periods.
    private static func isInitialism(_ word: String) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            part.unicodeScalars.count == 1 && part.unicodeScalars.first!.properties.isAlphabetic
        }
    }

    private static let titles: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "rev", "hon", "gen", "sen", "rep", "gov", "lt", "col",
        "capt", "cmdr", "sgt", "maj", "adm", "st", "mt", "ft", "messrs", "mme", "mlle", "pres",
        "supt", "det", "insp", "atty", "amb", "sec", "cpl", "pvt", "fr",
    ]
    private static let beforeNumber: Set<String> = [
        "no", "nos", "vol", "vols", "p", "pp", "art", "fig", "figs", "ch", "para", "op", "ex", "tel",
    ]
    private static let months: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    private static let abbreviations: Set<String> = [
        "inc", "ltd", "co", "corp", "jr", "sr", "llc", "llp", "plc", "bros", "etc", "vs", "v", "al", "approx",
        "dept", "est", "univ", "assn", "ave", "blvd", "rd", "govt", "intl", "natl", "cf", "ca", "min",
        "max", "misc", "mfg", "div", "dist", "ct", "cir", "app", "supp", "stat",
    ]
    /// Words that often start a sentence and rarely follow an abbreviation inside one.
    private static let sentenceStarters: Set<String> = [
        "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "this", "that", "these",
        "those", "there", "his", "her", "their", "our", "my", "in", "on", "at", "for", "but", "and",
        "or", "so", "as", "after", "before", "when", "while", "if", "however", "meanwhile", "yet",
        "then", "now", "still", "also", "although", "though", "since", "because", "what", "why",
        "how", "who", "where", "last", "some", "many", "most", "such", "both", "each", "all", "one",
    ]
}
