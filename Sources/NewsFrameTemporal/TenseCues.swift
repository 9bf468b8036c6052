import NewsFrameCore

/// Decides whether a bare weekday or month points back or forward, from the tense cue
/// nearest to it in its sentence: words from `temporal-tense.tsv`, word endings written
/// there as `-SUFFIX` ("-ed"), and an infinitive ("agreed to acquire the company in
/// January"): what follows "to" happens after the verb that governs it, so it reads forward.
/// `unknown` when the sentence has none.
struct TenseCues: Sendable {
    /// What a listed word is: a cue of its own, no cue although it ends like one ("hundred",
    /// "succeed" end in -ed), an infinitive marker, or a reporting verb.
    private enum Kind: Sendable {
        case cue(TimexNormalizer.Tense)
        case noCue
        case infinitive
        case reporting
    }

    /// Each listed word's kind, by vocabulary id (the tense words are in the vocabulary).
    private var kinds: [Kind?] = []
    /// Word endings ("-ed"), lowercase scalars, longest first.
    private var suffixes: [([Unicode.Scalar], TimexNormalizer.Tense)] = []
    /// Vocabulary ids of passive auxiliaries: a past participle after one is no cue ("the case
    /// is heard in May", "will be held"); the scan goes on to the word that sets the tense.
    private var passiveAuxiliaries: Set<Int> = []
    /// Vocabulary ids of words that can follow "to" and are no verb ("to the", "to its"):
    /// the marker is then a preposition.
    private var nonVerbs: Set<Int> = []
    /// Endings of a word after "to", longest first: `nonverb` ones ("-ing", "-s") say it is no
    /// bare verb, `verb` ones ("-ss": "to discuss") take that back.
    private var verbEndings: [([Unicode.Scalar], Bool)] = []

    static let tenses = ["future", "past", "none", "infinitive", "nonverb", "verb", "passive", "reporting"]

    init(_ phraseClass: PhraseClass?, vocabulary: TemporalVocabulary) throws {
        var words: [String: Kind] = [:]
        for (rawKey, entry) in phraseClass?.entries ?? [:] {
            let key = rawKey.split(separator: Character(PhraseClass.separator)).joined()
            switch entry.value {
            case "infinitive": words[key] = .infinitive
            case "reporting": words[key] = .reporting
            case "none": words[key] = .noCue
            case "nonverb" where key.hasPrefix("-") && key.count > 1: verbEndings.append((Array(key.dropFirst().unicodeScalars), false))
            case "verb" where key.hasPrefix("-") && key.count > 1: verbEndings.append((Array(key.dropFirst().unicodeScalars), true))
            case "verb":
                let (file, line) = Self.location(entry.ruleID)
                throw LexiconError(file: file, line: line, message: "tense 'verb' takes an ending written -ENDING ('-ss'), not the word '\(key)'")
            case "nonverb": nonVerbs.insert(vocabulary.id(key))
            case "passive": passiveAuxiliaries.insert(vocabulary.id(key))
            case "future", "past":
                let tense: TimexNormalizer.Tense = entry.value == "future" ? .future : .past
                if key.hasPrefix("-"), key.count > 1 {
                    suffixes.append((Array(key.dropFirst().unicodeScalars), tense))
                } else {
                    words[key] = .cue(tense)
                }
            default:
                let (file, line) = Self.location(entry.ruleID)
                throw LexiconError(
                    file: file, line: line,
                    message: "tense '\(entry.value)' of '\(key)' must be one of \(Self.tenses.joined(separator: ", "))")
            }
        }
        nonVerbs.remove(TemporalVocabulary.unknown)
        passiveAuxiliaries.remove(TemporalVocabulary.unknown)
        kinds = [Kind?](repeating: nil, count: vocabulary.count)
        for (word, kind) in words {
            let id = vocabulary.id(word)
            if id >= 0, id < kinds.count { kinds[id] = kind }
        }
        suffixes.sort { $0.0.count > $1.0.count }
        verbEndings.sort { $0.0.count > $1.0.count }
    }

    private static func location(_ ruleID: String) -> (String, Int) {
        guard let colon = ruleID.lastIndex(of: ":"), let line = Int(ruleID[ruleID.index(after: colon)...]) else { return (ruleID, 0) }
        return (String(ruleID[..<colon]), line)
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
            if beforeIn, let tense = memoizedCue(before, tokens).tense { return tense }
            if afterIn {
                let cue = memoizedCue(after, tokens)
                if !cue.beforeOnly, let tense = cue.tense { return tense }
            }
            distance += 1
        }
    }

    /// Neighbouring candidates scan the same words: each token's cue is worked out once per
    /// document and kept in `tokens.tenseMemo` (0 not yet, else 1 + tense (0 none, 1 past,
    /// 2 future) + 3 when the cue counts only before the expression).
    private func memoizedCue(_ index: Int, _ tokens: TemporalTokens) -> (tense: TimexNormalizer.Tense?, beforeOnly: Bool) {
        var code = tokens.tenseMemo[index]
        if code == 0 {
            let (tense, beforeOnly) = cue(index, tokens)
            code = 1 + (tense == nil ? 0 : tense == .past ? 1 : 2) + (beforeOnly ? 3 : 0)
            tokens.tenseMemo[index] = code
        }
        let value = (code - 1) % 3
        return (value == 0 ? nil : value == 1 ? .past : .future, code > 3)
    }

    /// An infinitive governs what follows it ("agreed to acquire it in January"), not what
    /// comes before ("agreed in June to buy"); an attribution after the expression belongs to
    /// the reporting clause. Both count only before the expression.
    /// Listed words are looked up by id; endings are compared on the token's scalars, so
    /// no string is made for the many words a scan passes.
    private func cue(_ index: Int, _ tokens: TemporalTokens) -> (TimexNormalizer.Tense?, Bool) {
        let id = tokens.ids[index]
        let found: TimexNormalizer.Tense?
        switch id >= 0 && id < kinds.count ? kinds[id] : nil {
        case .cue(let tense)?: found = tense
        case .noCue?: return (nil, false)
        case .infinitive?: return (bareVerbFollows(index, tokens) ? .future : nil, true)
        case .reporting?: return (.past, true)
        case nil: found = suffixTense(tokens.scalars(index))
        }
        if found == .past, index > 0, tokens.sentence[index - 1] == tokens.sentence[index],
            passiveAuxiliaries.contains(tokens.ids[index - 1])
        {
            return (nil, false)
        }
        return (found, false)
    }

    /// The tense of the longest listed ending of a word more than two scalars longer than it
    /// ("-ed": "posted", not "red" or "bed").
    private func suffixTense(_ word: ArraySlice<Unicode.Scalar>) -> TimexNormalizer.Tense? {
        suffixes.first { word.count > $0.0.count + 2 && Self.hasEnding(word, $0.0) }?.1
    }

    /// Whether `word` ends with `ending` (lowercase scalars), letters compared case-insensitively.
    private static func hasEnding(_ word: ArraySlice<Unicode.Scalar>, _ ending: [Unicode.Scalar]) -> Bool {
        guard word.count >= ending.count else { return false }
        for (offset, expected) in ending.enumerated() {
            let scalar = word[word.endIndex - ending.count + offset]
            if scalar != expected, lowercased(scalar) != expected { return false }
        }
        return true
    }

    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.value >= 0x41, scalar.value <= 0x5A { return Unicode.Scalar(scalar.value + 0x20)! }
        guard scalar.value >= 0x80 else { return scalar }
        let mapping = scalar.properties.lowercaseMapping.unicodeScalars
        return mapping.count == 1 ? mapping.first! : scalar
    }

    /// A lowercase word that is not listed as a non-verb and whose longest listed ending is no
    /// `nonverb` one: "to resume", "to discuss", not "to the", "to holders", "to Baghdad", "to 452".
    private func bareVerbFollows(_ index: Int, _ tokens: TemporalTokens) -> Bool {
        let next = index + 1
        guard next < tokens.count, tokens.sentence[next] == tokens.sentence[index], !tokens.possessive[next],
            !nonVerbs.contains(tokens.ids[next])
        else { return false }
        let word = tokens.scalars(next)
        guard word.count > 1, word.allSatisfy({ $0.properties.isLowercase }) else { return false }
        return verbEndings.first { word.count > $0.0.count && Self.hasEnding(word, $0.0) }?.1 ?? true
    }
}
