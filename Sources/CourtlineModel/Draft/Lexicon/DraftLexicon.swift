/// The words the drafter's passes read by, kept as data in one place: a word list grows here,
/// not as another case in a pass. Each table says what its words are for.
enum DraftLexicon {
    // MARK: - Actions (the event pass)

    /// Verbs that report a legal action, by the kind of event they report.
    static let actionVerbs: [Event.Kind: [String]] = [
        .filing: [
            "sued", "sues", "sue", "filed", "files", "file", "challenged", "charged", "indicted", "petitioned",
            "countersued",
            "asked",
            "asks", "brought", "pleaded", "pled", "sought", "seeks", "refiled", "requested", "objected", "contested",
            "subpoenaed",
        ],
        .ruling: [
            "ruled", "rules", "granted", "grants", "denied", "denies", "rejected", "rejects", "upheld", "upholds",
            "upholding", "dismissed", "dismisses", "ordered", "orders", "overturned", "reversed", "vacated",
            "affirmed", "blocked", "struck", "found", "finding", "convicted", "acquitted", "awarded", "awards",
            "enjoined", "barred", "bars", "thrown",
            "jailed",
            "certified", "tossed", "threw", "revived", "reinstated", "remanded", "approved", "approves", "sentenced",
            "sentences", "sided", "sides", "held", "holds", "scheduled", "schedules", "set", "sets", "rule", "deny",
            "grant", "dismiss", "uphold", "stayed", "stays", "paused", "reverses", "transferred", "transfers",
            "consolidated", "combined",
            "overturns", "vacates", "affirms", "remands", "overruled", "quashed", "annulled", "invalidated",
            "voided", "nullified", "halted", "lifted", "revoked", "dissolved", "decertified", "granting", "denying",
            "rejecting", "reversing", "vacating", "affirming", "dismissing", "blocking", "convicts", "acquits",
            "postponed", "adjourned",
        ],
        .appeal: ["appealed", "appeals", "appealing"],
        .withdrawal: ["dropped", "drops", "withdrew", "withdrawn", "abandoned"],
        .settlement: ["settled", "settles", "settle", "agreed", "voted"],
        .sanction: ["sanctioned", "fined", "penalized", "censured", "disbarred", "imposed", "imposes"],
        .hearing: ["heard", "argued", "hear", "hears", "testified"],
        .trial: ["tried"],
        .report: ["highlighted", "reported", "revealed", "exposed", "published", "disclosed", "discovered"],
        .conduct: [
            "hacked", "accessed", "accessing", "exploited", "exploiting", "breached", "infringed", "froze", "shut",
            "allowed", "happened", "occurred", "died", "killed", "injured", "fired", "crashed", "exploded",
            "collapsed", "destroyed", "burned", "stole", "embezzled", "assaulted", "shot", "stabbed", "robbed",
            "beaten", "murdered", "kidnapped", "abducted", "strangled", "poisoned", "raped",
        ],
        .seizure: ["seized", "raided", "confiscated", "arrested", "surrendered", "extradited", "searched"],
        .statement: [
            "said", "says", "announced", "stated", "told", "respond", "responded", "commented", "declined", "refused",
            "decided", "confirmed", "confirms", "questioned", "questions", "grilled", "quizzed",
        ],
    ]

    /// Nouns that name a legal action ("the decision", "a lawsuit").
    static let actionNouns: [String: Event.Kind] = [
        "decision": .ruling, "ruling": .ruling, "opinion": .ruling, "judgment": .ruling, "verdict": .ruling,
        "order": .ruling,
        "lawsuit": .filing, "suit": .filing, "complaint": .filing, "appeal": .appeal, "settlement": .settlement,
        "trial": .trial, "hearing": .hearing, "indictment": .filing, "arraignment": .hearing, "sentencing": .hearing,
        "arguments": .hearing, "conference": .hearing, "motion": .filing, "motions": .filing, "petition": .filing,
        "claim": .filing, "injunction": .ruling, "proceedings": .filing, "charges": .filing, "conclusion": .ruling,
        "sentence": .ruling,
        // "set jury selection for Jan. 12": the trial's first day.
        "selection": .trial,
    ]

    /// Words before "effect" that make it an order's (or a law's) coming into force ("takes effect
    /// Oct. 22", "went into effect in March"): dated like a ruling, and as scheduled when ahead.
    static let takingEffect: Set<String> = ["take", "takes", "took", "taking", "taken", "into"]
    /// Words before "place" that make it something happening ("The collision took place in
    /// January 2021"): the conduct a case is about.
    static let takingPlace: Set<String> = ["take", "takes", "took", "taking", "taken"]
    /// Words before "on hold" that make it a pause ("put on hold the eviction"): a court's stay
    /// when a court does it.
    static let puttingOnHold: Set<String> = ["put", "puts", "putting"]
    /// Verbs of something happening ("The crash happened on Jan. 9"): conduct, unless what
    /// happened is an action ("the hearing occurred").
    static let occurrenceVerbs: Set<String> = ["happened", "occurred"]
    /// Action verbs in another sense before these words: "tried to block the deal" is an
    /// attempt, not a trial; "stayed in service" is staying put, not a court's stay.
    static let otherSenseBefore: [String: Set<String>] = {
        let stayingPut: Set<String> = ["in", "at", "on", "with", "out", "open", "silent", "away", "home"]
        return ["tried": ["to"], "stayed": stayingPut, "stays": stayingPut]
    }()
    /// Papers a court gives its decision in ("in reasons released Wednesday", "an opinion
    /// issued Monday"): a participle after one dates the decision, not something else.
    static let decisionPapers: Set<String> = [
        "reasons", "opinion", "opinions", "decision", "ruling", "judgment", "order", "findings",
    ]
    /// Participles that give a paper its day ("the judgment entered on", "an order issued Monday").
    static let paperParticiples: Set<String> = ["entered", "issued", "handed", "signed", "released", "dated"]

    /// Filings that ask someone other than a trial court ("asked the Patent Office", "petitioned
    /// the justices"): no court is taken for them unless the sentence names it.
    static let requestsOfAnother: Set<String> = ["asked", "asks", "petitioned"]

    /// The court's level when the sentence names none: a suit is filed in a trial court, and
    /// trials and settlements are held or approved there; an appeal goes to an appeals court.
    static let levelByKind: [Event.Kind: Court.Level] = [
        .filing: .trial, .trial: .trial, .settlement: .trial, .appeal: .appeals,
    ]
    /// Rulings only a trial court makes ("was sentenced on Wednesday"), whatever their kind's level.
    static let levelByActionWord: [String: Court.Level] = [
        "sentenced": .trial, "sentences": .trial, "convicted": .trial, "acquitted": .trial, "arraigned": .trial,
        "jailed": .trial,
    ]
    /// Verbs that report what a court found or a party claims in a clause after "that" ("found
    /// that the airline sold seats in 2022"), where "that" opens the clause, not a noun ("affirmed
    /// that decision").
    static let verbsOfFinding: Set<String> = [
        "found", "finding", "ruled", "ruling", "held", "holds", "concluded", "determined", "decided", "wrote",
        "alleged", "alleges", "claimed", "claims", "argued", "argues",
    ]
    /// Participles of what happens outside a case ("a city law passed in 2024", "a judge
    /// appointed in 2019"): the date right after one is its own, not the legal action's before it.
    static let otherHappenings: Set<String> = [
        "passed", "enacted", "adopted", "appointed", "elected", "founded", "hired", "born", "built", "launched",
        "introduced", "signed", "opened", "acquired", "bought", "released", "sold", "purchased", "manufactured",
        "marketed",
    ]
    /// Prepositions that open a phrase before a sentence's clause ("In a 34-page opinion issued
    /// Thursday, …", "With a ruling on Monday, …").
    static let openingPrepositions: Set<String> = ["in", "with", "under", "through", "at"]
    /// Nouns that, after "the" alone, are the forum the article named last ("the court", "the
    /// Board" after "the Patent Trial and Appeal Board").
    static let lastNamedForumNouns: Set<String> = ["court", "board", "tribunal"]
    /// Verbs a motion asks for ("Zoomly moved to compel arbitration"): "moved to" one is a filing.
    static let motionVerbs: Set<String> = [
        "compel", "dismiss", "strike", "transfer", "stay", "intervene", "vacate", "quash", "suppress", "enjoin",
        "block", "sever", "remand", "disqualify", "seal", "amend", "certify",
    ]
    /// Verbs of saying that make what they report public that day ("…, the governor announced
    /// Wednesday"), unlike "said", which only reports it.
    static let announcingVerbs: Set<String> = ["announced", "announces"]
    /// Pronouns that start a clause ("found that it had"), as a determiner or a name does.
    static let clauseSubjects: Set<String> = ["it", "he", "she", "they", "we", "i", "you", "there"]
    /// Words that open a phrase naming where a report comes from ("According to the SEC's order,"):
    /// an action named in it is the source, not what the clause reports.
    static let attributions: Set<String> = ["according"]
    /// Verbs that take the kind of the action their object names ("filed an appeal", "brought a
    /// suit", "scheduled a hearing") rather than their own.
    static let verbsTheirObjectNames: Set<String> = [
        "filed", "files", "file", "brought", "asked", "asks", "pleaded", "pled", "held", "scheduled", "schedules",
        "set", "sets",
    ]
    /// "has until Feb. 2 to show", "have until Friday to respond": the words before "until" that
    /// make its date a deadline for the one who has it, drafted as a filing.
    static let deadlineHolders: Set<String> = ["has", "have", "had", "given", "gave"]

    /// Verbs of setting a date, which after a form of "be" are no one's act ("a hearing is set for
    /// July 15", "was scheduled for Monday"): the subject's noun gives the kind.
    static let schedulingVerbs: Set<String> = settingVerbs.union(["held"])
    /// Verbs that set a date for what their object names: the setting is a ruling of its own.
    static let settingVerbs: Set<String> = ["scheduled", "schedules", "set", "sets"]
    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "remains", "remain"]
    /// Prepositions that attach a noun to the noun before it ("a hearing on those motions", "a
    /// hearing on the request for an injunction"): the first noun is the head, and its kind.
    static let nounAttachers: Set<String> = ["on", "of", "for", "over", "about", "into"]
    /// Prepositions that open a phrase of the verb's, not of the noun before ("set the trial for
    /// March 3 at a hearing last fall"): a noun after one heads its own phrase.
    static let verbPhraseOpeners: Set<String> = ["at", "during", "in", "after", "before"]
    /// Words that open a span of time, and the words that join its two ends ("between 2018 and
    /// 2024", "from 2021 through 2023").
    static let spanJoiners: [String: Set<String>] = [
        "between": ["and"], "from": ["to", "through", "until", "till", "thru"],
    ]
    /// Verbs whose kind is a ruling when a court is their subject ("The Court of Appeals agreed")
    /// and their `actionVerbs` kind otherwise ("NSO agreed to pay").
    static let rulingWhenACourtActs: Set<String> = [
        "agreed", "declined", "refused", "decided", "froze", "shut", "allowed", "confirmed", "confirms", "hold",
        "voted", "imposed", "imposes",
    ]
    /// Verbs of saying, and the kind of event they report when a court's name alone is their
    /// subject: what "a Ninth Circuit panel said" it said in a ruling; what "an appeals court
    /// panel on Tuesday questioned" it asked at a hearing. Anyone else makes a statement.
    static let kindWhenACourtSays: [String: Event.Kind] = [
        "said": .ruling, "says": .ruling, "wrote": .ruling,
        "questioned": .hearing, "questions": .hearing, "grilled": .hearing, "quizzed": .hearing,
    ]
    /// Verbs of telling that, with a court as their object, report a filing ("told the 9th
    /// Circuit", "urged the justices").
    static let addressingVerbs: Set<String> = ["told", "tells", "urged", "urges", "pressed", "presses"]
    /// The last word of a court addressed by name or level: "Court", "Circuit", "justices".
    static let courtAddressHeads: Set<String> = ["court", "circuit", "justices", "panel", "tribunal"]
    /// Lower-case words inside a court's name ("Court of Appeals for the Ninth Circuit").
    static let courtNameJoiners: Set<String> = ["of", "for", "the"]
    /// What is before the court the case is in now, when the sentence names none: the court of
    /// the article's latest event (a hearing in an appeal is the appeals court's).
    static let currentCourtKinds: Set<Event.Kind> = [.hearing]

    /// Words before a date that make it the start of a state ("covers sold since 2022", "in
    /// custody since May"), which dates no action.
    static let stateStarts: Set<String> = ["since"]

    /// Words that make a count approximate ("nearly two months later", "a little over three
    /// years after", "more than a year after"): it dates no event.
    static let hedges: Set<String> = [
        "about", "nearly", "almost", "roughly", "approximately", "around", "some", "over", "under", "than",
    ]
    /// Words that, alone with a date on a line, only stamp the article ("Published Nov. 21, 2025").
    static let stampWords: Set<String> = ["published", "updated", "posted", "dated", "filed"]

    // MARK: - Reactions and follow-ups

    /// Verbs that react to a ruling ("said the ruling was a victory", "welcomed the ruling").
    static let reactionVerbs: Set<String> = [
        "said", "says", "told", "wrote", "described", "welcomed", "praised", "criticized", "called", "hailed",
        "decried", "condemned",
    ]
    /// What a reaction refers to the ruling as ("the ruling", "today's decision").
    static let rulingNouns: Set<String> = ["ruling", "decision", "verdict", "judgment", "opinion", "order"]
    static let rulingReferents: Set<String> = ["the", "this", "today's", "today’s"]

    // MARK: - Courts (the mention pass)

    /// Words before "court", "judge" or "panel" (lower case) that say the court's level only.
    static let levelModifiers: [String: Court.Level] = [
        "appeals": .appeals, "appellate": .appeals, "three-judge": .appeals, "trial": .trial, "district": .trial,
        "federal": .trial, "lower": .trial, "bankruptcy": .trial, "supreme": .supreme, "high": .supreme,
        "full": .appeals, "county": .trial, "superior": .trial, "state": .trial, "municipal": .trial,
        "probate": .trial, "family": .trial, "juvenile": .trial, "housing": .trial, "highest": .supreme,
        "top": .supreme, "arbitration": .other, "magistrate": .trial, "banc": .appeals, "immigration": .trial,
        // A state's circuit court hears cases first ("The circuit court had dismissed the case").
        "circuit": .trial,
    ]
    /// Modifiers that make any court they stand before a court of last resort ("the highest
    /// criminal appeals court").
    static let lastResortModifiers: Set<String> = ["highest", "top"]
    /// The nouns the level modifiers go with.
    static let levelHeads: Set<String> = ["court", "judge", "judges", "panel"]
    /// Nouns after which a word names a court rather than an action ("an appeals court").
    static let courtNouns = levelHeads.union(["courts"])
    /// Words that name a court by its members: "a jury", "the justices".
    static let levelNouns: [String: Court.Level] = [
        "jury": .trial, "juries": .trial, "jurors": .trial, "justices": .supreme, "panel": .appeals,
        "tribunal": .other,
    ]
    /// Words before "judge" or "court" with a place after ("a federal judge in California").
    static let placedLevels: [String: Court.Level] = [
        "federal": .trial, "u.s.": .trial, "us": .trial, "district": .trial, "appeals": .appeals,
        "appellate": .appeals,
    ]
    /// Words that go on a court's name after the one word "of" takes ("Circuit Court of Cook
    /// County", "Court of Criminal Appeals", "Court of International Trade").
    static let courtNameEndings: Set<String> = [
        "county", "parish", "borough", "pleas", "appeals", "appeal", "claims", "trade", "sessions", "bench",
    ]
    /// Words in a court's capitalized name that make it a supreme court: a country's or a state's
    /// court of last resort.
    static let supremeCourtWords: Set<String> = ["supreme", "constitutional", "cassation"]
    /// Names whose words mislead about the court's level, by a phrase in them: New York's
    /// Supreme Court is its trial court (the Court of Appeals is its highest), as the Supreme
    /// Courts of British Columbia, Nova Scotia and other Canadian provinces and territories are
    /// theirs; the High Court of Australia is that country's highest court.
    static let levelsByNamePhrase: [(phrase: [String], level: Court.Level)] =
        [
            ["british", "columbia"], ["b.c."], ["nova", "scotia"], ["newfoundland", "and", "labrador"],
            ["newfoundland"], ["prince", "edward", "island"], ["yukon"], ["northwest", "territories"],
        ].flatMap { place -> [(phrase: [String], level: Court.Level)] in
            [(["supreme", "court", "of"] + place, .trial), (place + ["supreme"], .trial)]
        } + [
            (["high", "court", "of", "australia"], .supreme),
            (["new", "york", "supreme"], .trial), (["new", "york", "state", "supreme"], .trial),
            (["manhattan", "supreme"], .trial), (["brooklyn", "supreme"], .trial), (["queens", "supreme"], .trial),
            (["bronx", "supreme"], .trial), (["nassau", "county", "supreme"], .trial),
            (["westchester", "county", "supreme"], .trial), (["suffolk", "county", "supreme"], .trial),
        ]
    /// Courts named without the word "court" ("the Appellate Division"), and their level.
    static let courtsWithoutTheWord: [(name: [String], level: Court.Level)] = [
        (["appellate", "division"], .appeals)
    ]
    /// Words in a court's capitalized name that make it a trial court ("Travis County District Court").
    static let trialCourtWords: Set<String> = [
        "district", "superior", "chancery", "high", "county", "magistrates", "crown", "bankruptcy", "trial",
        "commercial", "federal", "tax", "housing", "family", "probate", "juvenile", "municipal", "surrogate's",
        "claims", "land", "sessions", "magistrate", "pleas", "trade", "bench", "sheriff", "city",
        // A state's "Circuit Court" ("Miami-Dade Circuit Court"); a federal circuit's name is read
        // before, and "Circuit Court of Appeals" is an appeals court's.
        "circuit",
        // The EU's court of first instance ("the General Court").
        "general",
    ]
    /// Words in the name of a board that decides cases ("Patent Trial and Appeal Board", "Board of
    /// Immigration Appeals"): a tribunal, proposed as a court of level other.
    static let tribunalWords: Set<String> = ["appeal", "appeals", "trial", "review", "hearings", "arbitration"]
    /// The last words of a tribunal's name, and whether it takes one of `tribunalWords` to be one:
    /// a board may sell bonds, but "the Competition Appeal Tribunal", "an employment tribunal" decide.
    static let tribunalHeads: [String: Bool] = ["board": true, "association": true, "tribunal": false]
    /// Words before "District of" in a federal trial court's name ("the Southern District of New York").
    static let districtDirections: Set<String> = ["northern", "southern", "eastern", "western", "central", "middle"]
    /// Words between an action's noun and the court after it that make it that court's ("an August
    /// ruling by the 1st Circuit").
    static let byCourt: Set<String> = ["by", "of", "the", "a", "an"]
    /// The names given to courts the drafter proposes for words that name only a level.
    static let unnamedCourts: [Court.Level: (name: String, short: String)] = [
        .trial: ("Trial court (not named)", "Trial"), .appeals: ("Appeals court (not named)", "Appeals"),
        .supreme: ("Supreme court (not named)", "Supreme"),
    ]

    // MARK: - People and their standing

    /// Words in a judge's title ("U.S. District Judge", "Chief Judge").
    static let judgeTitles: Set<String> = [
        "us", "u.s.", "district", "circuit", "magistrate", "bankruptcy", "chief", "federal", "senior", "appeals",
        "court", "supreme", "associate",
    ]
    /// Words that name a person's role beside their name ("WhatsApp spokesman Carl Woog").
    static let roleWords: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "counsel", "ceo", "founder", "president",
        "director", "head", "researcher", "analyst", "professor", "prosecutor", "minister", "senator", "chairman",
        "chairwoman", "executive",
    ]
    static let roleModifiers: Set<String> = ["chief", "senior", "general", "deputy", "vice", "former", "lead"]
    /// Where a person named by a role word stands; anyone else (a spokesman, a researcher) is
    /// only named.
    static let standingByRole: [String: Party.Standing] = [
        "judge": .court, "justice": .court, "magistrate": .court, "lawyer": .counsel, "attorney": .counsel,
        "counsel": .counsel, "prosecutor": .counsel,
    ]

    // MARK: - Phrases (the title pass and others)

    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "its", "their", "his", "her"]
    static let relativePronouns: Set<String> = ["who", "which"]
    /// Words that open a relative clause ("a family whose house burned in 2023"); "that" opens
    /// reported clauses too, so it is not one.
    static let relativeClauseOpeners: Set<String> = relativePronouns.union(["whom", "whose", "where"])
    /// Words that join a clause to the one before ("and the court ruled").
    static let leadingJoiners: Set<String> = ["and", "but", "while", "then", "so"]
    /// Words a title leaves out at its start: joiners, and the "where" or "when" of a clause
    /// that has its own subject ("…, where a jury trial had been set").
    static let titleOmitsFirst = leadingJoiners.union(["where", "when"])
    /// Prepositions that introduce a date phrase ("on Thursday", "in April 2021").
    static let datePrepositions: Set<String> = ["on", "in", "since", "during", "at", "for", "from"]
    /// Words that make the date after them a deadline ("until Sept. 15", "by June", "are due
    /// April 10"), which a title keeps.
    static let deadlineWords: Set<String> = ["until", "by", "before", "through", "due"]
    /// Words that make the noun after them the time of another event ("sued three months after
    /// the ruling"), not the object of the verb before them.
    static let timeConnectives: Set<String> = ["after", "before", "since", "following", "until"]
}
