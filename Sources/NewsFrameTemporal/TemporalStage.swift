import Foundation
import NewsFrameCore

/// Finds time expressions and gives each a TIMEX3 type and value, resolved against the
/// document date (or, for expressions that refer back, the latest date in the text).
///
/// All knowledge is in `Lexicons/temporal-*.tsv`: classes of words and the rules that
/// combine them. Candidate rules are looked up by the token they can start with, every
/// candidate is matched, and overlaps resolve by the policy priority → longest → earliest.
public struct TemporalStage: Stage {
    public static let name = "temporal"
    public static let version = 1
    public static let requires: Set<AnnotationKind> = [.tokens, .sentences]
    public static let provides: Set<AnnotationKind> = [.timexes]

    let lexicon: TemporalLexicon
    /// The function words that tell a clause's tense, when the syntax stage ran before this one.
    let clauseWords: ClauseWords

    public init(context: StageContext) throws {
        lexicon = try TemporalLexicon(
            context: context, index: context.option("classes", default: "temporal-classes.tsv"),
            rulesFile: context.option("rules", default: "temporal-rules.tsv"),
            stopwords: context.option("stopwords", default: "temporal-stopwords.tsv"))
        clauseWords = try ClauseWords(
            table: try context.table(context.option("function_words", default: "syntax-function-words.tsv"), required: ["lemma", "role"]))
    }

    /// The tense of the clause that governs `span`, read from the parse: the verb above the
    /// expression's head with its auxiliaries ("the crew abandoned the vessel on Wednesday" is
    /// past, "talks will resume in March" future). Nil when the parse says neither, and the
    /// word cues of `temporal-tense.tsv` decide.
    static func syntacticTense(_ tree: SyntaxTree, _ span: Span) -> TimexNormalizer.Tense? {
        guard let head = tree.head(of: span) else { return nil }
        let above = tree.words[head].head
        guard above >= 0, let verb = tree.governingVerb(of: above) else { return nil }
        switch tree.tense(of: verb) {
        case .past: return .past
        case .future: return .future
        case .present, .perfect, .unknown: return nil
        }
    }

    public func process(_ document: AnalyzedDocument) throws -> AnnotationSet {
        let tokens = TemporalTokens(document, vocabulary: lexicon.vocabulary)
        // Built on the first expression that needs a tense: most documents have none.
        let tree = LazySyntaxTree(words: document.annotations.syntax, functionWords: clauseWords)
        let candidates = findCandidates(tokens)
        let dct = document.document.dct.flatMap(CalendarDay.init(iso:))
        var timexes: [Timex] = []
        var anchors = TextAnchors()
        // In an undated text, the latest bare weekday ("on Tuesday" → XXXX-WXX-2) still anchors
        // a day shift ("a day earlier" → XXXX-WXX-1).
        var lastWeekday: (weekday: Int, start: Int)? = nil
        // The latest timex that names a period (not a comparison): what a comparison ("a year
        // earlier") compares with.
        var lastNamed: String? = nil
        for candidate in candidates {
            let rule = lexicon.rules[candidate.rule]
            if rule.type == "NONE" { continue }
            var reference = dct
            var anchor: String? = "dct"
            var referenceWeekday: Int? = nil
            let parts = candidate.match.partValues
            if rule.anchor == .text, let last = anchors.anchor(for: parts["unit"]) {
                reference = last.day
                anchor = "timex:\(last.start)"
            } else if rule.anchor == .text, reference == nil, parts["unit"] == nil || parts["unit"] == "D", let last = lastWeekday {
                // Only a shift by days can move a bare weekday ("a day earlier"); "that year" stays unresolved.
                referenceWeekday = last.weekday
                anchor = "timex:\(last.start)"
            }
            // A comparison compares with the period the text last named, however far back: an
            // earnings report names its quarter once and compares "a year earlier" paragraphs on.
            let previous = lastNamed
            let normalizer = TimexNormalizer(
                parts: parts,
                context: .init(
                    reference: reference,
                    findTense: { [lexicon] in
                        let span = Span(tokens.tokens[candidate.match.spanStart].start, tokens.tokens[candidate.match.spanEnd - 1].end)
                        if let tree = tree.value, let tense = Self.syntacticTense(tree, span) { return tense }
                        return lexicon.tenseCues.tense(around: candidate.match.spanStart, candidate.match.spanEnd, tokens)
                    },
                    previous: previous, referenceWeekday: referenceWeekday))
            guard let value = normalizer.evaluate(rule.valueExpression) else { continue }
            let start = tokens.tokens[candidate.match.spanStart].start
            let end = tokens.tokens[candidate.match.spanEnd - 1].end - (tokens.possessive[candidate.match.spanEnd - 1] ? 2 : 0)
            let mod = rule.modExpression.flatMap { TimexNormalizer(parts: parts, context: normalizer.context).evaluate($0) }
            let relative = (reference != nil || referenceWeekday != nil) && !Self.isAbsolute(rule, parts)
            timexes.append(Timex(
                start: start, end: end, type: rule.type, value: value, mod: mod, anchor: relative ? anchor : nil,
                rule: rule.ruleID))
            if !rule.value.hasPrefix("@compare") { lastNamed = value }
            if rule.type == "DATE" || rule.type == "TIME" {
                anchors.note(value, start: start)
                if let weekday = CalendarDay.unanchoredWeekday(value) { lastWeekday = (weekday, start) }
            }
        }
        return AnnotationSet(timexes: timexes)
    }

    /// Value functions that read the reference day.
    static let relativeFunctions = ["@shift", "@compare", "@weekday", "@month", "@season", "@quarter", "@pod", "@time", "@holiday", "@weekend", "@date"]

    /// A value needs an anchor when a relative function resolved it and the text did not
    /// give the year itself.
    static func isAbsolute(_ rule: TemporalRule, _ parts: [String: String]) -> Bool {
        guard rule.usesReference else { return true }
        return parts["year"] != nil
    }

    struct Candidate {
        var rule: Int
        var match: PatternMatch
    }

    /// Every rule match, then the non-overlapping selection: longest span first, then a NONE
    /// rule, then the rule listed first in the file, then the earliest.
    private func findCandidates(_ tokens: TemporalTokens) -> [Candidate] {
        var all: [Candidate] = []
        var cache = ClassMatchCache(tokenCount: tokens.count, classCount: lexicon.classes.count)
        // The last position each rule was tried at: a rule reachable by two keys runs once.
        var triedAt = [Int](repeating: -1, count: lexicon.rules.count)
        let nextCore = coreGate(tokens)
        for position in 0..<tokens.count {
            let distance = nextCore[position] - position
            if distance >= lexicon.maxReach, !lexicon.shapeKeysUngated {
                let id = tokens.ids[position]
                if id < 0 || !lexicon.keyHasUngated[id + TemporalLexicon.keyOffset] { continue }
            }
            TemporalClasses.forEachKey(tokens, position) { key in
                let slot = key + TemporalLexicon.keyOffset
                if distance >= lexicon.keyReach[slot], !lexicon.keyHasUngated[slot] { return }
                let candidates = lexicon.rulesByKey[slot]
                for ruleIndex in candidates where triedAt[ruleIndex] != position {
                    // Gated rules come after the ungated ones, longest reach first: none after this one reaches.
                    if distance >= lexicon.reach[ruleIndex], !lexicon.ungatedRules[ruleIndex] { break }
                    triedAt[ruleIndex] = position
                    if let second = lexicon.secondWords[ruleIndex] {
                        let next = position + 1 < tokens.count ? tokens.ids[position + 1] : -1
                        if next < 0 || next >= second.count || !second[next] { continue }
                    }
                    if let anchor = lexicon.anchors[ruleIndex], !anchored(anchor, from: position, within: lexicon.reach[ruleIndex], tokens) {
                        continue
                    }
                    if let match = lexicon.rules[ruleIndex].pattern.match(tokens, at: position, classes: lexicon.classes, cache: &cache),
                        !isQuantity(match, tokens)
                    {
                        all.append(Candidate(rule: ruleIndex, match: match))
                    }
                }
            }
        }
        all.sort { a, b in
            let lengthA = a.match.spanEnd - a.match.spanStart
            let lengthB = b.match.spanEnd - b.match.spanStart
            if lengthA != lengthB { return lengthA > lengthB }
            // A NONE rule says what a span is not: it wins over a time rule of the same span.
            let noneA = lexicon.isNone[a.rule], noneB = lexicon.isNone[b.rule]
            if noneA != noneB { return noneA }
            if a.rule != b.rule { return a.rule < b.rule }
            return a.match.spanStart < b.match.spanStart
        }
        var taken = [Bool](repeating: false, count: tokens.count)
        var chosen: [Candidate] = []
        for candidate in all where !(candidate.match.spanStart..<candidate.match.spanEnd).contains(where: { taken[$0] }) {
            for index in candidate.match.spanStart..<candidate.match.spanEnd { taken[index] = true }
            chosen.append(candidate)
        }
        return chosen.sorted { $0.match.spanStart < $1.match.spanStart }
    }

    /// Whether a word of `anchor` starts within `reach` tokens from `start`, in its sentence.
    private func anchored(_ anchor: [Bool], from start: Int, within reach: Int, _ tokens: TemporalTokens) -> Bool {
        let sentence = tokens.sentence[start]
        var index = start
        while index < tokens.count, index - start < reach, tokens.sentence[index] == sentence {
            let id = tokens.ids[index]
            if id >= 0 && anchor[id] { return true }
            index += 1
        }
        return false
    }

    /// For each token, the index of the next core token in its sentence (or far away): rules
    /// starting where none is within reach cannot match, so they are not tried.
    private func coreGate(_ tokens: TemporalTokens) -> [Int] {
        let far = Int.max / 2
        var next = [Int](repeating: far, count: tokens.count)
        var upcoming = far
        var index = tokens.count - 1
        while index >= 0 {
            if index + 1 < tokens.count, tokens.sentence[index + 1] != tokens.sentence[index] { upcoming = far }
            let token = tokens.tokens[index]
            if token.kind == .number || (tokens.ids[index] >= 0 && lexicon.isCoreWord[tokens.ids[index]])
                || (token.kind == .word && ("0"..."9").contains(tokens.firstScalar(index)))
            {
                upcoming = index
            }
            next[index] = upcoming
            index -= 1
        }
        return next
    }

    /// "2000 troops", "1990 kilometers": a number followed by a quantity noun is no year.
    private func isQuantity(_ match: PatternMatch, _ tokens: TemporalTokens) -> Bool {
        guard let nouns = lexicon.quantityNouns, match.end < tokens.count,
            tokens.tokens[match.end - 1].kind == .number
        else { return false }
        return nouns.match(tokens, at: match.end) != nil
    }

}

extension TemporalStage: ExampleProviding {
    /// Each rule's example, with its `expect` column read as `span => value` pairs and
    /// `!span` for text that must not be a timex, separated by `;`.
    public var examples: [RuleExample] {
        lexicon.rules.compactMap { rule -> RuleExample? in
            guard let text = rule.example else { return nil }
            let expectations = (rule.expect ?? "").split(separator: ";").compactMap { item -> RuleExample.Expectation? in
                let part = String(item).trimmingSpaces
                if part == "none" || part.isEmpty { return nil }
                if part.hasPrefix("!") { return .noTimex(text: String(part.dropFirst()).trimmingSpaces) }
                let sides = part.components(separatedBy: " => ")
                guard sides.count == 2 else { return .timex(text: part, value: "<malformed: use 'span => value'>") }
                return .timex(text: sides[0].trimmingSpaces, value: sides[1].trimmingSpaces)
            }
            return RuleExample(ruleID: rule.ruleID, text: text, dct: rule.exampleDCT, expectations: expectations)
        }
    }
}
