import ArgumentParser
import Foundation
import NewsFrameCore
import NewsFrameEval
import NewsFramePipeline
import NewsFrameStore

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the pipeline or a store against gold, and guard a baseline.",
        discussion: """
            Without --db the pipeline runs in memory on the gold texts; with --db the store's \
            annotations are scored. --baseline FILE fails (exit 1) when any score drops more than \
            --tolerance points below the file's; --update-baseline rewrites the file deliberately.
            """)

    @OptionGroup var pipeline: PipelineOptions
    @Option(name: .long, help: "Gold JSONL (the export format).") var gold = "Corpus/gold/gold.jsonl"
    @Option(name: .long, help: "Score this store's annotations instead of running the pipeline.") var db: String?
    @Flag(name: .long, help: "Print the scores as JSON.") var json = false
    @Flag(name: .long, help: "List each missed, spurious and wrong annotation with its context and rule.") var errors = false
    @Option(name: .long, help: "A baseline scores file to compare with.") var baseline: String?
    @Flag(name: .long, help: "Write the current scores to the --baseline file.") var updateBaseline = false
    @Option(name: .long, help: "Allowed drop below the baseline, in points.") var tolerance = 0.5

    func validate() throws {
        if updateBaseline, baseline == nil { throw ValidationError("'--update-baseline' needs '--baseline FILE'") }
        if tolerance < 0 { throw ValidationError("'--tolerance' must not be negative") }
    }

    func run() throws {
        let corpus = try GoldCorpus(path: gold)
        let store = try db.map { path -> CorpusStore in
            var options = StoreOptions()
            options.db = path
            return try options.openForReading()
        }
        let evaluation = try CorpusEvaluation.run(gold: corpus, pipeline: try pipeline.load(), store: store)
        for id in evaluation.missingDocuments {
            Console.error("warning: gold document '\(id)' is not in the store (or its text differs); its gold counts as missed")
        }
        let metrics = evaluation.metrics
        if json {
            Console.out(JSONText.object(metrics.mapValues { JSONText.double(($0 * 100).rounded() / 100) }).rendered)
        } else {
            Console.out(table(evaluation))
        }
        if errors {
            ScoreTable.printErrors(evaluation.timex, kind: nil)
            for mention in evaluation.entity.missed { Console.out("missed   entity \"\(mention.text)\" \(mention.type)") }
            for mention in evaluation.entity.spurious { Console.out("spurious entity \"\(mention.text)\" \(mention.type)") }
            for item in evaluation.quote.missed { Console.out("missed   quote \"\(item.text)\" — \(item.speakerText ?? "-")") }
            for item in evaluation.quote.spurious { Console.out("spurious quote \"\(item.text)\" — \(item.speakerText ?? "-") [\(item.rule ?? "")]") }
            for (gold, found) in evaluation.quote.wrongSpeaker {
                Console.out("speaker  quote \"\(gold.text.prefix(60))\" gold \(gold.speakerText ?? "-") → \(gold.canonical ?? "-"), got \(found.speakerText ?? "-") → \(found.canonical ?? "-") [\(found.rule ?? "")]")
            }
            for line in evaluation.event.errors { Console.out("event    \(line)") }
        }
        guard let baseline else { return }
        if updateBaseline {
            try ScoreBaseline(scores: metrics).write(to: baseline)
            Console.out("baseline written: \(baseline)")
            return
        }
        let regressions = try ScoreBaseline(path: baseline).regressions(in: metrics, tolerance: tolerance)
        if regressions.isEmpty {
            Console.out("baseline \(baseline): no score dropped more than \(tolerance) points")
        } else {
            Console.error("baseline \(baseline): \(regressions.count) score(s) dropped more than \(tolerance) points:")
            for regression in regressions { Console.error("  \(regression)") }
            throw ExitCode(1)
        }
    }

    private func table(_ evaluation: CorpusEvaluation) -> String {
        let pct = ScoreTable.percent
        let score = evaluation.timex
        var lines = ["timexes: \(evaluation.documents) documents, \(score.relaxed.goldCount) gold, \(score.relaxed.systemCount) found"]
        lines.append(ScoreTable.header)
        lines.append(ScoreTable.row("strict", score.strict))
        lines.append(ScoreTable.row("relaxed", score.relaxed))
        for type in evaluation.timexByType.keys.sorted() {
            let byType = evaluation.timexByType[type]!
            lines.append(ScoreTable.row("  \(type)", byType.relaxed, note: "   value F1 \(pct(byType.valueF1))"))
        }
        lines.append("type accuracy \(pct(score.typeAccuracy))   value accuracy \(pct(score.valueAccuracy))   value F1 \(pct(score.valueF1))")
        if evaluation.entityDocuments > 0 {
            let entity = evaluation.entity
            lines.append("")
            lines.append("entities: \(evaluation.entityDocuments) documents, \(entity.relaxed.goldCount) gold, \(entity.relaxed.systemCount) found")
            lines.append(ScoreTable.header)
            lines.append(ScoreTable.row("strict", entity.strict))
            lines.append(ScoreTable.row("relaxed", entity.relaxed))
            for type in entity.byType.keys.sorted() { lines.append(ScoreTable.row("  \(type)", entity.byType[type]!)) }
            lines.append("canonical-name agreement \(pct(entity.canonicalAgreement))")
        }
        if evaluation.quoteDocuments > 0 {
            let quote = evaluation.quote
            lines.append("")
            lines.append("quotes: \(evaluation.quoteDocuments) documents, \(quote.quotes.goldCount) gold, \(quote.quotes.systemCount) found (a match overlaps half the gold span)")
            lines.append(ScoreTable.header)
            lines.append(ScoreTable.row("all", quote.quotes))
            for kind in evaluation.quoteByKind.keys.sorted() { lines.append(ScoreTable.row("  \(kind)", evaluation.quoteByKind[kind]!.quotes)) }
            lines.append("speaker-mention accuracy \(pct(quote.speakerAccuracy))   resolved-speaker accuracy \(pct(quote.resolvedAccuracy))")
        }
        if evaluation.eventDocuments > 0 {
            let event = evaluation.event
            lines.append("")
            lines.append("events: \(evaluation.eventDocuments) documents, \(event.triggers.goldCount) gold frames, \(event.triggers.systemCount) found (a match has the type and an overlapping trigger)")
            lines.append(ScoreTable.header)
            lines.append(ScoreTable.row("triggers", event.triggers))
            for type in event.byType.keys.sorted() { lines.append(ScoreTable.row("  \(type)", event.byType[type]!)) }
            lines.append(ScoreTable.row("arguments", event.arguments))
            for role in EventScore.scoredRoles where event.byRole[role] != nil { lines.append(ScoreTable.row("  \(role)", event.byRole[role]!)) }
            lines.append(ScoreTable.row("merge pairs", event.merge))
        }
        return lines.joined(separator: "\n")
    }
}
