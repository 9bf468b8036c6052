import NewsFrameCore

/// A token pattern of a temporal rule, written in `temporal-rules.tsv` as space-separated
/// elements:
///
/// - `last|past|previous`: one of these words (lowercase comparison);
/// - `<name:class>`: a phrase of a class, bound to the named part `name` (`<class>` binds
///   the class name); classes are lexicon files or the built-in shapes listed in
///   `TemporalClasses`;
/// - a trailing `?` makes an element optional (`,?`, `the?`);
/// - `[on|since]`: context that must be there but stays outside the span (first or last only).
final class TemporalPattern: Sendable {
    enum Atom: Sendable, Hashable {
        case words([Int])
        case slot(name: String, classIDs: [Int])
    }

    struct Element: Sendable {
        var atom: Atom
        var optional: Bool
        var context: Bool
    }

    let elements: [Element]

    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    init(_ source: String, classes: TemporalClasses, vocabulary: inout TemporalVocabulary) throws {
        var elements: [Element] = []
        let parts = source.split(separator: " ").map(String.init)
        for (index, var part) in parts.enumerated() {
            var optional = false
            var context = false
            if part.count > 1, part.hasSuffix("?") {
                optional = true
                part.removeLast()
            }
            if part.hasPrefix("["), part.hasSuffix("]"), part.count > 2 {
                guard index == 0 || index == parts.count - 1 else {
                    throw ParseError(description: "context element \(part) must be the first or last element")
                }
                context = true
                part = String(part.dropFirst().dropLast())
            }
            if part.hasPrefix("<"), part.hasSuffix(">"), part.count > 2 {
                let inner = part.dropFirst().dropLast().split(separator: ":", maxSplits: 1).map(String.init)
                let name = inner[0]
                let classNames = (inner.count == 2 ? inner[1] : inner[0]).split(separator: "|").map(String.init)
                var classIDs: [Int] = []
                for className in classNames {
                    guard let id = classes.id(of: className) else {
                        throw ParseError(description: "unknown class '\(className)' in \(part); known: \(classes.names.sorted().joined(separator: ", "))")
                    }
                    classIDs.append(id)
                }
                elements.append(Element(atom: .slot(name: name, classIDs: classIDs), optional: optional, context: context))
            } else {
                let words = part.split(separator: "|").map { vocabulary.intern($0.lowercased()) }
                elements.append(Element(atom: .words(words), optional: optional, context: context))
            }
        }
        guard elements.contains(where: { !$0.optional && !$0.context }) else {
            throw ParseError(description: "a pattern needs at least one required element outside context")
        }
        self.elements = elements
    }
}

/// One way a pattern matched: the token range of the span (context excluded) and the parts.
struct PatternMatch {
    var spanStart: Int
    var spanEnd: Int
    var end: Int
    var parts: [(name: String, value: String)]

    var partValues: [String: String] {
        Dictionary(parts.map { ($0.name, $0.value) }, uniquingKeysWith: { _, last in last })
    }
}

extension TemporalPattern {
    /// The state of one search, passed `inout` so that trying a rule allocates nothing
    /// until it matches.
    private struct Search {
        var best: PatternMatch?
        var parts: [(name: String, value: String)] = []
        var spanStart: Int?
        var spanEnd: Int
        let sentence: Int
    }

    /// The longest match starting at token `start`, within one sentence.
    func match(_ tokens: TemporalTokens, at start: Int, classes: TemporalClasses, cache: inout ClassMatchCache) -> PatternMatch? {
        var state = Search(best: nil, spanStart: nil, spanEnd: start, sentence: tokens.sentence[start])
        search(0, start, &state, tokens, classes, &cache)
        return state.best
    }

    private func search(
        _ elementIndex: Int, _ position: Int, _ state: inout Search, _ tokens: TemporalTokens, _ classes: TemporalClasses,
        _ cache: inout ClassMatchCache
    ) {
        if elementIndex == elements.count {
            guard var first = state.spanStart else { return }
            var last = state.spanEnd
            // Optional punctuation at the edges ("Christmas," before a missing year) stays out.
            while last > first, tokens.tokens[last - 1].kind == .punctuation { last -= 1 }
            while first < last, tokens.tokens[first].kind == .punctuation { first += 1 }
            guard last > first else { return }
            if state.best == nil || position > state.best!.end {
                state.best = PatternMatch(spanStart: first, spanEnd: last, end: position, parts: state.parts)
            }
            return
        }
        let element = elements[elementIndex]
        if position < tokens.count, tokens.sentence[position] == state.sentence,
            let (value, length) = matchAtom(element.atom, tokens, position, classes, &cache)
        {
            let savedStart = state.spanStart
            let savedEnd = state.spanEnd
            if !element.context {
                if state.spanStart == nil { state.spanStart = position }
                state.spanEnd = position + length
            }
            var pushed = false
            if case .slot(let name, _) = element.atom {
                state.parts.append((name, value))
                pushed = true
            }
            search(elementIndex + 1, position + length, &state, tokens, classes, &cache)
            if pushed { state.parts.removeLast() }
            state.spanStart = savedStart
            state.spanEnd = savedEnd
        }
        if element.optional { search(elementIndex + 1, position, &state, tokens, classes, &cache) }
    }

    private func matchAtom(
        _ atom: Atom, _ tokens: TemporalTokens, _ position: Int, _ classes: TemporalClasses, _ cache: inout ClassMatchCache
    ) -> (String, Int)? {
        switch atom {
        case .words(let words):
            let id = tokens.ids[position]
            // A literal binds no part, so its text is never read: none is made.
            return id >= 0 && words.contains(id) ? ("", 1) : nil
        case .slot(_, let classIDs):
            for id in classIDs {
                if let found = cache.match(id, position, classes, tokens) { return found }
            }
            return nil
        }
    }

    /// The token keys a match can start with, for indexing rules by their first token.
    func firstKeys(classes: TemporalClasses) -> Set<Int> {
        var keys: Set<Int> = []
        for element in elements {
            switch element.atom {
            case .words(let words): keys.formUnion(words)
            case .slot(_, let classIDs):
                for id in classIDs { keys.formUnion(classes.firstKeys(classes.name(of: id))) }
            }
            if !element.optional { break }
        }
        return keys
    }
}

/// Class matches of one document, memoized: many rules ask the same class at the same token.
/// One lazily allocated array per class, indexed by token, so a lookup hashes nothing; the
/// matches themselves are kept once, in one list, so a document allocates no string per
/// token and class.
/// A struct passed `inout` down the search, so its tables are read without exclusivity checks.
struct ClassMatchCache {
    /// Per class and token: -1 not asked yet, -2 no match, else an index into `found`.
    private var slots: [[Int32]?]
    private var found: [(String, Int)] = []
    private let count: Int

    init(tokenCount: Int, classCount: Int) {
        count = tokenCount
        slots = Array(repeating: nil, count: classCount)
    }

    mutating func match(_ id: Int, _ position: Int, _ classes: TemporalClasses, _ tokens: TemporalTokens) -> (String, Int)? {
        if slots[id] == nil { slots[id] = [Int32](repeating: -1, count: count) }
        let known = slots[id]![position]
        if known == -2 { return nil }
        if known >= 0 { return found[Int(known)] }
        let result = classes.match(id: id, tokens, position)
        if let result {
            found.append(result)
            slots[id]![position] = Int32(found.count - 1)
        } else {
            slots[id]![position] = -2
        }
        return result
    }
}
