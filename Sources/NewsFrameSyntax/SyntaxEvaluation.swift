import Foundation

/// Scores the model on gold-tokenized treebank sentences as the CoNLL 2018 shared task
/// does with gold tokens: every word counts, punctuation included; LAS compares the
/// universal part of the relation (`nsubj` for `nsubj:pass`), and `lasFull` the whole label.
public struct SyntaxEvaluation: Sendable {
    public private(set) var words = 0
    public private(set) var uposRight = 0
    public private(set) var xposRight = 0
    public private(set) var lemmaRight = 0
    public private(set) var headRight = 0
    public private(set) var labelledRight = 0
    public private(set) var labelledFullRight = 0
    public private(set) var seconds: Double = 0
    /// Per gold relation: words, and how many got the right head and relation.
    public private(set) var byRelation: [String: (gold: Int, right: Int, headRight: Int)] = [:]

    public init() {}

    public var upos: Double { percent(uposRight) }
    public var xpos: Double { percent(xposRight) }
    public var lemma: Double { percent(lemmaRight) }
    public var uas: Double { percent(headRight) }
    public var las: Double { percent(labelledRight) }
    public var lasFull: Double { percent(labelledFullRight) }
    public var wordsPerSecond: Double { seconds > 0 ? Double(words) / seconds : 0 }

    private func percent(_ value: Int) -> Double { words == 0 ? 0 : 100 * Double(value) / Double(words) }

    static func universal(_ relation: String) -> Substring { relation.split(separator: ":").first ?? Substring(relation) }

    /// Runs the model on every sentence and adds the comparison.
    /// With `goldTags`, the parser reads the treebank's tags instead of the tagger's: how much
    /// of the parser's error comes from tagging.
    /// Returns what the model said for each sentence, so `eval-syntax --write` can save it.
    @discardableResult
    public mutating func add(_ sentences: [TreebankSentence], model: SyntaxModel, goldTags: Bool = false) -> [[SyntaxModel.Word]] {
        let clock = ContinuousClock()
        var outputs: [[SyntaxModel.Word]] = []
        outputs.reserveCapacity(sentences.count)
        let classIndex = Dictionary(model.tagger.classes.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let elapsed = clock.measure {
            for sentence in sentences {
                let forms = sentence.words.map(\.form)
                if goldTags {
                    let tags = sentence.words.map { classIndex["\($0.upos)\t\($0.xpos)"] ?? 0 }
                    outputs.append(model.analyze(forms: forms, hashes: WordHashes(forms, clusters: model.clusters), tags: tags))
                } else {
                    outputs.append(model.analyze(forms))
                }
            }
        }
        seconds += Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        for (sentence, output) in zip(sentences, outputs) { compare(gold: sentence, system: output) }
        return outputs
    }

    /// The system's analysis of gold sentences as CoNLL-U, the gold words' forms kept.
    public static func conllu(_ sentences: [TreebankSentence], _ outputs: [[SyntaxModel.Word]]) -> String {
        var lines: [String] = []
        for (sentence, output) in zip(sentences, outputs) {
            lines.append("# sent_id = \(sentence.id)")
            lines.append("# text = \(sentence.text)")
            for (index, (gold, word)) in zip(sentence.words, output).enumerated() {
                lines.append([String(index + 1), gold.form, word.lemma, word.upos, word.xpos, "_", String(word.head + 1), word.deprel, "_", "_"].joined(separator: "\t"))
            }
            lines.append("")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    mutating func compare(gold: TreebankSentence, system: [SyntaxModel.Word]) {
        for (goldWord, word) in zip(gold.words, system) {
            words += 1
            if goldWord.upos == word.upos { uposRight += 1 }
            if goldWord.xpos == word.xpos { xposRight += 1 }
            if goldWord.lemma == word.lemma { lemmaRight += 1 }
            let goldHead = goldWord.head - 1
            let headMatches = goldHead == word.head
            var entry = byRelation[goldWord.deprel] ?? (0, 0, 0)
            entry.gold += 1
            if headMatches {
                headRight += 1
                entry.headRight += 1
                if Self.universal(goldWord.deprel) == Self.universal(word.deprel) { labelledRight += 1 }
                if goldWord.deprel == word.deprel {
                    labelledFullRight += 1
                    entry.right += 1
                }
            }
            byRelation[goldWord.deprel] = entry
        }
    }
}
