extension String {
    /// The text with each character that `replacement` gives a replacement for replaced: how each
    /// export's format escapes what it would otherwise read as its own syntax.
    func escaped(by replacement: (Character) -> String?) -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            if let replaced = replacement(character) { result += replaced } else { result.append(character) }
        }
        return result
    }
}
