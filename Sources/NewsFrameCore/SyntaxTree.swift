/// Typed questions later stages ask of a document's dependency trees, so no stage reads
/// relation strings or walks heads by hand: the subject, object or agent of a verb, the verb
/// that governs a word, the phrase a word heads, and a clause's tense, voice, negation and
/// modality.
///
/// Built once per document from its `SyntaxWord`s; every question is answered from the
/// children lists in time proportional to the words it looks at. A class, not a struct: the
/// events rules pass it through dozens of helpers per frame, and a struct copied there retained
/// every table it holds.
public final class SyntaxTree: Sendable {
    public let words: [SyntaxWord]
    public let children: ChildLists
    public let functionWords: ClauseWords

    public enum Tense: String, Sendable {
        /// `perfect` is the present perfect ("has struck"): past for what happened, but it also
        /// says what is now settled ("has scheduled a meeting Thursday"), so callers decide.
        case past, present, perfect, future, unknown
    }

    public enum Voice: String, Sendable {
        case active, passive
    }

    public init(_ words: [SyntaxWord], functionWords: ClauseWords) {
        self.words = words
        self.functionWords = functionWords
        // By index, not by element: a copied word would retain its five strings.
        children = ChildLists(heads: words.indices.lazy.map { words[$0].head }, count: words.count)
    }

    public var isEmpty: Bool { words.isEmpty }

    /// The word covering scalar offset `offset`, by binary search.
    public func word(at offset: Int) -> Int? {
        var low = 0, high = words.count
        while low < high {
            let middle = (low + high) / 2
            if words[middle].end <= offset { low = middle + 1 } else { high = middle }
        }
        return low < words.count && words[low].start <= offset ? low : nil
    }

    /// The words inside `span`.
    public func words(in span: Span) -> Range<Int> {
        var low = 0, high = words.count
        while low < high {
            let middle = (low + high) / 2
            if words[middle].end <= span.start { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < words.count, words[end].start < span.end { end += 1 }
        return low..<end
    }

    /// The word of `span` whose head lies outside it: the head of the phrase.
    public func head(of span: Span) -> Int? {
        let inside = words(in: span)
        guard !inside.isEmpty else { return nil }
        for index in inside where !inside.contains(words[index].head) { return index }
        return inside.lowerBound
    }

    // Relations come as a short array, not a set: a handful of short strings compares faster
    // than hashing, and these questions are asked of every candidate word.
    public func dependents(of word: Int, _ relations: [String]) -> [Int] {
        children[word].filter { relations.contains(words[$0].deprel) }
    }

    public func dependent(of word: Int, _ relations: [String]) -> Int? {
        children[word].first { relations.contains(words[$0].deprel) }
    }

    /// The nominal or clausal subject of a predicate, active or passive.
    /// The subject of `word`. A possessor the parser made a second subject ("Sudan | 's RSF
    /// kills") is none when another subject follows: that one is what it possesses.
    public func subject(of word: Int) -> Int? {
        let relations = ["nsubj", "nsubj:pass", "csubj", "csubj:pass", "nsubj:outer"]
        guard let first = dependent(of: word, relations) else { return nil }
        if words[first].upos != "PART", dependents(of: first, ["case"]).contains(where: { words[$0].xpos == "POS" }),
            let possessed = dependents(of: word, relations).first(where: { $0 > first })
        {
            return possessed
        }
        return first
    }

    public func object(of word: Int) -> Int? { dependent(of: word, ["obj"]) }

    /// Whether the phrase `word` heads opens with an adposition labelled `case` (not the
    /// possessive "'s"), on the word or on a leftmost noun before it ("by | Boko Haram
    /// fighters" with "by" hung on "Boko"; not "at least 20 people", whose "at" is the
    /// number's).
    public func hasPreposition(_ word: Int) -> Bool { openingPreposition(word) != nil }

    /// The adposition `hasPreposition` finds.
    public func openingPreposition(_ word: Int) -> Int? {
        var current = word
        while let first = children[current].first, first < current {
            if words[first].deprel == "case" && words[first].upos == "ADP" { return first }
            guard ["NOUN", "PROPN"].contains(words[first].upos) else { return nil }
            current = first
        }
        return nil
    }

    /// The agent of a passive ("by militants"): `obl:agent`, or an `obl` introduced by "by".
    public func agent(of word: Int) -> Int? {
        if let agent = dependent(of: word, ["obl:agent"]) { return agent }
        guard voice(of: word) == .passive else { return nil }
        return dependents(of: word, ["obl"]).first { obl in
            dependents(of: obl, ["case"]).contains { functionWords.agent.contains(TextCase.lowercased(words[$0].lemma)) }
        }
    }

    /// The nearest verb (or predicate with an auxiliary or copula) at or above `word`.
    public func governingVerb(of word: Int) -> Int? {
        var current = word
        var steps = 0
        while current >= 0 && current < words.count && steps < words.count {
            if isPredicate(current) { return current }
            current = words[current].head
            steps += 1
        }
        return nil
    }

    /// A verb, or a word that heads a clause through an auxiliary or copula ("was dead").
    public func isPredicate(_ word: Int) -> Bool {
        words[word].upos == "VERB" || dependent(of: word, ["cop", "aux", "aux:pass"]) != nil
    }

    /// The span of the phrase `word` heads (its whole subtree), without punctuation at its
    /// edges; relative clauses and appositions are left out when `core` is true.
    public func phrase(headedBy word: Int, core: Bool = false) -> Span {
        var low = word, high = word
        var stack = [word]
        let outside: [String] = core ? ["acl:relcl", "appos", "punct", "parataxis", "conj", "cc"] : []
        while let current = stack.popLast() {
            low = min(low, current)
            high = max(high, current)
            for child in children[current] where !outside.contains(words[child].deprel) { stack.append(child) }
        }
        while low < word, words[low].upos == "PUNCT" { low += 1 }
        while high > word, words[high].upos == "PUNCT" { high -= 1 }
        return Span(words[low].start, words[high].end)
    }

    /// The auxiliaries of a predicate (`aux`, `aux:pass`), in order.
    public func auxiliaries(of word: Int) -> [Int] { dependents(of: word, ["aux", "aux:pass"]) }

    public func voice(of word: Int) -> Voice {
        // (An agent, `obl:agent`, marks it too where a headline drops the auxiliary: "11 killed by
        // attackers at a party".)
        dependent(of: word, ["aux:pass", "nsubj:pass", "csubj:pass", "obl:agent"]) != nil ? .passive : .active
    }

    /// The clause's tense from its verb and auxiliaries: a future auxiliary ("will", "shall")
    /// makes it future, a past-tense verb or auxiliary past ("was struck", "had fled"; "has struck" is
    /// the present perfect), an infinitive takes the future when a verb governs
    /// it ("agreed to buy"), else present when finite.
    public func tense(of word: Int) -> Tense {
        let auxiliaries = auxiliaries(of: word)
        for aux in auxiliaries where functionWords.future.contains(TextCase.lowercased(words[aux].lemma)) { return .future }
        for aux in auxiliaries where words[aux].xpos == "VBD" {
            return .past
        }
        if words[word].xpos == "VBN", auxiliaries.contains(where: { functionWords.perfect.contains(TextCase.lowercased(words[$0].lemma)) }) {
            return .perfect
        }
        if let copula = dependent(of: word, ["cop"]), words[copula].xpos == "VBD" { return .past }
        switch words[word].xpos {
        case "VBD": return .past
        case "VBZ", "VBP": return .present
        case "VB":
            if auxiliaries.contains(where: { words[$0].xpos == "MD" }) { return .unknown }
            if dependent(of: word, ["mark"]).map({ functionWords.infinitive.contains(TextCase.lowercased(words[$0].lemma)) }) == true,
                ["xcomp", "advcl", "ccomp", "acl"].contains(words[word].deprel)
            {
                return .future
            }
            return .unknown
        default:
            if auxiliaries.contains(where: { ["VBZ", "VBP"].contains(words[$0].xpos) }) { return .present }
            return .unknown
        }
    }

    public func isNegated(_ word: Int) -> Bool {
        dependents(of: word, ["advmod", "det"]).contains { functionWords.negation.contains(TextCase.lowercased(words[$0].lemma)) }
    }

    /// The modal auxiliary of a predicate ("could", "may", "would"), if any; future
    /// auxiliaries are tense, not modality.
    public func modal(of word: Int) -> String? {
        auxiliaries(of: word).first { words[$0].xpos == "MD" && !functionWords.future.contains(TextCase.lowercased(words[$0].lemma)) }
            .map { TextCase.lowercased(words[$0].lemma) }
    }

    /// The verb's lemma with its particle ("shoot down" for "shot down").
    public func phrasalLemma(of word: Int) -> String {
        guard let particle = dependent(of: word, ["compound:prt"]) else { return words[word].lemma }
        return words[word].lemma + " " + TextCase.lowercased(words[particle].lemma)
    }
}
