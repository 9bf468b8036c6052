import ArgumentParser
import Foundation
import NewsFrameCore
import NewsFramePipeline
import NewsFrameSyntax

struct EvalSyntax: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-syntax",
        abstract: "Score the syntax model on gold-tokenized CoNLL-U.",
        discussion: """
            Tags, lemmatizes and parses the gold words of each sentence and reports UPOS, XPOS and \
            lemma accuracy, UAS and LAS as the CoNLL 2018 shared task counts them (punctuation \
            included; LAS on universal relations, 'LAS full' on whole labels), and words per second.
            """)

    @OptionGroup var pipeline: PipelineOptions
    @Argument(help: "Gold CoNLL-U file(s).") var gold: [String]
    @Option(name: .long, help: "A model file. Default: the one the pipeline's syntax stage names.") var model: String?
    @Flag(name: .long, help: "Print the scores as JSON.") var json = false
    @Flag(name: .long, help: "Scores by gold relation, worst first.") var errors = false
    @Flag(name: .long, help: "Parse with the treebank's tags instead of the tagger's.") var goldTags = false
    @Option(name: .long, help: "Also write the model's analysis of the gold words as CoNLL-U to this file.") var write: String?

    func validate() throws {
        guard !gold.isEmpty else { throw ValidationError("give at least one CoNLL-U file") }
    }

    func run() throws {
        let loaded = try SyntaxModelLoader.load(model: model, pipeline: pipeline)
        var evaluation = SyntaxEvaluation()
        var written = ""
        for path in gold {
            let sentences = try CoNLLUReader.read(contentsOf: URL(fileURLWithPath: path))
            let outputs = evaluation.add(sentences, model: loaded, goldTags: goldTags)
            if write != nil { written += SyntaxEvaluation.conllu(sentences, outputs) }
        }
        if let write { try written.write(toFile: write, atomically: true, encoding: .utf8) }
        if json {
            let fields: [String: JSONText] = [
                "words": .int(evaluation.words), "upos": .double(evaluation.upos), "xpos": .double(evaluation.xpos),
                "lemma": .double(evaluation.lemma), "uas": .double(evaluation.uas), "las": .double(evaluation.las),
                "las_full": .double(evaluation.lasFull), "words_per_second": .double(evaluation.wordsPerSecond),
            ]
            Console.out(JSONText.object(fields).rendered)
            return
        }
        Console.out("\(evaluation.words) words")
        Console.out(String(format: "UPOS %.2f  XPOS %.2f  lemma %.2f", evaluation.upos, evaluation.xpos, evaluation.lemma))
        Console.out(String(format: "UAS %.2f  LAS %.2f  LAS full %.2f", evaluation.uas, evaluation.las, evaluation.lasFull))
        Console.out(String(format: "%.0f words/s (one core, model loaded)", evaluation.wordsPerSecond))
        guard errors else { return }
        Console.out("\nrelation          gold   head%  labelled%   errors")
        let rows = evaluation.byRelation.sorted { ($0.value.gold - $0.value.right, $0.key) > ($1.value.gold - $1.value.right, $1.key) }
        for (relation, entry) in rows {
            let head = 100 * Double(entry.headRight) / Double(max(1, entry.gold))
            let labelled = 100 * Double(entry.right) / Double(max(1, entry.gold))
            Console.out(
                relation.padding(toLength: 16, withPad: " ", startingAt: 0)
                    + String(format: "%6d  %6.1f  %9.1f  %7d", entry.gold, head, labelled, entry.gold - entry.right))
        }
    }
}
