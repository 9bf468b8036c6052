/// Gives every arc of a parsed sentence its Universal Dependencies relation, reading the
/// whole tree: the dependent, its head and grandparent, the function words attached to each
/// (a `by` under a noun, a `was` beside a participle), and the relations already given to
/// earlier siblings (a verb's second nominal is rarely a second subject).
///
/// Labelling after parsing keeps the parser's decisions to three classes, so it stays fast,
/// while the labeller sees more than a transition could (children to the right too).
public struct DependencyLabeller: Sendable {
    public let relations: [String]
    let weights: SparseWeights
    /// Punctuation is `punct` whatever its head (UD's rule), so it is given without scoring.
    let punctRelation: Int

    init(relations: [String], weights: SparseWeights) {
        self.relations = relations
        self.weights = weights
        punctRelation = relations.firstIndex(of: "punct") ?? -1
    }

    static let templateCount = 43

    struct Tree {
        let heads: [Int]
        let children: [[Int]]

        init(heads: [Int]) {
            self.heads = heads
            var children = [[Int]](repeating: [], count: heads.count + 1)
            for (dependent, head) in heads.enumerated() where head >= 0 { children[head].append(dependent) }
            self.children = children
        }
    }

    /// Features of word `d`; `labels` holds the classes given so far (words before `d`).
    static func features(
        _ d: Int, words: WordHashes, inputs: DependencyParser.Inputs, tree: Tree, labels: [Int], punctuationCoarse: UInt64,
        into features: inout [UInt64]
    ) {
        features.removeAll(keepingCapacity: true)
        let count = inputs.count
        let h = tree.heads[d]
        let dw = inputs.word(d), dt = inputs.tag(d)
        let hw = inputs.word(h), ht = inputs.tag(h)
        let direction: UInt64 = d < h ? 1 : 2
        let distance = UInt64(min(abs(h - d), 8))
        let grand = h < count ? tree.heads[h] : ParseState.none
        let gt = inputs.tag(grand)
        let own = tree.children[d]
        let siblings = tree.children[h]
        let firstChild = own.first ?? ParseState.none
        let lastChild = own.last ?? ParseState.none
        var previousSibling = ParseState.none
        var position: UInt64 = 0
        for sibling in siblings {
            if sibling >= d { break }
            if (sibling < h) == (d < h) {
                previousSibling = sibling
                position += 1
            }
        }
        let previousLabel: UInt64 = previousSibling >= 0 ? UInt64(labels[previousSibling]) &+ 7 : WordHashes.none

        func add(_ template: UInt64, _ a: UInt64) { features.append(FeatureHash.feature(template, a)) }
        func add(_ template: UInt64, _ a: UInt64, _ b: UInt64) { features.append(FeatureHash.feature(template, a, b)) }
        func add(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) {
            features.append(FeatureHash.feature(template, a, b, c))
        }
        add(0, dt); add(1, dw); add(2, dw, dt); add(3, ht); add(4, hw); add(5, hw, ht)
        add(6, dt, ht, direction); add(7, dw, ht, direction); add(8, dt, hw, direction)
        add(9, FeatureHash.combine(dt, ht), direction, distance); add(10, dw, hw)
        add(11, inputs.word(firstChild), dt); add(12, inputs.tag(firstChild), dt); add(13, inputs.tag(lastChild), dt)
        add(14, gt, ht, dt)
        add(15, previousLabel, dt, direction); add(16, previousLabel, dt, ht)
        add(17, inputs.word(d + 1 < count ? d + 1 : ParseState.none), dt)
        add(18, inputs.word(d - 1), dt)
        add(19, words.suffix(d, 3), ht)
        // The function words next to the head (auxiliaries, copulas, markers).
        var seen = 0
        for sibling in siblings.reversed() where sibling < h && sibling != d && seen < 3 {
            add(20, inputs.word(sibling), ht)
            add(21, inputs.word(sibling), dt, direction)
            seen += 1
        }
        add(23, UInt64(min(own.count, 4)), dt)
        add(24, d == 0 ? 1 : 2, dt)
        add(26, inputs.word(firstChild), ht, direction)
        add(27, ht, direction, min(position, 3))
        add(28, dw, direction, distance)
        add(29, dt, UInt64(min(siblings.count, 6)), direction)
        add(30, inputs.word(firstChild), inputs.word(own.count > 1 ? own[1] : ParseState.none), dt)
        add(31, words.shape(d), dt, ht)
        add(32, gt, inputs.word(grand), dt)
        add(33, h == count ? 1 : 2, dt)
        // The universal parts of speech; what was said of the dependent's own left children
        // (a "cc" child makes a conjunct); whether a comma or other punctuation stands between
        // dependent and head (appositions, parataxis, conjuncts).
        let du = inputs.upos(d), hu = inputs.upos(h)
        add(34, du, hu, direction)
        add(35, du, inputs.word(firstChild), hu)
        if firstChild >= 0 && firstChild < d { add(36, UInt64(labels[firstChild]) &+ 7, dt) }
        var punctuationBetween: UInt64 = 0
        if h < count {
            for index in (min(d, h) + 1)..<max(d, h) where inputs.upos(index) == punctuationCoarse {
                punctuationBetween = 1
                break
            }
        }
        add(37, punctuationBetween, du, hu)
        add(38, punctuationBetween, previousLabel, du)
        add(39, d == count - 1 ? 1 : 2, du)
        // Brown clusters of dependent and head, when the model has them: what kind of word
        // each is beyond its tag.
        guard words.hasClusters else { return }
        add(40, words.cluster(d, 2), ht)
        add(41, dt, words.cluster(h, 2))
        add(42, words.cluster(d, 1), words.cluster(h, 1), direction)
    }

    /// The relation class of every word of a parsed sentence.
    func label(words: WordHashes, inputs: DependencyParser.Inputs, heads: [Int], punctuationCoarse: UInt64) -> [Int] {
        let tree = Tree(heads: heads)
        var labels = [Int](repeating: 0, count: heads.count)
        var features: [UInt64] = []
        features.reserveCapacity(Self.templateCount + 6)
        for word in 0..<heads.count {
            if inputs.upos(word) == punctuationCoarse, punctRelation >= 0 {
                labels[word] = punctRelation
                continue
            }
            Self.features(word, words: words, inputs: inputs, tree: tree, labels: labels, punctuationCoarse: punctuationCoarse, into: &features)
            labels[word] = features.withUnsafeBufferPointer { weights.best($0) }
        }
        return labels
    }

    func write(to writer: inout BinaryWriter) {
        writer.write(relations)
        weights.write(to: &writer)
    }

    static func read(from reader: inout BinaryReader) throws -> DependencyLabeller {
        let relations = try reader.readStrings()
        let weights = try SparseWeights.read(from: &reader)
        guard weights.classCount == relations.count else { throw BinaryReader.Failure.corrupt("labeller weights do not match its relations") }
        return DependencyLabeller(relations: relations, weights: weights)
    }
}
