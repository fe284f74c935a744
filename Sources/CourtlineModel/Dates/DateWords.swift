/// The English words for dates, numbers and units that date expressions are made of.
enum DateWords {
    /// Lower-cased words of `text`, keeping the hyphens and apostrophes inside them
    /// ("five-year-old", "today's", "2024-12-20").
    static func tokens(of text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.lowercased().unicodeScalars {
            let normalized: Unicode.Scalar = scalar == "’" ? "'" : scalar
            if normalized.properties.isAlphabetic || normalized.properties.numericType != nil
                || ((normalized == "-" || normalized == "'") && !current.isEmpty)
            {
                current.unicodeScalars.append(normalized)
            } else if !current.isEmpty {
                words.append(current.trimmingTrailing(["-", "'"]))
                current = ""
            }
        }
        if !current.isEmpty { words.append(current.trimmingTrailing(["-", "'"])) }
        return words
    }

    /// A count of days, weeks, months or years. Prose never counts past a thousand of them in a
    /// date, and a bigger number would only overflow the calendar's arithmetic.
    static func number(_ word: String) -> Int? {
        if let value = Int(word), (0...1000).contains(value) { return value }
        return numberWords[word]
    }

    static func unit(_ word: String) -> DateExpression.TimeUnit? {
        switch word {
        case "day", "days": return .day
        case "week", "weeks": return .week
        case "month", "months": return .month
        case "year", "years": return .year
        default: return nil
        }
    }

    /// A month name or common abbreviation. "may" and "march" are months only before a number,
    /// since they are also everyday words.
    static func month(_ word: String, next: String?) -> Int? {
        guard let month = months[word] else { return nil }
        if word == "may" || word == "march" {
            guard let next, Int(next) != nil else { return nil }
        }
        return month
    }

    static func dayOfMonth(_ word: String) -> Int? {
        let digits =
            word.hasSuffix("st") || word.hasSuffix("nd") || word.hasSuffix("rd") || word.hasSuffix("th")
            ? String(word.dropLast(2)) : word
        guard digits.count <= 2, let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }

    static func year(_ word: String) -> Int? {
        guard word.count == 4, let year = Int(word), (1000...2999).contains(year) else { return nil }
        return year
    }

    /// 1 = Monday … 7 = Sunday.
    static func weekday(_ word: String) -> Int? {
        weekdays.firstIndex(of: word).map { $0 + 1 }
    }

    static func monthName(_ month: Int) -> String { monthNames[month - 1] }
    static func weekdayName(_ weekday: Int) -> String {
        weekdays[weekday - 1].prefix(1).uppercased() + weekdays[weekday - 1].dropFirst()
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]
    private static let months: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, name) in monthNames.enumerated() {
            table[name.lowercased()] = index + 1
            table[String(name.lowercased().prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()
    private static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    private static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
        "thirty": 30, "forty": 40, "fifty": 50,
    ]
}

extension String {
    fileprivate func trimmingTrailing(_ characters: Set<Character>) -> String {
        var result = self
        while let last = result.last, characters.contains(last) { result.removeLast() }
        return result
    }
}
