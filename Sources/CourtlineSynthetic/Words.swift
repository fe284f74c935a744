/// The words synthetic articles are made of: names, courts and sentence patterns in the style
/// of court reporting, with the abbreviations ("U.S.", "No.", "Oct.", "Inc."), curly quotes and
/// date forms that real articles have.
enum Words {
    static func courtName(_ court: Int) -> String { courts[court % courts.count].name }
    static func courtShortName(_ court: Int) -> String { courts[court % courts.count].short }
    static func courtLevel(_ court: Int) -> String { courts[court % courts.count].level }

    /// Distinct for every party up to a few thousand; past that a middle initial tells them apart.
    static func partyName(_ party: Int) -> String {
        if party % 4 < 2 {
            let cycle = companyStems.count * industries.count * companySuffixes.count
            let base =
                "\(companyStems[party % companyStems.count]) \(industries[(party / companyStems.count) % industries.count]) "
                + companySuffixes[(party / (companyStems.count * industries.count)) % companySuffixes.count]
            return party < cycle ? base : "\(base) \(party / cycle + 1)"
        }
        let cycle = firstNames.count * lastNames.count
        let initial = party / cycle == 0 ? "" : " \(letters[(party / cycle - 1) % letters.count])."
        return
            "\(firstNames[party % firstNames.count])\(initial) \(lastNames[(party / firstNames.count) % lastNames.count])"
    }

    static func headline(number: Int, random: inout SplitMix64) -> String {
        "\(pick(headlineOpenings, &random)) in the Harbor Freight Lines litigation, part \(number + 1)"
    }

    static func courtSentence(name: String, number: Int, random: inout SplitMix64) -> String {
        "The \(name) has handled \(number + 2) of the related suits since 2018, court records show."
    }

    static func partySentence(name: String, party: Int, role: String, random: inout SplitMix64) -> String {
        "\(name), \(pick(descriptors, &random)) based in \(pick(cities, &random)), is among the \(role)s, "
            + "according to a filing that lists \(party + 3) parties."
    }

    struct Told {
        let sentence: String
        let title: String
        let summary: String
        let kind: String
        /// The date words, as the sentence has them.
        let date: String
    }

    static func eventSentence(
        number: Int, plaintiff: String, defendant: String, court: String, random: inout SplitMix64
    ) -> Told {
        let (date, phrase) = datePhrase(&random)
        let judge = "\(pick(firstNames, &random)) \(pick(lastNames, &random))"
        let docket = "docket No. \(number + 1)"
        switch Int.random(in: 0..<6, using: &random) {
        case 0:
            return Told(
                sentence: "\(plaintiff) sued \(defendant) in the \(court) \(phrase), accusing it of "
                    + "\(pick(claims, &random)) in \(docket), court papers show.",
                title: "\(plaintiff) sues \(defendant)", summary: "\(plaintiff) sued \(defendant).", kind: "filing",
                date: date)
        case 1:
            return Told(
                sentence: "U.S. District Judge \(judge) of the \(court) ruled \(phrase) that \(defendant) "
                    + "had \(pick(findings, &random)), according to \(docket) and people familiar with it.",
                title: "Judge rules against \(defendant)", summary: "The court ruled against \(defendant).",
                kind: "ruling", date: date)
        case 2:
            return Told(
                sentence: "\(defendant) appealed to the \(court) \(phrase), saying in \(docket) that "
                    + "the lower court had erred.",
                title: "\(defendant) appeals", summary: "\(defendant) appealed.", kind: "appeal", date: date)
        case 3:
            return Told(
                sentence: "At a hearing \(phrase) in the \(court), lawyers for \(plaintiff) and \(defendant) "
                    + "argued over \(docket) for more than three hours.",
                title: "Hearing over \(plaintiff)'s claims", summary: "The parties argued at a hearing.",
                kind: "hearing", date: date)
        case 4:
            return Told(
                sentence: "\(plaintiff) and \(defendant) told the \(court) \(phrase) that they had settled "
                    + "\(docket), though terms were not disclosed.",
                title: "\(plaintiff) and \(defendant) settle", summary: "The parties settled.", kind: "settlement",
                date: date)
        default:
            return Told(
                sentence: "“\(pick(statements, &random)),” a spokesperson for \(defendant) said \(phrase), "
                    + "referring to \(docket) in the \(court).",
                title: "\(defendant) responds", summary: "\(defendant) made a statement.", kind: "statement",
                date: date)
        }
    }

    static func followUpSentence(number: Int, kind: String, random: inout SplitMix64) -> String {
        "The \(kind) in docket No. \(number + 1) \(pick(followUps, &random))."
    }

    static func backgroundSentence(number: Int, random: inout SplitMix64) -> String {
        "Analysts have followed the dispute closely, calling it “\(pick(analystViews, &random))” "
            + "in research note No. \(number + 1) this year."
    }

    /// The date words and the phrase around them: "March 3, 2021" in "on March 3, 2021".
    private static func datePhrase(_ random: inout SplitMix64) -> (date: String, phrase: String) {
        let year = Int.random(in: 2012...2024, using: &random)
        let month = Int.random(in: 0..<12, using: &random)
        let day = Int.random(in: 1...28, using: &random)
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return ("\(monthNames[month]) \(day), \(year)", "on \(monthNames[month]) \(day), \(year)")
        case 1:
            return ("\(monthAbbreviations[month]) \(day), \(year)", "on \(monthAbbreviations[month]) \(day), \(year)")
        case 2: return ("\(monthNames[month]) \(year)", "in \(monthNames[month]) \(year)")
        default: return ("\(year)", "in \(year)")
        }
    }

    private static func pick(_ words: [String], _ random: inout SplitMix64) -> String {
        words[Int.random(in: 0..<words.count, using: &random)]
    }

    private static let courts: [(name: String, short: String, level: String)] = [
        ("U.S. District Court in Oakland, California", "N.D. Cal.", "trial"),
        ("U.S. District Court in Manhattan", "S.D.N.Y.", "trial"),
        ("9th U.S. Circuit Court of Appeals", "9th Cir.", "appeals"),
        ("U.S. Supreme Court", "Supreme", "supreme"),
        ("U.S. District Court in Wilmington, Delaware", "D. Del.", "trial"),
        ("Delaware Court of Chancery", "Del. Ch.", "trial"),
        ("2nd U.S. Circuit Court of Appeals", "2nd Cir.", "appeals"),
        ("U.S. District Court in Houston", "S.D. Tex.", "trial"),
        ("5th U.S. Circuit Court of Appeals", "5th Cir.", "appeals"),
        ("U.S. District Court in Chicago", "N.D. Ill.", "trial"),
        ("7th U.S. Circuit Court of Appeals", "7th Cir.", "appeals"),
        ("U.S. District Court in Seattle", "W.D. Wash.", "trial"),
        ("U.S. District Court in Boston", "D. Mass.", "trial"),
        ("1st U.S. Circuit Court of Appeals", "1st Cir.", "appeals"),
        ("U.S. District Court in Miami", "S.D. Fla.", "trial"),
        ("11th U.S. Circuit Court of Appeals", "11th Cir.", "appeals"),
        ("U.S. District Court in Alexandria, Virginia", "E.D. Va.", "trial"),
        ("4th U.S. Circuit Court of Appeals", "4th Cir.", "appeals"),
        ("High Court in London", "High Ct.", "trial"),
        ("New York State Supreme Court in Manhattan", "N.Y. Sup.", "trial"),
    ]
    private static let companyStems = [
        "Harbor", "Meridian", "Northwind", "Bluestone", "Cedar", "Summit", "Ironwood", "Lakeshore", "Redline",
        "Silverline", "Granite", "Atlas", "Beacon", "Crescent", "Falcon", "Horizon", "Juniper", "Keystone",
        "Lighthouse", "Magnolia", "Oakridge", "Pinnacle", "Quarry", "Riverside", "Sterling", "Tidewater",
        "Union", "Vanguard", "Westfield", "Yellowpine", "Zephyr", "Anchor", "Birch", "Cobalt", "Delta", "Ember",
        "Frontier", "Glacier", "Hawthorne", "Ivory", "Jasper",
    ]
    private static let industries = [
        "Freight", "Systems", "Media", "Capital", "Health", "Energy", "Logistics", "Software", "Foods", "Mining",
        "Pharma", "Networks", "Aviation", "Robotics", "Textiles", "Shipping", "Labs", "Security", "Motors",
        "Telecom", "Analytics", "Chemicals", "Insurance", "Studios", "Semiconductors", "Bank", "Realty",
        "Airlines", "Games",
    ]
    private static let companySuffixes = ["Inc.", "Corp.", "Ltd."]
    private static let firstNames = [
        "Ann", "Ben", "Carla", "David", "Elena", "Frank", "Grace", "Hector", "Ines", "James", "Keiko", "Luis",
        "Maria", "Nathan", "Olivia", "Pedro", "Quinn", "Rosa", "Samuel", "Tara", "Umar", "Vera", "William",
        "Xiomara", "Yusuf", "Zoe", "Amir", "Bianca", "Chen", "Dmitri", "Esther", "Farid", "Gloria", "Hiro",
        "Irene", "Jonah", "Kara", "Leon", "Mei", "Noor", "Oscar", "Priya", "Rafael",
    ]
    private static let lastNames = [
        "Abbott", "Baker", "Castillo", "Dunn", "Evans", "Fischer", "Garcia", "Hughes", "Ibrahim", "Jensen",
        "Kowalski", "Lee", "Moreno", "Nakamura", "Okafor", "Patel", "Quinlan", "Rossi", "Schmidt", "Tanaka",
        "Underwood", "Vasquez", "Walsh", "Xu", "Young", "Zimmerman", "Alvarez", "Brennan", "Cohen", "Diaz",
        "Eriksen", "Flores", "Goldberg", "Hansen", "Ito", "Jackson", "Khan", "Lindqvist", "Mendes", "Novak",
        "Ortiz", "Park", "Reyes", "Singh", "Torres", "Ueda", "Volkov", "Wright", "Yamamoto", "Zhou", "Adler",
        "Becker", "Carter", "Doyle", "Ellis", "Fox", "Grant", "Hayes", "Irwin",
    ]
    private static let letters = (65...90).map { String(UnicodeScalar(UInt8($0))) }
    private static let cities = [
        "Oakland", "Houston", "Tel Aviv", "London", "Singapore", "Toronto", "Chicago", "Berlin", "Austin",
        "Dublin", "Seattle", "Miami",
    ]
    private static let descriptors = [
        "a logistics company", "a software maker", "a former executive", "an investment firm", "a shipping group",
        "a consultant", "a data broker", "a chip designer", "a retired engineer", "a media group",
    ]
    private static let claims = [
        "breach of contract", "patent infringement", "fraud", "unfair competition", "misusing trade secrets",
        "violating the Computer Fraud and Abuse Act", "defamation",
    ]
    private static let findings = [
        "breached the agreement", "infringed two patents", "acted in bad faith", "withheld evidence in discovery",
        "not shown any harm", "misled investors",
    ]
    private static let statements = [
        "We will keep fighting", "We disagree with the decision and are weighing our options",
        "We are pleased the court saw the facts as we do", "This case was never about money",
        "We look forward to making our case at trial",
    ]
    private static let followUps = [
        "drew fresh attention from investors this week", "was cited by lawyers in a separate dispute",
        "remained under seal for months", "was described by one lawyer as unusual",
    ]
    private static let analystViews = [
        "a test for the industry", "a long fight with no clear winner", "a warning to rivals",
        "an expensive distraction",
    ]
    private static let headlineOpenings = [
        "New filings", "Court fight widens", "Judges weigh claims", "Appeal looms", "Settlement talks stall",
        "Investors watch closely",
    ]
    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    private static let monthAbbreviations = [
        "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
    ]
}
