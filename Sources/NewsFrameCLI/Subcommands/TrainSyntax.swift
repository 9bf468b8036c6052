import ArgumentParser
import Foundation
import NewsFrameSyntax

struct TrainSyntax: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-syntax",
        abstract: "Train the tagger, parser and labeller of the syntax stage from CoNLL-U treebanks.",
        discussion: """
            Reads every CoNLL-U file given, trains with a fixed seed and writes one model file; \
            the same command on the same files writes the same bytes. With --dev, scores the \
            new model on those files afterwards.
            """)

    @Argument(help: "Training treebanks (CoNLL-U).") var treebanks: [String]
    @Option(name: .long, help: "Where to write the model.") var out: String = "Lexicons/syntax-model.bin"
    @Option(name: .long, help: "Treebanks to score the model on after training.") var dev: [String] = []
    @Option(name: .long, help: "Brown clusters of words (path<TAB>word a line, as scripts/fetch-word-clusters.sh writes them), kept in the model.")
    var clusters: String?
    @Option(name: .long, help: "Seed of every shuffle and exploration draw.") var seed: UInt64 = 1
    @Option(name: .long, help: "Tagger epochs.") var taggerEpochs = 10
    @Option(name: .long, help: "Parser epochs.") var parserEpochs = 15
    @Option(name: .long, help: "Labeller epochs.") var labellerEpochs = 12
    @Option(name: .long, help: "Folds for the jackknifed tags the parser learns on (1: gold tags).") var folds = 4
    @Option(name: .long, help: "Tagger weights below this magnitude are left out of the model.") var taggerThreshold: Float = 0.3
    @Option(name: .long, help: "Parser weights below this magnitude are left out of the model.") var parserThreshold: Float = 1.0
    @Option(name: .long, help: "Labeller weights below this magnitude are left out of the model.") var labellerThreshold: Float = 1.0
    @Flag(name: .long, help: "Print nothing but errors.") var quiet = false

    func validate() throws {
        guard !treebanks.isEmpty else { throw ValidationError("give at least one training treebank") }
        guard taggerEpochs > 0, parserEpochs > 0, labellerEpochs > 0, folds > 0 else {
            throw ValidationError("'--tagger-epochs', '--parser-epochs', '--labeller-epochs' and '--folds' must be positive")
        }
    }

    func run() throws {
        var sentences: [TreebankSentence] = []
        for path in treebanks { sentences += try CoNLLUReader.read(contentsOf: URL(fileURLWithPath: path)) }
        var options = SyntaxTrainer.Options()
        options.seed = seed
        options.taggerEpochs = taggerEpochs
        options.parserEpochs = parserEpochs
        options.labellerEpochs = labellerEpochs
        options.folds = folds
        options.taggerThreshold = taggerThreshold
        options.parserThreshold = parserThreshold
        options.labellerThreshold = labellerThreshold
        let names = treebanks.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(separator: ", ")
        var wordClusters = WordClusters.empty
        var clusterNote = ""
        if let clusters {
            do {
                wordClusters = try WordClusters(tsv: String(contentsOfFile: clusters, encoding: .utf8))
            } catch {
                throw ValidationError("\(clusters): \(error)")
            }
            guard !wordClusters.isEmpty else { throw ValidationError("\(clusters): no clusters (expected path<TAB>word lines)") }
            clusterNote = "; clusters \(URL(fileURLWithPath: clusters).lastPathComponent) (\(wordClusters.count) forms)"
        }
        let provenance = "trained on \(names) (\(sentences.count) sentences)\(clusterNote); seed \(seed); epochs tagger \(taggerEpochs), parser \(parserEpochs), labeller \(labellerEpochs); \(folds) folds; thresholds \(taggerThreshold), \(parserThreshold), \(labellerThreshold)"
        let trainer = SyntaxTrainer(options: options) { message in if !quiet { Console.error(message) } }
        let model = trainer.train(sentences, provenance: provenance, clusters: wordClusters)
        try model.data().write(to: URL(fileURLWithPath: out), options: .atomic)
        if !quiet { Console.error("wrote \(out): \(model.sizes)") }
        for path in dev {
            var evaluation = SyntaxEvaluation()
            evaluation.add(try CoNLLUReader.read(contentsOf: URL(fileURLWithPath: path)), model: model)
            Console.out(String(format: "%@: UPOS %.2f  XPOS %.2f  lemma %.2f  UAS %.2f  LAS %.2f  (%d words, %.0f words/s)", URL(fileURLWithPath: path).lastPathComponent, evaluation.upos, evaluation.xpos, evaluation.lemma, evaluation.uas, evaluation.las, evaluation.words, evaluation.wordsPerSecond))
        }
    }
}
