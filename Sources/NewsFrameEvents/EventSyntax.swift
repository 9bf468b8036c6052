import NewsFrameCore

/// A document's dependency trees as the event rules read them: the word each token starts,
/// the head word of a token range, and the "local" words of a phrase (the word with its
/// determiners, compounds, adjectives and numbers, but not the prepositional phrases,
/// clauses and appositions hung on it), so that "Iran-backed militants" has the head
/// "militants" and the modifier "Iran", and "an attack on a base in Syria" keeps the base
/// and the country apart.
final class EventSyntax {
    let tree: SyntaxTree
    /// The first word of each token, -1 where no word starts.
    let wordOfToken: [Int]
    /// The last token each word covers (a possessive word "'s" may join two tokens).
    let lastToken: [Int]

    /// Relations that stay inside a phrase: what modifies the noun in place.
    static let localRelations: Set<String> = [
        "compound", "flat", "amod", "det", "nummod", "nmod:poss", "nmod:unmarked", "case", "advmod", "nmod:npmod", "fixed", "punct",
        "compound:prt", "det:poss", "obl:unmarked",
    ]
    /// Relations a description of a thing leaves out (clauses and side remarks about it).
    static let outsideDescription: Set<String> = ["acl:relcl", "appos", "punct", "parataxis", "conj", "cc", "dep", "advcl"]

    /// `detached`: tokens whose words take part in no relation, as if unparsed: a dateline
    /// ("GAO (NewsFrame Wire) -") that the parser made a second subject of the lead's verb.
    init?(_ document: AnalyzedDocument, tokens: [Token], functionWords: ClauseWords, detached: [Bool] = []) {
        guard var words = document.annotations.syntax, !words.isEmpty else { return nil }
        for index in words.indices where words[index].token < detached.count && detached[words[index].token] {
            words[index].head = -1
            words[index].deprel = SyntaxWord.unparsed
        }
        tree = SyntaxTree(words, functionWords: functionWords)
        var map = [Int](repeating: -1, count: tokens.count)
        var last = [Int](repeating: 0, count: words.count)
        for index in words.indices where words[index].token < tokens.count {
            let token = words[index].token
            if map[token] < 0 { map[token] = index }
            var end = token
            while end + 1 < tokens.count, tokens[end + 1].start < words[index].end { end += 1 }
            last[index] = end
        }
        wordOfToken = map
        lastToken = last
    }

    var words: [SyntaxWord] { tree.words }

    func deprel(_ word: Int) -> String { words[word].deprel }
    func lemma(_ word: Int) -> String { TextCase.lowercased(words[word].lemma) }
    func head(_ word: Int) -> Int? { words[word].head >= 0 ? words[word].head : nil }

    /// The tokens a run of words covers.
    func tokens(_ first: Int, _ last: Int) -> Range<Int> { words[first].token..<lastToken[last] + 1 }

    /// Whether one of `ancestors` governs the word within `depth` arcs up.
    func isBelow(_ word: Int, any ancestors: Set<Int>, depth: Int = 4) -> Bool {
        var current = word
        for _ in 0..<depth {
            guard let up = head(current) else { return false }
            if ancestors.contains(up) { return true }
            current = up
        }
        return false
    }

    /// The word of a token range whose head lies outside it.
    func head(of range: Range<Int>) -> Int? {
        var inside: [Int] = []
        for token in range where wordOfToken[token] >= 0 { inside.append(wordOfToken[token]) }
        guard let first = inside.first else { return nil }
        var last = inside.last!
        while last + 1 < words.count, words[last + 1].token < range.upperBound { last += 1 }
        for word in first...last where !(first...last).contains(words[word].head) { return word }
        return first
    }

    /// The verbs coordinated with a verb: its conjuncts and the verb it is a conjunct of
    /// ("pulled a knife and attacked", either way round).
    func coordinated(with verb: Int) -> [Int] {
        tree.dependents(of: verb, ["conj"]) + (deprel(verb) == "conj" ? head(verb).map { [$0] } ?? [] : [])
    }

    /// The word and its in-phrase modifiers, in text order.
    func local(_ word: Int) -> [Int] {
        var result: [Int] = []
        var stack = [word]
        while let current = stack.popLast(), result.count < 24 {
            result.append(current)
            for child in tree.children[current] where Self.localRelations.contains(words[child].deprel) { stack.append(child) }
        }
        return result.sorted()
    }

    /// The preposition that introduces a phrase: a `case` or `mark` word among its local words
    /// before the head ("at | Tower 22", where the parser hangs "at" on "Tower").
    func preposition(_ word: Int) -> Int? {
        local(word).first { ($0 < word || words[$0].deprel == "case") && (words[$0].deprel == "case" || words[$0].deprel == "mark") }
    }

    /// The words a description of the thing `word` heads spans: its modifiers and the phrases
    /// `keep` accepts at any depth (an "of" phrase: "the convoy of Chinese engineers"), without clauses, side
    /// remarks and other prepositional phrases (a place or a date there is its own argument), its
    /// own preposition and leading determiners; cut before any word `stop` marks (a date), at
    /// most `limit` words.
    func description(_ word: Int, limit: Int = 10, keep: (Int) -> Bool, stop: (Int) -> Bool) -> (first: Int, last: Int) {
        var low = word, high = word
        var stack = [word]
        while let current = stack.popLast() {
            low = min(low, current)
            high = max(high, current)
            for child in tree.children[current] where !Self.outsideDescription.contains(words[child].deprel) {
                let relation = words[child].deprel
                if current == word, relation == "case" || relation == "mark" { continue }
                // A modifier before the noun with a preposition or comma of its own is a phrase the
                // parser misattached ("According to police, | shooters fired").
                if child < current, relation == "compound" || relation == "amod",
                    tree.children[child].contains(where: { words[$0].deprel == "case" || (words[$0].deprel == "punct" && words[$0].xpos == ",") })
                {
                    continue
                }
                // A noun takes no object or clause: one hung on it is a misparse of the clause after
                // the phrase ("Troops | regained control of the hotel").
                if ["obj", "iobj", "ccomp", "xcomp"].contains(relation), ["NOUN", "PROPN"].contains(words[current].upos) { continue }
                // At any depth: "three bases of the U.S. military | with suicide drones".
                if relation.hasPrefix("nmod") || relation.hasPrefix("obl") || relation == "acl", child > current, !keep(child) { continue }
                stack.append(child)
            }
        }
        if let cut = (word + 1..<high + 1).first(where: stop) { high = cut - 1 }
        if let cut = (low..<word).last(where: stop) { low = cut + 1 }
        // (A wh-adverb the parser hung inside the phrase opens the clause: "when | suspected rebels";
        // "at least" bounds a number, it describes nothing: "at least | 14 people".)
        while low < word, ["DET", "ADP", "PUNCT", "CCONJ", "SCONJ"].contains(words[low].upos) || words[low].deprel == "case"
            || words[low].xpos == "WRB" || (words[low].xpos == "JJS" && words[low].deprel != "amod")
        {
            low += 1
        }
        while high > word, ["PUNCT", "ADP", "CCONJ", "DET"].contains(words[high].upos) { high -= 1 }
        if high - low + 1 > limit { high = word }
        if high - low + 1 > limit { low = word }
        return (low, high)
    }
}
