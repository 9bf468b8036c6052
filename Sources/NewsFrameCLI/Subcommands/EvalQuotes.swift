import ArgumentParser
import Foundation
import NewsFrameCore
import NewsFrameEval
import NewsFramePipeline

struct EvalQuotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-quotes",
        abstract: "Score the quotes stage on PolNeAR-style attribution JSONL.",
        discussion: """
            Reads records with `text` and `attributions` ({source, cue, content}, each a span). \
            Attributions whose content quotes three words or more between double marks are direct \
            quotations (ANNOTATION.md's definition; shorter quoted words are labels and are left \
            out, and counted); a found quotation matches one when they overlap by at least half the shorter span, and its \
            source is right when the speaker mention overlaps the gold source. Found quotations inside \
            a gold content another one matched are pieces of it and are not counted. Attributions \
            without quote marks are \
            indirect: a found indirect attribution matches when the contents' character Jaccard \
            is at least 0.5.
            """)

    @OptionGroup var pipeline: PipelineOptions
    @Argument(help: "Gold JSONL file.") var gold: String
    @Flag(name: .long, help: "List missed, spurious and wrongly attributed quotations.") var errors = false
    @Option(name: .long, help: "List at most this many errors of each kind.") var limit = 40
    @Flag(name: .long, help: "Count every attribution with quote marks as direct, one- and two-word quotes included.")
    var allQuoted = false

    static let quoteMarks: Set<Character> = ["\"", "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}"]

    func run() throws {
        guard let data = FileManager.default.contents(atPath: gold) else { throw ValidationError("cannot read \(gold)") }
        let built = try pipeline.load()
        var direct = QuoteScore()
        var indirect = QuoteScore()
        var documents = 0
        var shortQuoted = 0
        for (index, line) in data.split(separator: 0x0A).enumerated() {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], let text = object["text"] as? String
            else { throw ValidationError("\(gold):\(index + 1): expected an object with text and attributions") }
            documents += 1
            var goldDirect: [QuoteScore.Item] = []
            var goldIndirect: [QuoteScore.Item] = []
            for attribution in object["attributions"] as? [[String: Any]] ?? [] {
                guard let content = Self.span(attribution["content"]), let contentText = (attribution["content"] as? [String: Any])?["text"] as? String
                else { continue }
                let source = Self.span(attribution["source"])
                let sourceText = (attribution["source"] as? [String: Any])?["text"] as? String
                let item = QuoteScore.Item(span: content, speaker: source, canonical: nil, text: contentText, speakerText: sourceText)
                if allQuoted ? contentText.contains(where: Self.quoteMarks.contains) : Self.quotesThreeWords(contentText) {
                    goldDirect.append(item)
                } else if contentText.contains(where: Self.quoteMarks.contains) {
                    shortQuoted += 1
                } else {
                    goldIndirect.append(item)
                }
            }
            let result = try built.process(AnalyzedDocument(document: Document(id: object["id"] as? String ?? "\(index)", text: text)))
            let quotes = result.annotations.quotes ?? []
            func items(_ kind: Quotation.Kind) -> [QuoteScore.Item] {
                quotes.filter { $0.kind == kind }.map {
                    QuoteScore.Item(
                        span: $0.span, speaker: $0.speaker, canonical: $0.speakerCanonical, text: result.text.slice($0.span),
                        speakerText: $0.speaker.map(result.text.slice), rule: $0.resolution)
                }
            }
            direct.add(gold: goldDirect, system: items(.direct), criterion: .halfShorter, fragments: true)
            indirect.add(gold: goldIndirect, system: items(.indirect), criterion: .jaccard(0.5))
        }
        Console.out("attributions: \(documents) documents; direct \(direct.quotes.goldCount) gold, \(direct.quotes.systemCount) found; indirect \(indirect.quotes.goldCount) gold, \(indirect.quotes.systemCount) found")
        Console.out("left out: \(shortQuoted) gold attributions whose only quoted words are one or two (labels and scare quotes by ANNOTATION.md); \(direct.fragments) found quotations were pieces of a discontinuous gold content")
        Console.out(ScoreTable.header)
        Console.out(ScoreTable.row("direct", direct.quotes, note: "   source accuracy \(ScoreTable.percent(direct.speakerAccuracy))"))
        Console.out(ScoreTable.row("indirect", indirect.quotes, note: "   source accuracy \(ScoreTable.percent(indirect.speakerAccuracy))"))
        guard errors else { return }
        for (label, score) in [("direct", direct), ("indirect", indirect)] {
            for item in score.missed.prefix(limit) { Console.out("missed   \(label) \"\(item.text.prefix(120))\" — \(item.speakerText ?? "-")") }
            for item in score.spurious.prefix(limit) {
                Console.out("spurious \(label) \"\(item.text.prefix(120))\" — \(item.speakerText ?? "-") [\(item.rule ?? "")]")
            }
            for (goldItem, found) in score.wrongSpeaker.prefix(limit) {
                Console.out("speaker  \(label) \"\(goldItem.text.prefix(80))\" gold \(goldItem.speakerText ?? "-"), got \(found.speakerText ?? "-") [\(found.rule ?? "")]")
            }
        }
    }

    /// Whether some stretch between double quote marks holds three words or more: a direct
    /// quotation as `ANNOTATION.md` defines it, not a quoted label inside reported speech.
    static func quotesThreeWords(_ text: String) -> Bool {
        var inside = false
        var words = 0
        var inWord = false
        for character in text {
            if quoteMarks.contains(character) {
                if inside, words >= 3 { return true }
                inside.toggle()
                words = 0
                inWord = false
            } else if inside {
                let isSpace = character.isWhitespace
                if !isSpace && !inWord { words += 1 }
                inWord = !isSpace
            }
        }
        return inside && words >= 3
    }

    static func span(_ value: Any?) -> Span? {
        guard let object = value as? [String: Any], let start = object["start"] as? Int, let end = object["end"] as? Int else { return nil }
        return Span(start, end)
    }
}
