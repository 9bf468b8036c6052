import ArgumentParser
import Foundation
import NewsFrameCore
import NewsFrameEval
import NewsFramePipeline

struct EvalEntities: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-entities",
        abstract: "Score the entities stage on WikiEvents-style gold JSONL.",
        discussion: """
            Reads records with `text` and `entity_mentions` ({start, end, text, type, named}), scores \
            against the named mentions and all WEA mentions, mapping PER→PERSON, WEA→WEAPON and \
            counting NORP as GPE (WikiEvents tags demonyms as GPE); other types keep their names.
            """)

    @OptionGroup var pipeline: PipelineOptions
    @Argument(help: "Gold JSONL file.") var gold: String
    @Flag(name: .long, help: "List missed and spurious mentions (most frequent first).") var errors = false

    static let typeMap = ["PER": "PERSON", "WEA": "WEAPON"]

    func run() throws {
        guard let data = FileManager.default.contents(atPath: gold) else { throw ValidationError("cannot read \(gold)") }
        let built = try pipeline.load()
        var score = EntityScore()
        let types: Set<String> = ["PERSON", "ORG", "GPE", "LOC", "FAC", "WEAPON"]
        for (index, line) in data.split(separator: 0x0A).enumerated() {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], let text = object["text"] as? String
            else { throw ValidationError("\(gold):\(index + 1): expected an object with text and entity_mentions") }
            let goldMentions = (object["entity_mentions"] as? [[String: Any]] ?? []).compactMap { item -> EntityScore.Mention? in
                guard let start = item["start"] as? Int, let end = item["end"] as? Int, let rawType = item["type"] as? String else { return nil }
                let type = Self.typeMap[rawType] ?? rawType
                guard types.contains(type), (item["named"] as? Bool) == true || type == "WEAPON" else { return nil }
                return EntityScore.Mention(span: Span(start, end), type: type, text: item["text"] as? String ?? "")
            }
            let result = try built.process(AnalyzedDocument(document: Document(id: "\(index)", text: text)))
            let system = (result.annotations.entities ?? []).map {
                EntityScore.Mention(span: $0.span, type: $0.type == "NORP" ? "GPE" : $0.type, text: result.text.slice($0.start, $0.end))
            }
            score.add(gold: goldMentions, system: system)
        }
        Console.out("entities: \(score.relaxed.goldCount) gold, \(score.relaxed.systemCount) found")
        Console.out(ScoreTable.header)
        Console.out(ScoreTable.row("strict", score.strict))
        Console.out(ScoreTable.row("relaxed", score.relaxed))
        for type in score.byType.keys.sorted() {
            let prf = score.byType[type]!
            Console.out(ScoreTable.row("  \(type)", prf, note: "   (gold \(prf.goldCount), found \(prf.systemCount))"))
        }
        guard errors else { return }
        for (label, mentions) in [("missed", score.missed), ("spurious", score.spurious)] {
            let counts = Dictionary(grouping: mentions, by: { "\($0.text) \($0.type)" }).mapValues(\.count)
            Console.out("\(label):")
            for (key, count) in counts.sorted(by: { $0.value > $1.value }).prefix(40) { Console.out("  \(count) \(key)") }
        }
    }
}
