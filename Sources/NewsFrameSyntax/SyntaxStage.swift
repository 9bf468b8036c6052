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
            while start < pieces.count {
                let end = min(pieces.count, start + maxWords)
                append(pieces[start..<end], text: text, to: &result)
                start = end
            }
        }
        return AnnotationSet(syntax: result)
    }

    private func append(_ pieces: ArraySlice<WordSplitter.Piece>, text: ScalarText, to result: inout [SyntaxWord]) {
        let offset = result.count
        let forms = pieces.map { text.slice($0.start, $0.end) }
        let analyzed = gate.words == nil ? model.analyze(forms) : model.analyze(forms, parseIf: { [gate] in gate.asks(forms, $0) })
        for (piece, word) in zip(pieces, analyzed) {
            result.append(SyntaxWord(
                start: piece.start, end: piece.end, token: piece.token, upos: word.upos, xpos: word.xpos, lemma: word.lemma,
                head: word.head < 0 ? -1 : word.head + offset, deprel: word.deprel, lemmaRule: word.lemmaRule))
        }
    }
}
