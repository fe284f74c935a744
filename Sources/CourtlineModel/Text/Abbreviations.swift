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

    /// The kind of `word` (without its period), if it is an abbreviation.
    static func kind<Word: Collection<Unicode.Scalar>>(of word: Word) -> Kind? {
        if let key = asciiLowercased(word, atMost: longest), let kind = kinds[key] { return kind }
        if word.count <= longest, !word.allSatisfy(\.isASCII),
            let kind = kinds[String(String.UnicodeScalarView(word)).lowercased()]
        {
            return kind
        }
        return isInitialism(word) ? .initialism : nil
    }

    /// The word lower-cased, when it is ASCII and no longer than `limit`.
    private static func asciiLowercased<Word: Collection<Unicode.Scalar>>(_ word: Word, atMost limit: Int) -> String? {
        let count = word.count
        guard count <= limit, word.allSatisfy(\.isASCII) else { return nil }
        return String(unsafeUninitializedCapacity: count) { buffer in
            for (offset, scalar) in word.enumerated() {
                let byte = UInt8(scalar.value)
                buffer[offset] = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
            }
            return count
        }
    }

    /// The most letters any abbreviation has; an initialism that long has periods in it.
    static let longest = kinds.keys.map(\.count).max() ?? 0

    /// Asked at many a period of a long article, so a word in ASCII is lower-cased by byte.
    static func isFrequentSentenceStarter<Word: Collection<Unicode.Scalar>>(_ word: Word) -> Bool {
        if word.allSatisfy(\.isASCII) {
            return asciiLowercased(word, atMost: longestStarter).map(sentenceStarters.contains) ?? false
        }
        return sentenceStarters.contains(String(String.UnicodeScalarView(word)).lowercased())
    }

    private static let longestStarter = sentenceStarters.map(\.count).max() ?? 0

    /// "F", "U.S", "e.g": single letters separated by periods.
    private static func isInitialism<Word: Collection<Unicode.Scalar>>(_ word: Word) -> Bool {
        var expectsLetter = true
        for scalar in word {
            if expectsLetter {
                guard scalar != ".", scalar.properties.isAlphabetic else { return false }
            } else if scalar != "." {
                return false
            }
            expectsLetter.toggle()
        }
        return !expectsLetter
    }

    /// Every abbreviation, lower-cased, looked up once: a long case has a million periods to try.
    private static let kinds: [String: Kind] = {
        var kinds: [String: Kind] = [:]
        // Where a word is in two lists, the first list's kind is kept.
        for (words, kind) in [
            (titles, Kind.title), (beforeNumber, .beforeNumber), (months, .month), (abbreviations, .abbreviation),
        ] {
            for word in words where kinds[word] == nil { kinds[word] = kind }
        }
        return kinds
    }()

    private static let titles: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "rev", "hon", "gen", "sen", "rep", "gov", "lt", "col",
        "capt", "cmdr", "sgt", "maj", "adm", "st", "mt", "ft", "messrs", "mme", "mlle", "pres",
        "supt", "det", "insp", "atty", "amb", "sec", "cpl", "pvt", "fr",
    ]
    private static let beforeNumber: Set<String> = [
        "no", "nos", "n°", "nº", "vol", "vols", "p", "pp", "art", "fig", "figs", "ch", "para", "op", "ex", "tel",
    ]
    private static let months: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    private static let abbreviations: Set<String> = [
        "inc", "ltd", "co", "corp", "jr", "sr", "llc", "llp", "plc", "bros", "etc", "vs", "v", "al", "approx",
        "dept", "est", "univ", "assn", "ave", "blvd", "rd", "govt", "intl", "natl", "cf", "ca", "min",
        "max", "misc", "mfg", "div", "dist", "ct", "cir", "app", "supp", "stat",
    ]
    /// The abbreviations of US states as news style writes them after a place ("Topeka, Kan."),
    /// where alone some are words that end sentences ("ill", "mass"); the dotted ones ("N.Y.")
    /// are initialisms anyway.
    static func isState<Word: Collection<Unicode.Scalar>>(_ word: Word) -> Bool {
        asciiLowercased(word, atMost: 5).map(states.contains) ?? false
    }

    private static let states: Set<String> = [
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky", "la",
        "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "vt",
        "va", "wash", "wis", "wyo",
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
