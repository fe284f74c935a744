extension String {
    /// The text as an error message quotes it: on one line, and whole when short, else its
    /// first 80 characters, an ellipsis and how long it is. A message quotes what a case file
    /// or an argument holds, which can be megabytes long (a pasted article as a field's name);
    /// one line of error should still be a line.
    public var excerpt: String {
        let limit = 80
        guard let cut = index(startIndex, offsetBy: limit, limitedBy: endIndex), cut < endIndex else {
            return oneLine
        }
        return String(self[..<cut]).oneLine + "… (\(count) characters)"
    }

    /// The text with its line breaks and other C0 controls shown as their Control Pictures
    /// (`a␊b`), so that a name holding one (a file called "a\nb") stays on its message's line.
    public var oneLine: String {
        guard unicodeScalars.contains(where: { $0.value < 0x20 }) else { return self }
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            result.append(scalar.value < 0x20 ? Unicode.Scalar(0x2400 + scalar.value)! : scalar)
        }
        return String(result)
    }
}
