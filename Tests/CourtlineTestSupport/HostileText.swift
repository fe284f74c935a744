/// Text an article from the open web, or a hand-edited case file, could hold to take over the
/// terminal it is read in, or to make a quote look other than it is.
public enum HostileText {
    /// One of each kind, named so that a test can say which one got through.
    public static let samples: [(name: String, text: String)] = [
        ("C0 controls", "bell\u{07} backspace\u{08} vertical tab\u{0B} form feed\u{0C}"),
        ("C1 controls", "next line\u{85} CSI\u{9B}31m OSC\u{9D}0;pwned\u{9C}"),
        ("CSI", "\u{1B}[2J\u{1B}[H\u{1B}[31mred\u{1B}[0m"),
        ("OSC 0 title", "\u{1B}]0;pwned\u{07}"),
        ("OSC 2 title", "\u{1B}]2;pwned\u{1B}\\"),
        ("OSC 8 link", "\u{1B}]8;;https://evil.example/\u{1B}\\link\u{1B}]8;;\u{1B}\\"),
        ("OSC 52 clipboard", "\u{1B}]52;c;cHduZWQ=\u{07}"),
        ("DEL", "del\u{7F}ete"),
        ("tab and carriage return", "tab\there\rover"),
        ("bidi controls", "\u{202E}desrever\u{202C} \u{2066}isolated\u{2069} \u{200F}mark"),
        ("zero-width characters", "zero\u{200B}width\u{2060}joiner\u{FEFF}bom soft\u{00AD}hyphen"),
    ]

    /// Every sample in one sentence of prose, as an article would carry it.
    public static var sentence: String {
        "Acme sued Widget in 2019 " + samples.map(\.text).joined(separator: " ") + " at last."
    }

    /// The same samples as a YAML double-quoted string's escapes, for a case file's title.
    public static let yamlTitle = #"Acme \e]0;pwned\a\e]52;c;cHduZWQ=\a\u202Esues\x9b31m\u200b now"#

    /// Whether a scalar would act on a terminal or hide itself, if it reached one.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
            || (0x2066...0x2069).contains(value) || [0x200B, 0x200E, 0x200F, 0x2060, 0xFEFF, 0x00AD].contains(value)
    }
}
