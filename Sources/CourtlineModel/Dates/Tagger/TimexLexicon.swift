/// A unit of time as prose counts it.
enum TimexUnit: Sendable, Equatable {
    case second, minute, hour, day, week, month, quarter, year, decade, century

    /// The duration of `amount` units, or of an unknown number of them: `P3Y`, `PT5H`, `PXM`.
    func duration(_ amount: Int?) -> String {
        let count = amount.map(String.init) ?? "X"
        switch self {
        case .second: return "PT\(count)S"
        case .minute: return "PT\(count)M"
        case .hour: return "PT\(count)H"
        case .day: return "P\(count)D"
        case .week: return "P\(count)W"
        case .month: return "P\(count)M"
        case .quarter: return "P\(count)Q"
        case .year: return "P\(count)Y"
        case .decade: return amount.map { "P\($0 * 10)Y" } ?? "PXE"
        case .century: return amount.map { "P\($0 * 100)Y" } ?? "PXC"
        }
    }

    /// The duration of `amount` and a half units, in the next smaller unit the half is whole in:
    /// `P2Y6M`, `PT5H30M`; none for a unit whose half has no such unit.
    func durationAndAHalf(_ amount: Int) -> String? {
        switch self {
        case .second: nil
        case .minute: "PT\(amount)M30S"
        case .hour: "PT\(amount)H30M"
        case .day: "P\(amount)DT12H"
        case .week: "P\(amount * 7 + 3)DT12H"
        case .month: nil
        case .quarter: "P\(amount * 3 + 1)M15D"
        case .year: "P\(amount)Y6M"
        case .decade: "P\(amount * 10 + 5)Y"
        case .century: "P\(amount * 100 + 50)Y"
        }
    }

    /// The calendar stretch the unit counts in, for "two years later"; none below a day.
    var granularity: TimexPoint.Granularity? {
        switch self {
        case .second, .minute, .hour: nil
        case .day: .day
        case .week: .week
        case .month: .month
        case .quarter: .quarter
        case .year: .year
        case .decade: .decade
        case .century: .century
        }
    }
}

/// The word lists a rule's captures draw on, each with the context it needs to be a date word:
/// "May" and "March" are months before a number or after a preposition, and only a
/// capitalised month name is one.
enum TimexLexicon: Sendable {
    case month, weekday, unit, singularUnit, season, partOfDay, count, year, dayOfMonth, clock, ordinal, holiday

    func match(_ tokens: [DateToken], at index: Int) -> (Int, TimexCapture?)? {
        let token = tokens[index]
        switch self {
        case .month:
            // A month's name is capitalised, unless a number makes it one ("may 2021").
            guard token.kind == .word, token.isCapitalized || Self.isNumber(tokens, index + 1),
                let month = Self.months[token.text]
            else { return nil }
            if Self.everydayMonthWords.contains(token.text), !Self.readsAsMonth(tokens, at: index) { return nil }
            // "Jan." is a month, its period part of it; "Jan" alone may be a name, so a short form
            // needs its period or a number. A full name's period ends the sentence.
            guard token.text.count == 3 || token.text == "sept", token.text != "may" else {
                return (index + 1, .number(month))
            }
            if Self.isMark(tokens, index + 1, "."), tokens[index + 1].gluedToPrevious {
                return (index + 2, .number(month))
            }
            return Self.isNumber(tokens, index + 1) ? (index + 1, .number(month)) : nil
        case .weekday:
            guard token.kind == .word, let weekday = Self.weekdays[token.text] else { return nil }
            return (index + 1, .number(weekday))
        case .unit:
            guard token.kind == .word, let unit = Self.units[token.text] else { return nil }
            return (index + 1, .unit(unit))
        case .singularUnit:
            guard token.kind == .word, let unit = Self.units[token.text], !token.text.hasSuffix("s") else { return nil }
            return (index + 1, .unit(unit))
        case .season:
            guard token.kind == .word, let season = Self.seasons[token.text] else { return nil }
            // "prices fall": the season only after a word that makes it one.
            if token.text == "fall" {
                guard index > 0 else { return nil }
                // "sued that fall.", but "shares that fall below": after "that", only where the
                // clause ends.
                let endsHere = index + 1 == tokens.count || tokens[index + 1].kind == .mark
                if tokens[index - 1].text == "that" ? !endsHere : !Self.seasonWords.contains(tokens[index - 1].text) {
                    return nil
                }
            }
            return (index + 1, .number(season))
        case .partOfDay:
            guard token.kind == .word, let part = Self.partsOfDay[token.text] else { return nil }
            return (index + 1, .word(part))
        case .count:
            return Self.count(tokens, at: index)
        case .year:
            if token.kind == .word { return Self.spokenYear(tokens, at: index) }
            guard token.kind == .number, token.text.count == 4, let year = token.number,
                (1000...2999).contains(year), !Self.isPartOfLargerNumber(tokens, at: index),
                !Self.endsADocketNumber(tokens, at: index)
            else { return nil }
            return (index + 1, .number(year))
        case .dayOfMonth:
            guard token.kind == .number, token.text.count <= 2, let day = token.number, (1...31).contains(day),
                !Self.isPartOfLargerNumber(tokens, at: index)
            else { return nil }
            if index + 1 < tokens.count, tokens[index + 1].gluedToPrevious,
                ["st", "nd", "rd", "th"].contains(tokens[index + 1].text)
            {
                return (index + 2, .number(day))
            }
            return (index + 1, .number(day))
        case .clock:
            return Self.clock(tokens, at: index)
        case .ordinal:
            if token.kind == .word, let value = Self.ordinals[token.text] { return (index + 1, .number(value)) }
            guard token.kind == .number, let value = token.number, index + 1 < tokens.count,
                tokens[index + 1].gluedToPrevious, ["st", "nd", "rd", "th"].contains(tokens[index + 1].text)
            else { return nil }
            return (index + 2, .number(value))
        case .holiday:
            for (words, code) in Self.holidays {
                guard index + words.count <= tokens.count else { continue }
                if zip(words, tokens[index..<index + words.count]).allSatisfy({ $0 == $1.text }) {
                    return (index + words.count, .word(code))
                }
            }
            return nil
        }
    }

    static func isMark(_ tokens: [DateToken], _ index: Int, _ mark: String) -> Bool {
        index < tokens.count && tokens[index].kind == .mark && tokens[index].text == mark
    }

    private static func isNumber(_ tokens: [DateToken], _ index: Int) -> Bool {
        index < tokens.count && tokens[index].kind == .number
    }

    /// "1,990", "3.1990", "$2000", "2000%", "3:19-cv-07123": digits that are not a year or a day.
    private static func isPartOfLargerNumber(_ tokens: [DateToken], at index: Int) -> Bool {
        let token = tokens[index]
        // "18 U.S.C. § 1030", "No. 24-1187": a section or a docket number, not a year.
        if index > 0, tokens[index - 1].text == "§" { return true }
        if index > 1, tokens[index - 1].text == ".", ["no", "nos"].contains(tokens[index - 2].text) { return true }
        if token.gluedToPrevious, index > 0 {
            let before = tokens[index - 1]
            if ["$", "£", "€", "#", "."].contains(before.text) || before.kind == .word { return true }
            if [",", ":"].contains(before.text), index > 1, tokens[index - 1].gluedToPrevious,
                tokens[index - 2].kind == .number
            {
                return true
            }
        }
        if index + 1 < tokens.count, tokens[index + 1].gluedToPrevious {
            let after = tokens[index + 1]
            if after.text == "%" { return true }
            if [",", ".", ":"].contains(after.text), index + 2 < tokens.count, tokens[index + 2].gluedToPrevious,
                tokens[index + 2].kind == .number
            {
                return true
            }
        }
        return false
    }

    /// "No. 24-1187": four digits after a short number and a hyphen end a docket number; a year
    /// range ("2019-2020") starts with a year.
    private static func endsADocketNumber(_ tokens: [DateToken], at index: Int) -> Bool {
        guard tokens[index].gluedToPrevious, index > 1, tokens[index - 1].text == "-",
            tokens[index - 1].gluedToPrevious
        else { return false }
        return tokens[index - 2].kind == .number && tokens[index - 2].text.count <= 3
    }

    private static func readsAsMonth(_ tokens: [DateToken], at index: Int) -> Bool {
        if isNumber(tokens, index + 1) { return true }
        // "mid-March": the prefix glued on makes it the month.
        if index >= 2, isMark(tokens, index - 1, "-"), tokens[index].gluedToPrevious, tokens[index - 2].text == "mid" {
            return true
        }
        guard index > 0, tokens[index - 1].kind == .word else { return false }
        return monthPrepositions.contains(tokens[index - 1].text)
    }

    /// A year in words, as a transcript gives it: "nineteen ninety-six", "two thousand",
    /// "two thousand four". A bare "two thousand" reads as a year only after "the year".
    private static func spokenYear(_ tokens: [DateToken], at index: Int) -> (Int, TimexCapture?)? {
        let token = tokens[index]
        if let century = spokenCenturies[token.text] {
            guard index + 1 < tokens.count, tokens[index + 1].kind == .word,
                let (end, capture) = count(tokens, at: index + 1), case .number(let rest) = capture,
                (10...99).contains(rest)
            else { return nil }
            return (end, .number(century * 100 + rest))
        }
        guard token.text == "two", index + 1 < tokens.count, tokens[index + 1].text == "thousand" else { return nil }
        if index + 2 < tokens.count, tokens[index + 2].kind == .word,
            let (end, capture) = count(tokens, at: index + 2), case .number(let rest) = capture, rest < 100
        {
            return (end, .number(2000 + rest))
        }
        guard index >= 2, tokens[index - 2].text == "the", tokens[index - 1].text == "year" else { return nil }
        return (index + 2, .number(2000))
    }

    private static let spokenCenturies = ["eighteen": 18, "nineteen": 19]

    /// A number of units: digits, or words ("twenty-four", "a couple of", "a dozen").
    private static func count(_ tokens: [DateToken], at index: Int) -> (Int, TimexCapture?)? {
        let token = tokens[index]
        if token.kind == .number {
            guard token.text.count <= 4, let value = token.number, !isPartOfLargerNumber(tokens, at: index) else {
                return nil
            }
            return (index + 1, .number(value))
        }
        guard token.kind == .word else { return nil }
        if token.text == "a" || token.text == "an" {
            if index + 2 < tokens.count, tokens[index + 1].text == "couple", tokens[index + 2].text == "of" {
                return (index + 3, .number(2))
            }
            if index + 1 < tokens.count, tokens[index + 1].text == "dozen" { return (index + 2, .number(12)) }
            if index + 1 < tokens.count, tokens[index + 1].text == "hundred" { return (index + 2, .number(100)) }
            return nil
        }
        guard var value = numberWords[token.text] else { return nil }
        var end = index + 1
        // "twenty-four", "twenty four"
        if value >= 20, value % 10 == 0 {
            var next = end
            if isMark(tokens, next, "-") { next += 1 }
            if next < tokens.count, let unit = numberWords[tokens[next].text], unit < 10 {
                value += unit
                end = next + 1
            }
        }
        if end < tokens.count, tokens[end].text == "hundred" {
            value *= 100
            end += 1
        }
        return (end, .number(value))
    }

    /// "10:35 a.m.", "10 p.m", "4 am", "22:00": the hour and minute as `hh:mm`.
    private static func clock(_ tokens: [DateToken], at index: Int) -> (Int, TimexCapture?)? {
        let token = tokens[index]
        guard token.kind == .number, token.text.count <= 2, var hour = token.number, hour <= 24 else { return nil }
        var end = index + 1
        var minute = 0
        var hasMinutes = false
        if isMark(tokens, end, ":"), end + 1 < tokens.count, tokens[end + 1].kind == .number,
            tokens[end + 1].text.count == 2, let value = tokens[end + 1].number, value < 60
        {
            minute = value
            hasMinutes = true
            end += 2
        }
        var meridiem: String?
        if end < tokens.count, ["am", "pm"].contains(tokens[end].text) {
            meridiem = tokens[end].text
            end += 1
        } else if end + 2 < tokens.count, ["a", "p"].contains(tokens[end].text), isMark(tokens, end + 1, "."),
            tokens[end + 2].text == "m"
        {
            meridiem = tokens[end].text + "m"
            end += 3
            if isMark(tokens, end, "."), tokens[end].gluedToPrevious { end += 1 }
        }
        guard meridiem != nil || hasMinutes, hour <= 12 || meridiem == nil else { return nil }
        // "3:19-cv-07123" is a docket number, not a time.
        if meridiem == nil, end < tokens.count, tokens[end].gluedToPrevious { return nil }
        if meridiem == "pm", hour < 12 { hour += 12 }
        if meridiem == "am", hour == 12 { hour = 0 }
        let padded = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return (end, .word("\(padded(hour)):\(padded(minute))"))
    }

    static let months: [String: Int] = {
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()
    private static let everydayMonthWords: Set<String> = ["may", "march"]
    private static let monthPrepositions: Set<String> = [
        "in", "since", "until", "till", "by", "last", "next", "this", "early", "late", "mid", "of", "during",
        "through", "before", "after", "from", "to", "between", "and", "or", "each", "every", "on",
    ]
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
    private static let units: [String: TimexUnit] = [
        "second": .second, "seconds": .second, "minute": .minute, "minutes": .minute, "hour": .hour,
        "hours": .hour, "day": .day, "days": .day, "week": .week, "weeks": .week, "month": .month,
        "months": .month, "quarter": .quarter, "quarters": .quarter, "year": .year, "years": .year,
        "decade": .decade, "decades": .decade, "century": .century, "centuries": .century,
    ]
    private static let seasonWords: Set<String> = [
        "the", "this", "last", "next", "in", "early", "late", "mid", "past", "coming", "during", "by", "until",
    ]
    private static let seasons: [String: Int] = ["spring": 1, "summer": 2, "fall": 3, "autumn": 3, "winter": 4]
    private static let partsOfDay: [String: String] = [
        "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    ]
    private static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
    ]
    private static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10,
    ]
    /// Holidays and their TIMEX3 month and day, or a rule's name for those that move.
    private static let holidays: [([String], String)] = [
        (["christmas", "eve"], "12-24"), (["christmas", "day"], "12-25"), (["christmas"], "12-25"),
        (["new", "year", "'", "s", "eve"], "12-31"), (["new", "year", "'", "s", "day"], "01-01"),
        (["new", "year", "'", "s"], "01-01"), (["independence", "day"], "07-04"), (["halloween"], "10-31"),
        (["valentine", "'", "s", "day"], "02-14"), (["veterans", "day"], "11-11"),
        (["thanksgiving", "day"], "thanksgiving"), (["thanksgiving"], "thanksgiving"),
        (["election", "day"], "election"), (["labor", "day"], "labor"), (["memorial", "day"], "memorial"),
    ]
}
