import Foundation

/// Trains the syntax model from treebank sentences, deterministically: every shuffle and
/// every exploration draw comes from one seeded generator, features are hashed without
/// `Hasher`, and weights are written in sorted order, so the same command on the same data
/// gives the same bytes.
///
/// The parser learns on tags that a tagger trained on the other folds predicted
/// (jackknifing), so it sees in training the tagging errors it will see at run time.
public struct SyntaxTrainer: Sendable {
    public struct Options: Sendable {
        public var taggerEpochs = 10
        public var parserEpochs = 15
        public var labellerEpochs = 12
        public var folds = 4
        public var seed: UInt64 = 1
        /// Averaged weights smaller than these are dropped from the model: a smaller model is
        /// faster (decoding waits on memory) at a small cost in accuracy (`BENCHMARKS.md`).
        public var taggerThreshold: Float = 0.3
        public var parserThreshold: Float = 1.0
        public var labellerThreshold: Float = 1.0
        /// From this epoch on, the parser follows its own prediction with probability 0.9.
        public var explorationEpoch = 2
        public init() {}
    }

    public let options: Options
    let log: @Sendable (String) -> Void

    public init(options: Options, log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.options = options
        self.log = log
    }

    /// `clusters`: Brown clusters of words for the tagger's, parser's and labeller's features, kept in
    /// the model (`WordClusters`; empty trains without them).
    public func train(_ given: [TreebankSentence], provenance: String, clusters: WordClusters = .empty) -> SyntaxModel {
        // A sentence NewsFrame tagged but did not parse (an export made with `parse: asked`)
        // has no tree to learn from.
        let sentences = given.filter { $0.words.allSatisfy { $0.deprel != SyntaxModel.unparsed } }
        if sentences.count < given.count { log("\(given.count - sentences.count) sentences without a tree left out") }
        let classes = Set(sentences.flatMap { $0.words.map { "\($0.upos)\t\($0.xpos)" } }).sorted()
        let classIndex = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
        let relations = Set(sentences.flatMap { $0.words.map(\.deprel) }).sorted()
        let relationIndex = Dictionary(uniqueKeysWithValues: relations.enumerated().map { ($1, $0) })
        let hashes = sentences.map { WordHashes($0.words.map(\.form), clusters: clusters) }
        let goldTags = sentences.map { $0.words.map { classIndex["\($0.upos)\t\($0.xpos)"]! } }
        let dictionary = Self.tagDictionary(sentences, hashes: hashes, goldTags: goldTags)
        let lexicon = TaggerLexicon(dictionary: dictionary, hashes: hashes, goldTags: goldTags, indices: Array(0..<sentences.count))
        log("\(sentences.count) sentences, \(goldTags.reduce(0) { $0 + $1.count }) words, \(classes.count) tag classes, \(relations.count) relations, \(dictionary.count) dictionary words")

        // Jackknifed tags for the parser, then the tagger on everything.
        let foldCount = max(1, options.folds)
        var predictedTags = goldTags
        if foldCount > 1 {
            let results = UnsafeResults<[(Int, [Int])]>(count: foldCount)
            DispatchQueue.concurrentPerform(iterations: foldCount) { fold in
                let trainIndices = (0..<sentences.count).filter { $0 % foldCount != fold }
                // Ambiguity classes from the fold's own training part, so the held-out words
                // are as unknown to it as new text is to the final tagger.
                let foldLexicon = TaggerLexicon(dictionary: dictionary, hashes: hashes, goldTags: goldTags, indices: trainIndices)
                let tagger = trainTagger(trainIndices, hashes: hashes, goldTags: goldTags, classes: classes, lexicon: foldLexicon, seed: options.seed &+ UInt64(fold) &+ 1, quiet: true)
                var tagged: [(Int, [Int])] = []
                for index in stride(from: fold, to: sentences.count, by: foldCount) { tagged.append((index, tagger.tag(hashes[index]))) }
                results.set(fold, tagged)
            }
            for fold in 0..<foldCount { for (index, tags) in results.get(fold) { predictedTags[index] = tags } }
            var correct = 0, total = 0
            for (predicted, gold) in zip(predictedTags, goldTags) {
                for (a, b) in zip(predicted, gold) { if a == b { correct += 1 }; total += 1 }
            }
            log(String(format: "jackknifed tags: %.2f%% of classes right", 100 * Double(correct) / Double(max(1, total))))
        }
        let tagger = trainTagger(Array(0..<sentences.count), hashes: hashes, goldTags: goldTags, classes: classes, lexicon: lexicon, seed: options.seed, quiet: false)

        let goldHeads = sentences.map { sentence in sentence.words.map { $0.head == 0 ? sentence.words.count : $0.head - 1 } }
        let coarse = DependencyParser.coarseOfClass(classes)
        let parser = trainParser(hashes: hashes, tags: predictedTags, goldHeads: goldHeads, coarse: coarse)
        let goldLabels = sentences.map { $0.words.map { relationIndex[$0.deprel]! } }
        let labeller = trainLabeller(hashes: hashes, tags: predictedTags, goldHeads: goldHeads, goldLabels: goldLabels, relations: relations, classes: classes)

        var lemmaCounts: [String: [String: Int]] = [:]
        for sentence in sentences {
            for word in sentence.words where word.lemma != "_" {
                lemmaCounts["\(word.xpos)\t\(word.form)", default: [:]][word.lemma, default: 0] += 1
            }
        }
        var lemmas: [String: String] = [:]
        for (key, counts) in lemmaCounts {
            lemmas[key] = counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }!.key
        }
        return SyntaxModel(
            tagger: tagger, parser: parser, labeller: labeller, lemmatizer: Lemmatizer(table: lemmas, rules: nil), clusters: clusters,
            provenance: provenance)
    }

    /// Forms seen at least 20 times, with one class at least 99% of the time.
    static func tagDictionary(_ sentences: [TreebankSentence], hashes: [WordHashes], goldTags: [[Int]]) -> [UInt64: UInt16] {
        var counts: [UInt64: [Int: Int]] = [:]
        for (sentenceHashes, tags) in zip(hashes, goldTags) {
            for (index, tag) in tags.enumerated() { counts[sentenceHashes.form(index), default: [:]][tag, default: 0] += 1 }
        }
        var dictionary: [UInt64: UInt16] = [:]
        for (form, tagCounts) in counts {
            let total = tagCounts.values.reduce(0, +)
            guard total >= 20, let best = tagCounts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) else { continue }
            if Double(best.value) / Double(total) >= 0.99 { dictionary[form] = UInt16(best.key) }
        }
        return dictionary
    }

    /// What the tagger knows of words besides its weights.
    struct TaggerLexicon {
        let dictionary: [UInt64: UInt16]
        let ambiguity: [UInt64: UInt64]
        /// Each sentence's ambiguity classes, computed once.
        let sentenceAmbiguity: [[UInt64]]

        /// Ambiguity classes learnt from the sentences `indices`.
        init(dictionary: [UInt64: UInt16], hashes: [WordHashes], goldTags: [[Int]], indices: [Int]) {
            self.dictionary = dictionary
            let ambiguity = SyntaxTrainer.ambiguityClasses(hashes: hashes, goldTags: goldTags, indices: indices)
            self.ambiguity = ambiguity
            sentenceAmbiguity = hashes.map { words in (0..<words.count).map { ambiguity[words.lower($0)] ?? WordHashes.none } }
        }
    }

    /// Words seen at least twice: the hash of the sorted set of classes they had.
    static func ambiguityClasses(hashes: [WordHashes], goldTags: [[Int]], indices: [Int]) -> [UInt64: UInt64] {
        var seen: [UInt64: (count: Int, classes: Set<Int>)] = [:]
        for sentence in indices {
            let words = hashes[sentence]
            for (index, tag) in goldTags[sentence].enumerated() {
                seen[words.lower(index), default: (0, [])].count += 1
                seen[words.lower(index), default: (0, [])].classes.insert(tag)
            }
        }
        var result: [UInt64: UInt64] = [:]
        for (word, entry) in seen where entry.count >= 2 {
            result[word] = PartOfSpeechTagger.ambiguityHash(Array(entry.classes))
        }
        return result
    }

    func trainTagger(
        _ indices: [Int], hashes: [WordHashes], goldTags: [[Int]], classes: [String], lexicon: TaggerLexicon, seed: UInt64, quiet: Bool
    ) -> PartOfSpeechTagger {
        let dictionary = lexicon.dictionary
        let trainer = PerceptronTrainer(classCount: classes.count)
        var random = SplitMix64(seed: seed)
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: classes.count)
        for epoch in 1...options.taggerEpochs {
            var correct = 0, total = 0
            for position in random.permutation(indices.count) {
                let sentence = indices[position]
                let words = hashes[sentence]
                var previous = PartOfSpeechTagger.start, beforePrevious = PartOfSpeechTagger.start
                for index in 0..<words.count {
                    let gold = goldTags[sentence][index]
                    var guess: Int
                    if let known = dictionary[words.form(index)] {
                        guess = Int(known)
                    } else {
                        PartOfSpeechTagger.features(
                            words, lexicon.sentenceAmbiguity[sentence], index, previous: previous, beforePrevious: beforePrevious, into: &features)
                        trainer.score(features, into: &scores)
                        guess = scores.withUnsafeMutableBufferPointer { PartOfSpeechTagger.argmax($0) }
                        trainer.update(features, truth: gold, guess: guess)
                        trainer.tick()
                    }
                    if guess == gold { correct += 1 }
                    total += 1
                    beforePrevious = previous
                    previous = UInt64(guess) &+ 17
                }
            }
            if !quiet { log(String(format: "tagger epoch %d: %.2f%% right in training", epoch, 100 * Double(correct) / Double(max(1, total)))) }
        }
        return PartOfSpeechTagger(
            classes: classes, weights: trainer.averaged(threshold: options.taggerThreshold), dictionary: dictionary, ambiguity: lexicon.ambiguity)
    }

    func trainParser(hashes: [WordHashes], tags: [[Int]], goldHeads: [[Int]], coarse: [Int]) -> DependencyParser {
        let trainer = PerceptronTrainer(classCount: 3)
        var random = SplitMix64(seed: options.seed &+ 1000)
        var features: [UInt64] = []
        var scores: [Float] = [0, 0, 0]
        let inputs = zip(hashes, tags).map { DependencyParser.Inputs(words: $0, tags: $1, coarseOfClass: coarse) }
        for epoch in 1...options.parserEpochs {
            var correct = 0, total = 0
            for sentence in random.permutation(hashes.count) {
                let count = hashes[sentence].count
                let heads = goldHeads[sentence]
                var children = [[Int]](repeating: [], count: count + 1)
                for (dependent, head) in heads.enumerated() { children[head].append(dependent) }
                var inStack = [Bool](repeating: false, count: count + 1)
                var state = ParseState(count: count)
                while !state.isTerminal {
                    DependencyParser.features(state, inputs[sentence], into: &features)
                    trainer.score(features, into: &scores)
                    var guess = -1, best = -1
                    var costs = [Int](repeating: Int.max, count: 3)
                    for transition in 0..<3 where state.isValid(transition) {
                        costs[transition] = state.cost(transition, goldHeads: heads, goldChildren: children, inStack: inStack)
                        if guess < 0 || scores[transition] > scores[guess] { guess = transition }
                    }
                    let minimum = costs.min()!
                    for transition in 0..<3 where costs[transition] == minimum {
                        if best < 0 || scores[transition] > scores[best] { best = transition }
                    }
                    if costs[guess] > minimum { trainer.update(features, truth: best, guess: guess) }
                    trainer.tick()
                    let explore = epoch >= options.explorationEpoch && random.below(10) < 9
                    let next = explore ? guess : best
                    if next == ParseState.shift {
                        inStack[state.front] = true
                    } else {
                        inStack[state.stack[state.stack.count - 1]] = false
                    }
                    state.apply(next)
                }
                for (index, head) in state.heads.prefix(count).enumerated() {
                    if head == heads[index] { correct += 1 }
                    total += 1
                }
            }
            log(String(format: "parser epoch %d: %.2f%% heads right in training", epoch, 100 * Double(correct) / Double(max(1, total))))
        }
        return DependencyParser(weights: trainer.averaged(threshold: options.parserThreshold))
    }

    func trainLabeller(
        hashes: [WordHashes], tags: [[Int]], goldHeads: [[Int]], goldLabels: [[Int]], relations: [String], classes: [String]
    ) -> DependencyLabeller {
        let coarse = DependencyParser.coarseOfClass(classes)
        let trainer = PerceptronTrainer(classCount: relations.count)
        var random = SplitMix64(seed: options.seed &+ 2000)
        var features: [UInt64] = []
        var scores = [Float](repeating: 0, count: relations.count)
        let punctuation = DependencyParser.punctuationCoarse(classes)
        for epoch in 1...options.labellerEpochs {
            var correct = 0, total = 0
            for sentence in random.permutation(hashes.count) {
                let inputs = DependencyParser.Inputs(words: hashes[sentence], tags: tags[sentence], coarseOfClass: coarse)
                let tree = DependencyLabeller.Tree(heads: goldHeads[sentence])
                var labels = [Int](repeating: 0, count: goldHeads[sentence].count)
                for word in 0..<labels.count {
                    DependencyLabeller.features(
                        word, words: hashes[sentence], inputs: inputs, tree: tree, labels: labels, punctuationCoarse: punctuation, into: &features)
                    trainer.score(features, into: &scores)
                    let guess = scores.withUnsafeMutableBufferPointer { PartOfSpeechTagger.argmax($0) }
                    let gold = goldLabels[sentence][word]
                    trainer.update(features, truth: gold, guess: guess)
                    trainer.tick()
                    if guess == gold { correct += 1 }
                    total += 1
                    labels[word] = guess
                }
            }
            log(String(format: "labeller epoch %d: %.2f%% relations right in training", epoch, 100 * Double(correct) / Double(max(1, total))))
        }
        return DependencyLabeller(relations: relations, weights: trainer.averaged(threshold: options.labellerThreshold))
    }
}

/// Per-iteration results of `concurrentPerform`, each slot written by one iteration only.
final class UnsafeResults<Value>: @unchecked Sendable {
    private var values: [Value?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: Value) { lock.lock(); values[index] = value; lock.unlock() }
    func get(_ index: Int) -> Value { lock.lock(); defer { lock.unlock() }; return values[index]! }
}
