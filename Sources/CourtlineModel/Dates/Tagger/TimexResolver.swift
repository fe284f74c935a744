/// Places meanings on the calendar, in text order: from the publication date, or from the
/// date the text last gave (the reference), which each placed date then becomes.
struct TimexResolver {
    let published: CalendarDay
    let tokens: [DateToken]
    private var reference: Reference?
    /// The last date not itself counted back from another: "a year earlier" after "a year ago"
    /// is still a year before the period the text reports on, not two. Counting forward chains,
    /// as a narrative does: "two days later ... a week later".
    private var countingBase: Reference?
    /// The last quarter the text named, not counting back, which "the quarter" means.
    private var quarterReference: Reference?
    /// The last day the text named: "the following day" after "in April" is the day after the
    /// last day given ("on Tuesday"), if the text gave one, not some day of April.
    private var dayReference: Reference?
    private typealias Reference = (point: TimexPoint, text: String, range: Range<Int>)

    init(published: CalendarDay, tokens: [DateToken]) {
        self.published = published
        self.tokens = tokens
    }

    struct Placed {
        let value: String
        let derivation: TimexDerivation
    }

    private var publicationValue: String { published.iso }

    mutating func place(_ meaning: TimexMeaning, tokens span: Range<Int>, text: String, range: Range<Int>) -> Placed? {
        let today = TimexPoint.day(published)
        func fromPublication(_ point: TimexPoint, _ how: String) -> (TimexPoint, TimexDerivation) {
            (point, derivation(.publication, anchor: publicationValue, how: "\(how) publication (\(publicationValue))"))
        }
        let placed: (TimexPoint, TimexDerivation)
        switch meaning {
        case .stated(let point):
            placed = (point, derivation(.stated, how: "as written"))
        case .reference(let value), .duration(let value), .set(let value):
            return Placed(value: value, derivation: derivation(.stated, how: "as written"))
        case .monthDay(let month, let day):
            // "set jury selection for April 5": an appointed day is ahead however close the one
            // past is, but for one that came days ago ("set the trial for March 3", reported on
            // March 6 once it began).
            let candidate = { year in CalendarDay(year: year, month: month, day: day).map(TimexPoint.day) }
            let appointed =
                setsAnAppointment(before: span.lowerBound)
                ? candidates(candidate).first { $0.firstDay >= published.adding(days: -Self.appointmentJustPast) }
                : nil
            guard let found = appointed.map({ ($0, Placement.appointed) }) ?? nearest(tense(around: span), candidate)
            else { return nil }
            placed = fromPublication(found.0, found.1.words(for: "\(Self.monthNames[month - 1]) \(day)"))
        case .month(let month, let direction):
            let tense = direction.map { $0 < 0 ? Tense.past : .future }
            guard
                let found = nearest(tense ?? self.tense(around: span), marked: tense != nil, { .month(month, of: $0) })
            else { return nil }
            placed = fromPublication(found.0, found.1.words(for: Self.monthNames[month - 1]))
        case .seasonOfReference(let season, let direction):
            guard let earlier = reference, earlier.point.granularity >= .year else {
                return place(
                    .partOfYear(.season, season, yearOffset: direction), tokens: span, text: text, range: range)
            }
            let start = earlier.point.firstDay
            var year = earlier.point.year
            if direction > 0 {
                while TimexPoint.season(season, of: year).firstDay <= start { year += 1 }
            } else if direction < 0 {
                while TimexPoint.season(season, of: year).firstDay >= start { year -= 1 }
            }
            let how =
                direction == 0
                ? "such season in the year of"
                : "the \(direction > 0 ? "first" : "last") such season \(direction > 0 ? "after" : "before")"
            placed = (.season(season, of: year), derivationFromEarlier(earlier, how: how))
        case .monthOfReference(let month):
            guard let earlier = reference, earlier.point.granularity >= .year else {
                return place(.month(month, direction: nil), tokens: span, text: text, range: range)
            }
            placed = (
                .month(month, of: earlier.point.year),
                derivationFromEarlier(earlier, how: "\(Self.monthNames[month - 1]) in the year of")
            )
        case .part(let granularity, let number):
            // Quarters and halves are reported once they end, whatever the tense of the report.
            let reported = [.quarter, .half].contains(granularity)
            guard
                let found = nearest(
                    reported ? .past : tense(around: span), marked: reported, { Self.part(granularity, number, of: $0) }
                )
            else {
                return nil
            }
            placed = fromPublication(found.0, found.1.words(for: "such \(granularity)"))
        case .weekday(let weekday, let direction, let clock):
            // Reporting names the day it appears by its weekday whatever the tense ("warned
            // Wednesday" in Wednesday's paper); only "next" or "last" moves it a week, and "this
            // Friday" is the Friday of publication's week.
            let name = Self.weekdayNames[weekday - 1]
            let day: CalendarDay
            let which: String
            if direction == 0 {
                day = published.adding(days: weekday - published.weekday)
                which = "the \(name) in the week of"
            } else {
                day =
                    direction == nil && weekday == published.weekday
                    ? published : self.weekday(weekday, direction: direction ?? tense(around: span).direction)
                which = day == published ? "the day of" : "the \(name) \(day < published ? "before" : "after")"
            }
            placed = fromPublication(clock.map { TimexPoint.time($0, on: day) } ?? .day(day), which)
        case .weekend(let stated):
            // Read on a weekday, "the weekend" is the one just past unless the words look ahead.
            // "next weekend" read on a weekday is the coming one, this week's.
            let onWeekend = published.weekday >= 6
            let offset: Int
            if let stated {
                offset = stated > 0 && !onWeekend ? 0 : stated
            } else {
                offset = onWeekend || tense(around: span) == .future ? 0 : -1
            }
            let point = TimexPoint.weekend(ofWeekContaining: published.adding(days: 7 * offset))
            placed = fromPublication(
                point, "the weekend \(offset < 0 ? "before" : offset > 0 ? "after" : "of the week of")")
        case .deictic(let granularity, let offset, let clock):
            var point = today.coarsened(to: granularity).moved(by: offset)
            if let clock, let day = point.day { point = .time(clock, on: day) }
            placed = fromPublication(point, Self.steps(offset, granularity) + " of")
        case .shift(let unit, let amount, let fromEarlierDate):
            guard let granularity = unit.granularity else { return nil }
            let counted = self.countingReference(unit: unit, fromEarlierDate: fromEarlierDate)
            let base = counted?.point ?? today
            let point: TimexPoint
            if unit == .year, counted != nil, [.half, .quarter, .month, .day].contains(base.granularity) {
                // "a year earlier" than a quarter is that quarter a year before.
                let perYear = [.half: 2, .quarter: 4, .month: 12][base.granularity]
                point = perYear.map { base.moved(by: amount * $0) } ?? .day(base.firstDay.adding(years: amount))
            } else if base.granularity < granularity {
                point = base
            } else {
                point = base.coarsened(to: granularity).moved(by: amount)
            }
            let how = "\(Self.count(abs(amount), unit)) \(amount < 0 ? "before" : "after")"
            placed = counted.map { (point, derivationFromEarlier($0, how: how)) } ?? fromPublication(point, how)
        case .anaphor(let granularity, let offset):
            // "the quarter" is the quarter the text last named, not the quarter of any date.
            var earlier = granularity == .quarter ? quarterReference : reference
            if offset != 0, let day = dayReference, let coarser = earlier, coarser.point.granularity < granularity,
                day.point.granularity >= granularity
            {
                earlier = day
            }
            if let earlier, earlier.point.granularity >= granularity {
                let point = earlier.point.coarsened(to: granularity).moved(by: offset)
                placed = (point, derivationFromEarlier(earlier, how: Self.steps(offset, granularity) + " of"))
            } else if let earlier, offset == 0, earlier.point.granularity >= .year {
                // "sued in October, the same day": a day of that October, known only to the month.
                placed = (earlier.point, derivationFromEarlier(earlier, how: "a \(granularity) within"))
            } else if let earlier, offset != 0, earlier.point.granularity >= .year {
                // "sued in March 2024 … the following week": a week after some day of that March,
                // known only as far as the month; not a week counted from publication.
                placed = (
                    earlier.point,
                    derivationFromEarlier(
                        earlier,
                        how: abs(offset) == 1
                            ? "the \(granularity) \(offset < 0 ? "before" : "after") some day of"
                            : "\(abs(offset)) \(granularity)s \(offset < 0 ? "before" : "after") some day of")
                )
            } else {
                // A quarter named without one before it is the last one reported on: the one before publication's.
                let adjusted = granularity == .quarter && offset == 0 ? -1 : offset
                placed = fromPublication(
                    today.coarsened(to: granularity).moved(by: adjusted), Self.steps(adjusted, granularity) + " of")
            }
        case .partOfYear(let granularity, let number, let yearOffset):
            guard let point = Self.part(granularity, number, of: published.year + yearOffset) else { return nil }
            placed = fromPublication(point, "in \(Self.steps(yearOffset, .year)) of")
        case .fraction:
            return nil
        case .age(let unit, let amount):
            return Placed(value: unit.duration(amount), derivation: derivation(.stated, how: "as written"))
        case .holiday(let code):
            guard let found = nearest(tense(around: span), { Self.holiday(code, in: $0).map(TimexPoint.day) }) else {
                return nil
            }
            placed = fromPublication(found.0, found.1.words(for: "such holiday"))
        case .clock(let clock):
            placed = fromPublication(.time(clock, on: published), "the day of")
        case .atClock(let clock, let day):
            // The rules give a day's meaning inside, so its value is a day's.
            guard let onDay = place(day, tokens: span, text: text, range: range) else { return nil }
            return Placed(value: "\(onDay.value)T\(clock)", derivation: onDay.derivation)
        }
        if placed.0.granularity != .century, placed.0.granularity != .decade || meaning != .stated(placed.0) {
            reference = (placed.0, text, range)
            if case .shift(_, let amount, _) = meaning, amount < 0 {
                // A comparison ("a year ago") is not the period the text goes on about.
            } else {
                countingBase = reference
                if placed.0.granularity == .quarter { quarterReference = reference }
                if placed.0.granularity >= .day { dayReference = reference }
            }
        }
        return Placed(value: placed.0.value, derivation: placed.1)
    }

    private func derivation(
        _ basis: TimexDerivation.Basis, anchor: String? = nil, how: String
    ) -> TimexDerivation {
        TimexDerivation(basis: basis, anchorValue: anchor, anchorText: nil, anchorRange: nil, explanation: how)
    }

    private func derivationFromEarlier(_ earlier: Reference, how: String) -> TimexDerivation {
        TimexDerivation(
            basis: .earlierDate, anchorValue: earlier.point.value, anchorText: earlier.text,
            anchorRange: earlier.range, explanation: "\(how) “\(earlier.text)” (\(earlier.point.value))")
    }

    /// "a year earlier" counts from the date last given; "a year ago" from publication, unless
    /// the text is comparing quarters or halves, whose year-ago counterpart is meant.
    private func countingReference(unit: TimexUnit, fromEarlierDate: Bool) -> Reference? {
        guard let reference = countingBase else { return nil }
        if fromEarlierDate { return reference }
        if unit == .year, [.half, .quarter].contains(reference.point.granularity) { return reference }
        return nil
    }

    /// The candidate in the year before, of or after publication: the one containing publication;
    /// else a day within a season of publication, the tense of a sentence about a deadline or a
    /// record date being no guide; else the one the tense
    /// points to, the latest not after publication in the past and the earliest not before it in
    /// the future.
    /// A `marked` tense, one the words state ("last April"), outweighs closeness.
    private func nearest(
        _ tense: @autoclosure () -> Tense, marked: Bool = false, _ candidate: (Int) -> TimexPoint?
    ) -> (TimexPoint, Placement)? {
        let points = candidates(candidate)
        if let containing = points.first(where: { $0.contains(published) }) { return (containing, .containing) }
        func distance(_ point: TimexPoint) -> Int {
            let first = point.firstDay
            return abs(
                (first.year - published.year) * 372 + (first.month - published.month) * 31 + first.day - published.day)
        }
        let closest = points.min { distance($0) < distance($1) }
        if !marked, let closest, closest.granularity >= .day, distance(closest) <= Self.unambiguousDays {
            return (closest, .closest)
        }
        switch tense() {
        case .past: return points.last { $0.firstDay <= published }.map { ($0, .onOrBefore) }
        case .future: return points.first { $0.firstDay >= published }.map { ($0, .onOrAfter) }
        case .unknown: return closest.map { ($0, .closest) }
        }
    }

    /// A date named without its year in the year before, of and after publication, in order.
    private func candidates(_ candidate: (Int) -> TimexPoint?) -> [TimexPoint] {
        (published.year - 1...published.year + 1).compactMap(candidate)
    }

    /// Which of the candidates `nearest` took, in the words of a derivation: "the closest March
    /// to publication", "the first June 2 on or after publication".
    enum Placement {
        case containing, closest, onOrBefore, onOrAfter, appointed

        func words(for thing: String) -> String {
            switch self {
            case .containing: "the \(thing) that contains"
            case .closest: "the closest \(thing) to"
            case .onOrBefore: "the last \(thing) on or before"
            case .onOrAfter: "the first \(thing) on or after"
            case .appointed: "as appointed, the first \(thing) from two weeks before"
            }
        }
    }

    /// How far from publication a date named without its year is taken as the nearer one
    /// whatever the tense: reporting rarely names a day this close in the other direction.
    private static let unambiguousDays = 120
    /// How long before publication an appointed day may be and still be the one meant: a trial
    /// set for a day this week is reported once it has begun.
    private static let appointmentJustPast = 14

    private func weekday(_ weekday: Int, direction: Int) -> CalendarDay {
        let back = (published.weekday - weekday + 7) % 7
        if direction > 0 {
            let ahead = (weekday - published.weekday + 7) % 7
            return published.adding(days: ahead == 0 ? 7 : ahead)
        }
        if back == 0 { return direction < 0 ? published.adding(days: -7) : published }
        return published.adding(days: -back)
    }

    enum Tense {
        case past, future, unknown
        var direction: Int {
            switch self {
            case .past: 0
            case .future: 1
            case .unknown: 0
            }
        }
    }

    /// The tense of the words nearest the expression within its sentence: "will", "would",
    /// "expected" point ahead; "was", "said", "-ed" verbs and "ago" point back.
    private func tense(around span: Range<Int>) -> Tense {
        if setsAnAppointment(before: span.lowerBound) { return .future }
        // "will appeal Monday's ruling": a decision is reported once made, whatever the verb.
        let end = span.upperBound
        if end + 2 < tokens.count, tokens[end].text == "'", tokens[end + 1].text == "s",
            Self.decisionsMade.contains(tokens[end + 2].text)
        {
            return .past
        }
        var before = span.lowerBound - 1
        for _ in 0..<12 where before >= 0 {
            if let tense = tense(at: before, followingTheDate: false) { return tense }
            if Self.endsClause(tokens[before]) || tokens[before + 1].followsLineBreak { break }
            before -= 1
        }
        var after = span.upperBound
        for _ in 0..<8 where after < tokens.count {
            if tokens[after].followsLineBreak || Self.endsClause(tokens[after]) { break }
            if let tense = tense(at: after, followingTheDate: true) { return tense }
            after += 1
        }
        return .unknown
    }

    /// "set jury selection for Jan. 12", "postponed the hearing until May 4": whatever the verb's
    /// tense, the date it appoints is still to come when it is reported.
    private func setsAnAppointment(before start: Int) -> Bool {
        guard start > 0 else { return false }
        // "set a trial date of Oct. 5": the date of the date set.
        let ofADate = start >= 2 && tokens[start - 1].text == "of" && tokens[start - 2].text == "date"
        guard ofADate || Self.appointingPrepositions.contains(tokens[start - 1].text) else { return false }
        for index in stride(from: start - 2, through: max(0, start - 7), by: -1) {
            if Self.endsClause(tokens[index]) || tokens[index].text == "," { return false }
            if Self.appointingVerbs.contains(tokens[index].text) { return true }
        }
        return false
    }

    private static let decisionsMade: Set<String> = [
        "ruling", "decision", "verdict", "opinion", "judgment", "order", "indictment", "sentence", "conviction",
    ]
    private static let appointingPrepositions: Set<String> = ["for", "until"]
    private static let appointingVerbs: Set<String> = [
        "set", "sets", "scheduled", "schedules", "rescheduled", "reset", "postponed", "postpones", "delayed",
        "adjourned", "calendared", "extended", "extends", "gave", "given", "gives",
    ]

    private static func endsClause(_ token: DateToken) -> Bool {
        token.kind == .mark && [".", "!", "?", ";"].contains(token.text)
    }

    /// A word's tense, or a pair's where the word alone says nothing ("set to begin", "set for
    /// July 15" point ahead; "set aside" does not).
    private func tense(at index: Int, followingTheDate: Bool) -> Tense? {
        if index + 1 < tokens.count, let pair = Self.futurePairs[tokens[index].text],
            pair.contains(tokens[index + 1].text)
        {
            return .future
        }
        let tense = Self.tense(of: tokens[index])
        // "A judge on Tuesday scheduled a trial": with an object, "scheduled" or "expected"
        // after the date reports what was done on it. Before it, the date is the object's:
        // "planned a rally on Saturday".
        if tense == .future, followingTheDate, tokens[index].text.hasSuffix("ed"), index + 1 < tokens.count,
            Self.objectDeterminers.contains(tokens[index + 1].text)
        {
            return .past
        }
        // A participle after "be" ("will be paid", "would be named") is the modal's tense.
        // "to be published": an infinitive looks ahead.
        if tense == .past, index > 0, tokens[index - 1].text == "be" {
            return index > 1 && tokens[index - 2].text == "to" ? .future : nil
        }
        return tense
    }

    private static let objectDeterminers: Set<String> = ["a", "an", "the", "its", "his", "her", "their"]

    private static let futurePairs: [String: Set<String>] = [
        "set": ["to", "for"], "plans": ["to"], "is": ["to"], "are": ["to"], "as": ["soon", "early"],
    ]

    private static func tense(of token: DateToken) -> Tense? {
        guard token.kind == .word else { return nil }
        if futureWords.contains(token.text) { return .future }
        if pastWords.contains(token.text) { return .past }
        // A capitalized -ed word is most often a name ("United", "Red"), not a verb.
        if token.text.count >= 4, token.text.hasSuffix("ed"), !token.isCapitalized, !notPast.contains(token.text) {
            return .past
        }
        return nil
    }

    private static let futureWords: Set<String> = [
        "will", "ll", "shall", "scheduled", "due", "upcoming", "next", "expected", "expects", "expect", "planned",
        "planning", "slated", "supposed", "would", "might", "effective", "intends", "intend", "soon", "ahead",
        "tomorrow",
    ]
    private static let pastWords: Set<String> = [
        "was", "were", "had", "did", "said", "ago", "last", "told", "came", "went", "took", "made", "gave", "got",
        "began", "rose", "fell", "won", "lost", "met", "left", "saw", "ran", "sent", "held", "paid", "sold",
        "bought", "brought", "found", "became", "struck", "hit", "put", "led", "spoke", "wrote", "broke",
        "earlier", "since", "upheld", "threw", "sought", "withdrew", "pled", "knew", "thought", "froze", "stole",
    ]
    private static let notPast: Set<String> = [
        "need", "feed", "seed", "deed", "heed", "weed", "reed", "indeed", "speed", "proceed", "exceed", "succeed",
    ]

    private static func part(_ granularity: TimexPoint.Granularity, _ number: Int, of year: Int) -> TimexPoint? {
        switch granularity {
        case .quarter: (1...4).contains(number) ? .quarter(number, of: year) : nil
        case .half: (1...2).contains(number) ? .half(number, of: year) : nil
        case .season: (1...4).contains(number) ? .season(number, of: year) : nil
        case .month: (1...12).contains(number) ? .month(number, of: year) : nil
        default: nil
        }
    }

    /// Holidays that move are worked out from their rule; the rest are a month and a day.
    private static func holiday(_ code: String, in year: Int) -> CalendarDay? {
        func nth(_ weekday: Int, _ n: Int, ofMonth month: Int) -> CalendarDay {
            let first = CalendarDay.firstDay(ofMonth: month, year: year)
            return first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (n - 1))
        }
        switch code {
        case "thanksgiving": return nth(4, 4, ofMonth: 11)
        case "labor": return nth(1, 1, ofMonth: 9)
        case "memorial":
            let last = CalendarDay.lastDay(ofMonth: 5, year: year)
            return last.adding(days: -((last.weekday - 1 + 7) % 7))
        case "election": return nth(1, 1, ofMonth: 11).adding(days: 1)
        default:
            let parts = code.split(separator: "-").compactMap { Int($0) }
            return parts.count == 2 ? CalendarDay(year: year, month: parts[0], day: parts[1]) : nil
        }
    }

    private static func steps(_ offset: Int, _ granularity: TimexPoint.Granularity) -> String {
        let name = "\(granularity)"
        switch offset {
        case 0: return "the \(name)"
        case -1: return "the \(name) before that"
        case 1: return "the \(name) after that"
        default: return "\(abs(offset)) \(name)s \(offset < 0 ? "before" : "after") that"
        }
    }

    private static func count(_ amount: Int, _ unit: TimexUnit) -> String {
        "\(amount) \(unit)\(amount == 1 ? "" : "s")"
    }

    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
}

extension TimexPoint {
    /// Whether `day` falls within this stretch.
    func contains(_ day: CalendarDay) -> Bool {
        let first = firstDay
        let next: CalendarDay
        switch granularity {
        case .day, .time: return first == day
        case .week:
            next = first.adding(days: 7 - first.weekday + 1)
            return first.adding(days: 1 - first.weekday) <= day && day < next
        default: next = moved(by: 1).firstDay
        }
        return first <= day && day < next
    }
}
