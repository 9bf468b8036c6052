/// A greedy arc-hybrid dependency parser scored by an averaged perceptron over the feature
/// templates of Zhang & Nivre (2011), without labels: relations are given afterwards by
/// `DependencyLabeller`, which sees the whole tree. Trained with a dynamic oracle and
/// exploration (Goldberg & Nivre 2012), so it learns to recover from its own mistakes.
public struct DependencyParser: Sendable {
    /// The weights as trained, kept only by a model that will be written (the trainer's):
    /// a model read from its file decodes from `transitions` alone, 40 MB less in memory.
    let weights: SparseWeights?
    private let transitions: TransitionWeights

    init(weights: SparseWeights) {
        self.weights = weights
        transitions = TransitionWeights(weights)
    }

    private init(transitions: TransitionWeights) {
        self.weights = nil
        self.transitions = transitions
    }

    static let templateCount = 96

    /// The words the features read, hashed: lower-case forms, tag classes, their universal
    /// part of speech alone (robust where the tagger confuses two Penn tags of one UPOS) and
    /// three-letter suffixes (robust where it mistags a word outright), and Brown clusters
    /// whole and cut to 4 steps (what a word rarely seen in the treebanks is like).
    struct Inputs {
        let words: [UInt64]
        let tags: [UInt64]
        let coarse: [UInt64]
        let suffixes: [UInt64]
        let clusters: [UInt64]
        let clusters4: [UInt64]
        let hasClusters: Bool
        let count: Int

        /// `coarseOfClass` gives each tag class its UPOS number.
        init(words: WordHashes, tags: [Int], coarseOfClass: [Int]) {
            count = words.count
            var wordHashes = (0..<words.count).map { words.lower($0) }
            var tagHashes = tags.map { UInt64($0) &+ 101 }
            var coarseHashes = tags.map { UInt64(coarseOfClass[$0]) &+ 1001 }
            var suffixHashes = (0..<words.count).map { words.suffix($0, 3) }
            hasClusters = words.hasClusters
            var clusterHashes = hasClusters ? (0..<words.count).map { words.cluster($0, 2) } : []
            var cluster4Hashes = hasClusters ? (0..<words.count).map { words.cluster($0, 0) } : []
            wordHashes.append(WordHashes.root)
            tagHashes.append(WordHashes.root)
            coarseHashes.append(WordHashes.root)
            suffixHashes.append(WordHashes.root)
            if hasClusters {
                clusterHashes.append(WordHashes.root)
                cluster4Hashes.append(WordHashes.root)
            }
            self.words = wordHashes
            self.tags = tagHashes
            self.coarse = coarseHashes
            self.suffixes = suffixHashes
            self.clusters = clusterHashes
            self.clusters4 = cluster4Hashes
        }

        @inline(__always) func word(_ index: Int) -> UInt64 { index >= 0 ? words[index] : WordHashes.none }
        @inline(__always) func tag(_ index: Int) -> UInt64 { index >= 0 ? tags[index] : WordHashes.none }
        @inline(__always) func upos(_ index: Int) -> UInt64 { index >= 0 ? coarse[index] : WordHashes.none }
        @inline(__always) func suffix(_ index: Int) -> UInt64 { index >= 0 ? suffixes[index] : WordHashes.none }
        @inline(__always) func cluster(_ index: Int) -> UInt64 { hasClusters && index >= 0 ? clusters[index] : WordHashes.none }
        @inline(__always) func cluster4(_ index: Int) -> UInt64 { hasClusters && index >= 0 ? clusters4[index] : WordHashes.none }
    }

    /// The hashed UPOS of punctuation, which the labeller looks for between two words.
    static func punctuationCoarse(_ classes: [String]) -> UInt64 {
        let coarse = coarseOfClass(classes)
        guard let index = classes.firstIndex(where: { $0.hasPrefix("PUNCT\t") }) else { return WordHashes.none }
        return UInt64(coarse[index]) &+ 1001
    }

    /// The UPOS number of each tag class ("PROPN\tNNP" and "PROPN\tNNPS" share one).
    static func coarseOfClass(_ classes: [String]) -> [Int] {
        var numbers: [Substring: Int] = [:]
        return classes.map { label in
            let upos = label.split(separator: "\t").first ?? ""
            if let known = numbers[upos] { return known }
            numbers[upos] = numbers.count
            return numbers.count - 1
        }
    }

    @inline(__always)
    static func features(_ state: ParseState, _ inputs: Inputs, into features: inout [UInt64]) {
        features.removeAll(keepingCapacity: true)
        let s0 = state.stackItem(0)
        let s1 = state.stackItem(1)
        let s2 = state.stackItem(2)
        let b0 = state.front
        let b1 = b0 + 1 <= state.count ? b0 + 1 : ParseState.none
        let b2 = b0 + 2 <= state.count ? b0 + 2 : ParseState.none
        func child(_ array: [Int], _ word: Int) -> Int { word >= 0 ? array[word] : ParseState.none }
        let s0L = child(state.leftmost, s0), s0L2 = child(state.leftmost2, s0)
        let s0R = child(state.rightmost, s0), s0R2 = child(state.rightmost2, s0)
        let s1L = child(state.leftmost, s1), s1R = child(state.rightmost, s1)
        let b0L = child(state.leftmost, b0), b0L2 = child(state.leftmost2, b0)

        let s0w = inputs.word(s0), s0t = inputs.tag(s0)
        let s1w = inputs.word(s1), s1t = inputs.tag(s1)
        let b0w = inputs.word(b0), b0t = inputs.tag(b0)
        let b1w = inputs.word(b1), b1t = inputs.tag(b1)
        let b2w = inputs.word(b2), b2t = inputs.tag(b2)
        let s2t = inputs.tag(s2)
        let s0Lt = inputs.tag(s0L), s0Rt = inputs.tag(s0R), s0L2t = inputs.tag(s0L2), s0R2t = inputs.tag(s0R2)
        let s1Lt = inputs.tag(s1L), s1Rt = inputs.tag(s1R)
        let b0Lt = inputs.tag(b0L), b0L2t = inputs.tag(b0L2)
        let s0wt = FeatureHash.combine(s0w, s0t), s1wt = FeatureHash.combine(s1w, s1t)
        let b0wt = FeatureHash.combine(b0w, b0t), b1wt = FeatureHash.combine(b1w, b1t)
        let distance: UInt64 = s0 >= 0 ? UInt64(min(b0 - s0, 6)) : 0
        let distance10: UInt64 = s1 >= 0 && s0 >= 0 ? UInt64(min(s0 - s1, 6)) : 0
        let s0vl = s0 >= 0 ? UInt64(min(state.leftCount[s0], 4)) : 9
        let s0vr = s0 >= 0 ? UInt64(min(state.rightCount[s0], 4)) : 9
        let b0vl = UInt64(min(state.leftCount[b0], 4))
        let s1vr = s1 >= 0 ? UInt64(min(state.rightCount[s1], 4)) : 9

        func add(_ template: UInt64, _ a: UInt64) { features.append(FeatureHash.feature(template, a)) }
        func add(_ template: UInt64, _ a: UInt64, _ b: UInt64) { features.append(FeatureHash.feature(template, a, b)) }
        func add(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) {
            features.append(FeatureHash.feature(template, a, b, c))
        }
        // Single words.
        add(0, s0w); add(1, s0t); add(2, s0wt)
        add(3, s1w); add(4, s1t); add(5, s1wt)
        add(6, b0w); add(7, b0t); add(8, b0wt)
        add(9, b1w); add(10, b1t); add(11, b1wt)
        add(12, b2w); add(13, b2t); add(14, s2t)
        // Pairs.
        add(15, s0wt, b0wt); add(16, s0wt, b0w); add(17, s0w, b0wt); add(18, s0wt, b0t); add(19, s0t, b0wt)
        add(20, s0w, b0w); add(21, s0t, b0t); add(22, b0t, b1t)
        add(23, s1t, s0t); add(24, s1w, s0w); add(25, s1t, s0w); add(26, s1w, s0t); add(27, s1wt, s0wt)
        add(28, b0w, b1w); add(29, s0t, b1t); add(30, s0w, b1w)
        // Triples of tags.
        add(31, b0t, b1t, b2t); add(32, s0t, b0t, b1t); add(33, s1t, s0t, b0t); add(34, s2t, s1t, s0t)
        add(35, s0t, s0Lt, b0t); add(36, s0t, s0Rt, b0t); add(37, s0t, b0t, b0Lt); add(38, s1t, s1Rt, s0t)
        add(39, s1t, s1Lt, s0t); add(40, s0t, s0Lt, s0L2t); add(41, s0t, s0Rt, s0R2t); add(42, b0t, b0Lt, b0L2t)
        add(43, s1t, s0t, s0Rt); add(44, s1t, s0t, s0Lt)
        // Distance.
        add(45, s0w, distance); add(46, s0t, distance); add(47, b0w, distance); add(48, b0t, distance)
        add(49, s0t, b0t, distance); add(50, s1t, s0t, distance10); add(51, s1w, s0w, distance10)
        // Valency.
        add(52, s0w, s0vr); add(53, s0t, s0vr); add(54, s0w, s0vl); add(55, s0t, s0vl)
        add(56, b0w, b0vl); add(57, b0t, b0vl); add(58, s1t, s1vr)
        // Children.
        add(59, inputs.word(s0L)); add(60, s0Lt); add(61, inputs.word(s0R)); add(62, s0Rt)
        add(63, inputs.word(b0L)); add(64, b0Lt); add(65, inputs.word(s1R)); add(66, s1Rt)
        add(67, s0L2t); add(68, s0R2t); add(69, b0L2t)
        add(70, s0wt, b0t, b1t); add(71, s1t, s0wt, b0t)
        // Universal parts of speech and suffixes.
        let s0u = inputs.upos(s0), s1u = inputs.upos(s1), b0u = inputs.upos(b0), b1u = inputs.upos(b1)
        add(72, s0u); add(73, b0u); add(74, b1u); add(75, s1u)
        add(76, s0u, b0u); add(77, s1u, s0u); add(78, s0u, b0u, b1u); add(79, s1u, s0u, b0u)
        add(80, inputs.suffix(s0)); add(81, inputs.suffix(b0)); add(82, inputs.suffix(b1))
        add(83, s0w, b0u); add(84, s0u, b0w)
        // Brown clusters, when the model has them.
        guard inputs.hasClusters else { return }
        let s0c = inputs.cluster(s0), s1c = inputs.cluster(s1), b0c = inputs.cluster(b0), b1c = inputs.cluster(b1)
        let s0c4 = inputs.cluster4(s0), s1c4 = inputs.cluster4(s1), b0c4 = inputs.cluster4(b0), b1c4 = inputs.cluster4(b1)
        add(85, s0c); add(86, b0c); add(87, b1c); add(88, s1c)
        add(89, s0c, b0c); add(90, s0c4, b0c4); add(91, s0c, b0t); add(92, s0t, b0c)
        add(93, s1c4, s0c4); add(94, s0c4, b0c4, b1c4); add(95, b0c, b1c4)
    }

    /// The head of every word (`count` means the root) of one sentence.
    func parse(_ inputs: Inputs) -> [Int] {
        var state = ParseState(count: inputs.count)
        var features: [UInt64] = []
        features.reserveCapacity(Self.templateCount)
        var scores: (Float, Float, Float) = (0, 0, 0)
        while !state.isTerminal {
            // One valid transition (an empty stack, or the buffer down to the root) needs no
            // scoring: a sentence's first shift and the reductions at its end, about a
            // fifth of all decisions.
            if let forced = state.onlyValidTransition {
                state.apply(forced)
                continue
            }
            Self.features(state, inputs, into: &features)
            features.withUnsafeBufferPointer { transitions.accumulate($0, into: &scores) }
            var best = -1
            var bestScore = -Float.infinity
            for transition in 0..<3 where state.isValid(transition) {
                let score = transition == 0 ? scores.0 : transition == 1 ? scores.1 : scores.2
                if best < 0 || score > bestScore {
                    best = transition
                    bestScore = score
                }
            }
            state.apply(best)
        }
        return Array(state.heads.prefix(inputs.count))
    }

    func write(to writer: inout BinaryWriter) {
        guard let weights else { preconditionFailure("a parser read from a file is not written again") }
        weights.write(to: &writer)
    }

    static func read(from reader: inout BinaryReader) throws -> DependencyParser {
        let rows = try SparseWeights.readRows(from: &reader)
        guard rows.classCount == 3 else { throw BinaryReader.Failure.corrupt("parser weights have \(rows.classCount) classes") }
        return DependencyParser(transitions: TransitionWeights(rows: rows))
    }
}
