import ArgumentParser
import Foundation
import NewsFrameCore
import NewsFrameEval
import NewsFramePipeline

struct EvalTimeML: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-timeml",
        abstract: "Score the temporal stage on TempEval-style gold JSONL.",
        discussion: """
            Runs the pipeline on each record (id, dct, text, timexes) with its document date and \
            reports TempEval-3's strict and relaxed P/R/F1, type and value accuracy and value F1, \
            and the errors by kind.
            """)

    @OptionGroup var pipeline: PipelineOptions
    @Argument(help: "Gold JSONL file.") var gold: String
    @Flag(name: .long, help: "List every error with its context and rule.") var errors = false
    @Option(name: .long, help: "List only errors of this kind: missed, spurious, span, type, value.") var kind: String?
    @Flag(name: .long, help: "Print the scores as JSON.") var json = false

    func run() throws {
        let built = try pipeline.load()
        let corpus = try GoldCorpus(path: gold)
        var score = TimexScore()
        for entry in corpus.entries {
            let result = try built.process(AnalyzedDocument(document: entry.document))
            score.add(document: entry.document.id, text: result.text, gold: entry.timexes ?? [], system: result.annotations.timexes ?? [])
        }
        let counts = Dictionary(grouping: score.errors, by: \.kind).mapValues(\.count)
        if json {
            let fields: [String: JSONText] = [
                "documents": .int(corpus.entries.count), "gold": .int(score.relaxed.goldCount), "system": .int(score.relaxed.systemCount),
                "strict_p": .double(score.strict.precision), "strict_r": .double(score.strict.recall), "strict_f1": .double(score.strict.f1),
                "relaxed_p": .double(score.relaxed.precision), "relaxed_r": .double(score.relaxed.recall), "relaxed_f1": .double(score.relaxed.f1),
                "type_accuracy": .double(score.typeAccuracy), "value_accuracy": .double(score.valueAccuracy),
                "type_f1": .double(score.typeF1), "value_f1": .double(score.valueF1),
                "errors": .object(Dictionary(uniqueKeysWithValues: TimexScore.Error.Kind.allCases.map { ($0.rawValue, JSONText.int(counts[$0] ?? 0)) })),
            ]
            Console.out(JSONText.object(fields).rendered)
            return
        }
        let pct = ScoreTable.percent
        Console.out("\(corpus.entries.count) documents, \(score.relaxed.goldCount) gold timexes, \(score.relaxed.systemCount) found")
        Console.out(ScoreTable.header)
        Console.out(ScoreTable.row("strict", score.strict))
        Console.out(ScoreTable.row("relaxed", score.relaxed))
        Console.out("type accuracy \(pct(score.typeAccuracy))   type F1 \(pct(score.typeF1))")
        Console.out("value accuracy \(pct(score.valueAccuracy))  value F1 \(pct(score.valueF1))")
        Console.out("errors: " + TimexScore.Error.Kind.allCases.map { "\($0.rawValue) \(counts[$0] ?? 0)" }.joined(separator: ", "))
        guard errors || kind != nil else { return }
        ScoreTable.printErrors(score, kind: kind)
    }
}
