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
            if beforeIn, let tense = memoizedCue(before, tokens) { return tense }
            if afterIn, let tense = memoizedCue(after, tokens) { return tense }
            // (Lowercased text, not vocabulary ids: suffix cues match words no list holds.)
            distance += 1
        }
    }

    /// Neighbouring candidates scan the same words: each token's cue is worked out once per
    /// document and kept in `tokens.tenseMemo` (0 not yet, 1 none, 2 past, 3 future).
    private func memoizedCue(_ index: Int, _ tokens: TemporalTokens) -> TimexNormalizer.Tense? {
        switch tokens.tenseMemo[index] {
        case 1: return nil
        case 2: return .past
        case 3: return .future
        default:
            let found = cue(tokens.lower(index))
            tokens.tenseMemo[index] = found == nil ? 1 : found == .past ? 2 : 3
            return found
        }
    }

    private func cue(_ word: String) -> TimexNormalizer.Tense? {
        if let tense = words[word] { return tense }
        for (suffix, tense) in suffixes where word.count > suffix.count + 2 && word.hasSuffix(suffix) { return tense }
        return nil
    }
}
