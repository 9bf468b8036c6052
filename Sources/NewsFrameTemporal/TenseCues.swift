/// Decides whether a bare weekday or month points back or forward, from the tense cue
/// nearest to it in its sentence: words from `temporal-tense.tsv` and word endings written
/// there as `-SUFFIX` ("-ed"); `unknown` when the sentence has none.
struct TenseCues: Sendable {
    private var words: [String: TimexNormalizer.Tense] = [:]
    private var suffixes: [(String, TimexNormalizer.Tense)] = []

    init(_ phraseClass: PhraseClass?) {
        for (rawKey, entry) in phraseClass?.entries ?? [:] {
            let key = rawKey.split(separator: Character(PhraseClass.separator)).joined()
            let tense: TimexNormalizer.Tense = entry.value == "future" ? .future : .past
            if key.hasPrefix("-"), key.count > 1 {
                suffixes.append((String(key.dropFirst()), tense))
            } else {
                words[key] = tense
            }
        }
    }

    func tense(around start: Int, _ end: Int, _ tokens: TemporalTokens) -> TimexNormalizer.Tense {
        let sentence = tokens.sentence[start]
        var distance = 1
        while true {
            let before = start - distance
            let after = end - 1 + distance
            let beforeIn = before >= 0 && tokens.sentence[before] == sentence
            let afterIn = after < tokens.count && tokens.sentence[after] == sentence
            if !beforeIn && !afterIn { return .unknown }
            if beforeIn, let tense = cue(tokens.lower(before)) { return tense }
            if afterIn, let tense = cue(tokens.lower(after)) { return tense }
            // (Lowercased text, not vocabulary ids: suffix cues match words no list holds.)
            distance += 1
        }
    }

    private func cue(_ word: String) -> TimexNormalizer.Tense? {
        if let tense = words[word] { return tense }
        for (suffix, tense) in suffixes where word.count > suffix.count + 2 && word.hasSuffix(suffix) { return tense }
        return nil
    }
}
