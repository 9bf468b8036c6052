import Foundation
import NewsFrameCore

/// The trained syntax model: tagger, parser, labeller and the treebank's lemma table, in
/// one binary file under `Lexicons/` (`newsframe train-syntax` writes it).
///
/// Reading a sentence runs them in order on its words: tags, then the tree, then relations,
/// then lemmas (which need the tags). Each is greedy and linear in the sentence.
public struct SyntaxModel: Sendable {
    public struct Word: Sendable, Hashable {
        public var upos: String
        public var xpos: String
        public var lemma: String
        public var lemmaRule: String
        /// Index of the governor in the sentence, -1 for the root.
        public var head: Int
        public var deprel: String
    }

    static let magic = "NewsFrame syntax model"
    /// Format 2 adds the word clusters. A model without clusters is written as format 1, byte
    /// for byte what the trainer wrote before clusters existed.
    static let formatVersion: UInt32 = 2

    public private(set) var tagger: PartOfSpeechTagger
    public let parser: DependencyParser
    public let labeller: DependencyLabeller
    public private(set) var lemmatizer: Lemmatizer
    /// The word clusters the tagger, parser and labeller were trained with (empty: none).
    public let clusters: WordClusters
    /// How the model was made (training files, seed, epochs), shown by `eval-syntax`.
    public let provenance: String
    /// UPOS and XPOS of each tagger class, split once.
    let classParts: [(upos: String, xpos: String)]
    let rootRelation: Int
    let coarseOfClass: [Int]
    let headlineCase: HeadlineCase
    let verblessHeadline: VerblessHeadline
    let acronymCase: AcronymCase
    let punctuationCoarse: UInt64

    init(
        tagger: PartOfSpeechTagger, parser: DependencyParser, labeller: DependencyLabeller, lemmatizer: Lemmatizer, clusters: WordClusters,
        provenance: String
    ) {
        self.tagger = tagger
        self.clusters = clusters
        self.parser = parser
        self.labeller = labeller
        self.lemmatizer = lemmatizer
        self.provenance = provenance
        classParts = tagger.classes.map { label in
            let parts = label.split(separator: "\t", omittingEmptySubsequences: false)
            return (String(parts.first ?? ""), String(parts.count > 1 ? parts[1] : ""))
        }
        rootRelation = labeller.relations.firstIndex(of: "root") ?? -1
        coarseOfClass = DependencyParser.coarseOfClass(tagger.classes)
        headlineCase = HeadlineCase(lemmaTable: lemmatizer.table)
        verblessHeadline = VerblessHeadline(classParts: classParts)
        acronymCase = AcronymCase(classParts: classParts)
        punctuationCoarse = DependencyParser.punctuationCoarse(tagger.classes)
    }

    /// Adds the lemma rules for forms the treebank lacks; the tagger learns the possible tags
    /// of the listed irregular forms it never saw.
    public mutating func useLemmaRules(_ rules: LemmaRules) {
        lemmatizer = lemmatizer.with(rules: rules)
        tagger = tagger.knowing(rules.irregularForms)
    }

    /// Tags, parses and lemmatizes one sentence given as its words.
    /// A headline's capitals are read as the words they stand for (`HeadlineCase`).
    public func analyze<Forms: Collection>(_ forms: Forms) -> [Word] where Forms.Element == String {
        analyze(forms, parseIf: nil)
    }

    /// The relation of a word the stage tagged but did not parse (`SyntaxWord.unparsed`).
    public static let unparsed = SyntaxWord.unparsed

    /// Tags and lemmatizes one sentence, and parses it only when `parseIf` (given the
    /// sentence's UPOS tags) says a later stage will read its tree; nil parses every sentence.
    public func analyze<Forms: Collection>(_ forms: Forms, parseIf: (([String]) -> Bool)?) -> [Word] where Forms.Element == String {
        guard !forms.isEmpty else { return [] }
        let modelForms = headlineCase.modelForms(Array(forms))
        let hashes = WordHashes(modelForms, clusters: clusters)
        var tags = tagger.tag(hashes)
        verblessHeadline.repair(&tags, forms: modelForms, classParts: classParts, lemmatizer: lemmatizer)
        acronymCase.repair(&tags, forms: Array(forms), classParts: classParts)
        let parse = parseIf.map { $0(tags.map { classParts[$0].upos }) } ?? true
        return analyze(forms: Array(forms), hashes: hashes, tags: tags, lemmaForms: modelForms, parse: parse)
    }

    /// Parses and labels given tags (the evaluator also runs this on gold tags).
    /// `lemmaForms`: what the lemmatizer reads for a word that is not a proper noun (a
    /// headline's "Hits" as "hits"); proper nouns keep their written form. Without `parse`,
    /// every word is left unattached (`unparsed`).
    func analyze(forms: [String], hashes: WordHashes, tags: [Int], lemmaForms: [String]? = nil, parse: Bool = true) -> [Word] {
        var heads: [Int] = []
        var labels: [Int] = []
        if parse {
            let inputs = DependencyParser.Inputs(words: hashes, tags: tags, coarseOfClass: coarseOfClass)
            heads = parser.parse(inputs)
            labels = labeller.label(words: hashes, inputs: inputs, heads: heads, punctuationCoarse: punctuationCoarse)
        }
        var words: [Word] = []
        words.reserveCapacity(forms.count)
        for (index, form) in forms.enumerated() {
            let (upos, xpos) = classParts[tags[index]]
            let lemma = lemmatizer.lemma(upos == "PROPN" ? form : lemmaForms?[index] ?? form, upos: upos, xpos: xpos)
            guard parse else {
                words.append(Word(upos: upos, xpos: xpos, lemma: lemma.lemma, lemmaRule: lemma.rule, head: -1, deprel: Self.unparsed))
                continue
            }
            let isRoot = heads[index] >= forms.count
            var relation = labeller.relations[labels[index]]
            if isRoot { relation = "root" } else if labels[index] == rootRelation { relation = "dep" }
            words.append(Word(upos: upos, xpos: xpos, lemma: lemma.lemma, lemmaRule: lemma.rule, head: isRoot ? -1 : heads[index], deprel: relation))
        }
        return words
    }

    /// Features and weight entries of each part, for `train-syntax` to report the model's size.
    public var sizes: String {
        "tagger \(tagger.weights.featureCount) features / \(tagger.weights.entryCount) weights, parser \(parser.weights?.featureCount ?? 0) / \(parser.weights?.entryCount ?? 0), labeller \(labeller.weights.featureCount) / \(labeller.weights.entryCount), lemmas \(lemmatizer.table.count), clusters \(clusters.count)"
    }

    // MARK: File

    /// A stable 64-bit hash of a model file (FNV-style over eight bytes a step), for the
    /// stage's fingerprint: fast enough to run on every pipeline load.
    public static func digest(_ data: Data) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let words = raw.count / 8
            for index in 0..<words {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)) &* 0x0000_0100_0000_01B3
                hash ^= hash >> 29
            }
            for index in (words * 8)..<raw.count { hash = (hash ^ UInt64(raw[index])) &* 0x0000_0100_0000_01B3 }
        }
        return String(hash, radix: 16) + "-\(data.count)"
    }

    public func data() -> Data {
        var writer = BinaryWriter()
        writer.write(Self.magic)
        writer.write(clusters.isEmpty ? 1 : Self.formatVersion)
        writer.write(provenance)
        tagger.write(to: &writer)
        parser.write(to: &writer)
        labeller.write(to: &writer)
        lemmatizer.write(to: &writer)
        if !clusters.isEmpty { clusters.write(to: &writer) }
        return writer.data
    }

    public init(data: Data) throws {
        var reader = BinaryReader(data)
        guard (try? reader.readString()) == Self.magic else {
            throw BinaryReader.Failure.corrupt("not a NewsFrame syntax model (run `newsframe train-syntax` to make one)")
        }
        let version = try reader.read(UInt32.self)
        guard version == 1 || version == Self.formatVersion else {
            throw BinaryReader.Failure.corrupt("model format \(version); this build reads formats 1 to \(Self.formatVersion)")
        }
        let provenance = try reader.readString()
        let tagger = try PartOfSpeechTagger.read(from: &reader)
        let parser = try DependencyParser.read(from: &reader)
        let labeller = try DependencyLabeller.read(from: &reader)
        let lemmatizer = try Lemmatizer.read(from: &reader)
        let clusters = version >= 2 ? try WordClusters.read(from: &reader) : .empty
        guard reader.isAtEnd else { throw BinaryReader.Failure.corrupt("unexpected bytes after the model") }
        self.init(tagger: tagger, parser: parser, labeller: labeller, lemmatizer: lemmatizer, clusters: clusters, provenance: provenance)
    }
}
