/// One sentence as the drafter's passes see it: where it stands, what was read in it, and what
/// the mention pass made of it for the passes after.
struct SentenceInDraft {
    let sentence: Sentence
    let source: Int
    let reading: SentenceReading
    /// The first word after a dateline, else 0.
    let dateline: Int
    /// The whole sentence, as events proposed from it cite it.
    let whole: CaseDraft.Quote
    /// The courts the sentence names, as the words naming them and the proposals' keys.
    var courtKeys: [(words: Range<Int>, key: String)] = []
    /// Words that name a court only by its level, outside any court named.
    var levels: [(word: Int, level: Court.Level)] = []
    /// The court of a judge the sentence names by surname alone.
    var judgeCourt: String?

    /// Every word that names a court, by name (with its key) or by level only, where it starts.
    var courtWords: [(at: Int, key: String?, level: Court.Level?)] {
        courtKeys.map { ($0.words.lowerBound, $0.key, nil) } + levels.map { ($0.word, nil, $0.level) }
    }

    /// Where the sentence names a judge, with or without a court.
    var judgeWords: [Int] {
        reading.people.filter { PersonMention.standing(ofRole: $0.roleWord) == .court }.map(\.words.lowerBound)
    }

    var words: [Word] { reading.words }
    var text: Substring { sentence.slice }
}
