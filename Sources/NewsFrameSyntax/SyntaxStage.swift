import Foundation
import NewsFrameCore

/// Parts of speech, lemmas and a dependency tree for every sentence (requires tokens and
/// sentences): the ground later stages read sentence structure from, instead of guessing
/// it from word lists.
///
/// Sentences longer than `max_words` are parsed in pieces of that size (each piece its own
/// tree), which keeps the cost linear in a document however its sentences are cut.
public struct SyntaxStage: Stage, ExampleProviding {
    public static let name = "syntax"
    public static let version = 1
    public static let requires: Set<AnnotationKind> = [.tokens, .sentences]
    public static let provides: Set<AnnotationKind> = [.syntax]

    public let model: SyntaxModel
    /// The lemma rules and irregular forms of the lexicon folder, which the model uses.
    public let lemmaRules: LemmaRules
    public let splitter: WordSplitter
    let maxWords: Int
    /// Which sentences are parsed (option `parse`; every one by default).
    public let gate: ParseGate
    /// The function words of `SyntaxTree`, loaded here so their examples run with this stage.
    public let clauseWords: ClauseWords
    public let examples: [RuleExample]

    public init(context: StageContext) throws {
        let modelName = context.option("model", default: "syntax-model.bin")
        var model: SyntaxModel
        do {
            model = try SyntaxModel(data: try context.data(modelName, digest: SyntaxModel.digest))
        } catch let error as LexiconError {
            throw error
        } catch {
            throw LexiconError(file: "Lexicons/\(modelName)", line: 0, message: "\(error)")
        }
        let rules = try context.table(context.option("lemma_rules", default: "syntax-lemma-rules.tsv"), required: ["tags", "suffix", "replace"])
        let irregular = try context.table(context.option("lemmas", default: "syntax-lemmas.tsv"), required: ["form", "tags", "lemma"])
        lemmaRules = try LemmaRules(rules: rules, irregular: irregular)
        model.useLemmaRules(lemmaRules)
        self.model = model
        let words = try context.table(context.option("words", default: "syntax-words.tsv"), required: ["kind", "pattern"])
        splitter = try WordSplitter(table: words)
        maxWords = try context.wholeNumberOption("max_words", default: 200, atLeast: 10)
        gate = try ParseGate(context: context)
        let functionWords = try context.table(context.option("function_words", default: "syntax-function-words.tsv"), required: ["lemma", "role"])
        clauseWords = try ClauseWords(table: functionWords)
        examples = SyntaxExamples.examples(words: words, rules: rules, irregular: irregular, functionWords: functionWords, clauseWords: clauseWords)
    }

    public func process(_ document: AnalyzedDocument) throws -> AnnotationSet {
        let tokens = document.annotations.tokens ?? []
        let text = document.text
        var result: [SyntaxWord] = []
        result.reserveCapacity(tokens.count + tokens.count / 16)
        var tokenIndex = 0
        for sentence in document.annotations.sentences ?? [] {
            while tokenIndex < tokens.count, tokens[tokenIndex].start < sentence.start { tokenIndex += 1 }
            let first = tokenIndex
            while tokenIndex < tokens.count, tokens[tokenIndex].end <= sentence.end { tokenIndex += 1 }
            guard tokenIndex > first else { continue }
            let pieces = splitter.words(tokens, first..<tokenIndex, text: text)
            var start = 0
            // A dateline is parsed apart and hung on the lead's root (`DatelineSplit`), so the
            // parser does not make "KABUL" a subject of the lead's verb.
            // (Both parts are parsed when the gate asks for either: "KABUL, Jan 5 (AP) -".)
            if let dash = DatelineSplit.dash(pieces, text: text, dashes: splitter.datelineDashes) {
                let end = min(pieces.count, dash + 1 + maxWords)
                let isParsed = { (words: [SyntaxModel.Word]) in words.contains { $0.deprel != SyntaxModel.unparsed } }
                var lead = analyze(pieces[(dash + 1)..<end], text: text, parse: nil)
                var dateline = analyze(pieces[0...dash], text: text, parse: nil)
                if isParsed(lead), !isParsed(dateline) { dateline = analyze(pieces[0...dash], text: text, parse: true) }
                if isParsed(dateline), !isParsed(lead) { lead = analyze(pieces[(dash + 1)..<end], text: text, parse: true) }
                let datelineStart = result.count
                append(pieces[0...dash], dateline, to: &result)
                let leadStart = result.count
                append(pieces[(dash + 1)..<end], lead, to: &result)
                DatelineSplit.attach(&result, dateline: datelineStart..<leadStart, lead: leadStart..<result.count)
                start = end
            }
            while start < pieces.count {
                let end = min(pieces.count, start + maxWords)
                append(pieces[start..<end], analyze(pieces[start..<end], text: text, parse: nil), to: &result)
                start = end
            }
        }
        return AnnotationSet(syntax: result)
    }

    /// Tags, lemmatizes and (as `parse` says, or the gate when nil) parses the words.
    private func analyze(_ pieces: ArraySlice<WordSplitter.Piece>, text: ScalarText, parse: Bool?) -> [SyntaxModel.Word] {
        let forms = pieces.map { text.slice($0.start, $0.end) }
        if let parse { return model.analyze(forms, parseIf: { _ in parse }) }
        return gate.words == nil ? model.analyze(forms) : model.analyze(forms, parseIf: { [gate] in gate.asks(forms, $0) })
    }

    private func append(_ pieces: ArraySlice<WordSplitter.Piece>, _ analyzed: [SyntaxModel.Word], to result: inout [SyntaxWord]) {
        let offset = result.count
        for (piece, word) in zip(pieces, analyzed) {
            result.append(SyntaxWord(
                start: piece.start, end: piece.end, token: piece.token, upos: word.upos, xpos: word.xpos, lemma: word.lemma,
                head: word.head < 0 ? -1 : word.head + offset, deprel: word.deprel, lemmaRule: word.lemmaRule))
        }
    }
}
