/// What the drafter reads off an article as a whole, and the ids it makes.
extension CaseDrafter {

    /// A first line of at most 120 characters, with more text after it, reads as a headline.
    static func hasHeadline(_ text: String) -> Bool {
        guard let end = text.firstIndex(of: "\n") else { return false }
        let first = text[..<end].trimmingCharacters(in: " \t\r")
        return !first.isEmpty && first.count <= 120 && text[end...].contains { $0.isLetter }
    }

    /// "(Reuters) –" near the start of an article: the outlet it credits, and where that stands.
    static func creditedOutlet(in source: Source) -> (String, Range<Int>)? {
        let scalars = Array(source.text.string.unicodeScalars.prefix(400))
        guard let open = scalars.firstIndex(of: "("), let close = scalars[open...].firstIndex(of: ")"),
            close - open > 1
        else { return nil }
        let name = String(String.UnicodeScalarView(scalars[(open + 1)..<close]))
        let after = String(String.UnicodeScalarView(scalars[(close + 1)...].prefix(3)))
        guard name.first?.isUppercase == true, name.split(separator: " ").count <= 3,
            name.allSatisfy({ $0.isLetter || $0 == " " || $0 == "." }),
            after.trimmingCharacters(in: " ").first.map({ "–—-".contains($0) }) == true
        else { return nil }
        // A quote lies in one sentence: "(Al. P)" can hold a sentence's end.
        let range = open..<(close + 1)
        guard let sentence = source.sentenceIndex(containing: range.lowerBound),
            source.sentences[sentence - 1].range.contains(range.lowerBound),
            source.sentences[sentence - 1].range.upperBound >= range.upperBound
        else { return nil }
        return (name, range)
    }

    static func stem(of file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return slug(
            name.split(separator: ".").dropLast().joined(separator: ".").isEmpty
                ? name : name.split(separator: ".").dropLast().joined(separator: "."))
    }

    /// Lowercase letters and digits, other runs made one hyphen: "9th Cir." → "9th-cir".
    static func slug(_ text: String) -> String {
        var slug = ""
        for character in text.lowercased() {
            if character.isASCII, character.isLetter || character.isNumber {
                slug.append(character)
            } else if !slug.isEmpty, slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? "item" : slug
    }

    /// The ids as given, a number added to each repeat and to each taken one: "ruling-2024",
    /// "ruling-2024-2".
    static func uniqueIDs(_ ids: [String], reserved: Set<String> = []) -> [String] {
        var taken = reserved
        return ids.map { id in
            var unique = id
            var number = 1
            while taken.contains(unique) {
                number += 1
                unique = "\(id)-\(number)"
            }
            taken.insert(unique)
            return unique
        }
    }
}

extension StringProtocol {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return String(text)
    }
}
