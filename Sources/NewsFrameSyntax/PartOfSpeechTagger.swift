/// A greedy left-to-right averaged-perceptron tagger (Collins 2002; the features of
/// Honnibal's "A good part-of-speech tagger in about 200 lines", with more context on the
/// right). Each class is a UPOS and Penn tag pair ("PROPN\tNNP"), so one decision gives both.
///
/// Words that training saw often with one tag only are tagged from a dictionary without
/// scoring: half the words of news are such function words, and it costs nothing.
///
/// Each word also carries its ambiguity class, the set of tags training saw it with
/// ("NN|VB|VBP" for "attack"): for the words to the right, not yet tagged, it tells what they
/// can be, which a left-to-right tagger otherwise cannot know.
public struct PartOfSpeechTagger: Sendable {
    public let classes: [String]
    let weights: SparseWeights
    /// Exact form hash to class, for frequent unambiguous words.
    let dictionary: [UInt64: UInt16]
    /// Lower-case form hash to the hash of its ambiguity class.
    let ambiguity: [UInt64: UInt64]

    /// The hash of a set of classes, as training makes it.
    static func ambiguityHash(_ classes: [Int]) -> UInt64 {
        Set(classes).sorted().reduce(UInt64(0x51ED)) { FeatureHash.combine($0, UInt64($1) &+ 1) }
    }

    /// This tagger, also knowing the possible tags of listed forms it never saw in training
    /// (`syntax-lemmas.tsv`: "overran" can only be a past tense). Forms training saw keep
    /// what training saw; tags outside the model's classes are ignored.
    func knowing(_ forms: [(form: String, tags: [String])]) -> PartOfSpeechTagger {
        var byXPOS: [String: [Int]] = [:]
        for (index, label) in classes.enumerated() {
            let parts = label.split(separator: "\t")
            if parts.count == 2, parts[0] == "VERB" { byXPOS[String(parts[1]), default: []].append(index) }
        }
        var extended = ambiguity
        for (form, tags) in forms {
            let key = WordHashes([form]).lower(0)
            guard extended[key] == nil else { continue }
            let ids = tags.flatMap { byXPOS[$0] ?? [] }
            if !ids.isEmpty { extended[key] = Self.ambiguityHash(ids) }
        }
        return PartOfSpeechTagger(classes: classes, weights: weights, dictionary: dictionary, ambiguity: extended)
    }

    /// The ambiguity class of each word of a sentence.
    func ambiguityClasses(_ words: WordHashes) -> [UInt64] {
        (0..<words.count).map { ambiguity[words.lower($0)] ?? WordHashes.none }
    }

    static let templateCount = 51
    static let start: UInt64 = 0x5A5A_0000_0000_0003

    /// Fills `features` for word `index`, given the classes of the two words before it.
    @inline(__always)
    static func features(
        _ words: WordHashes, _ ambiguity: [UInt64], _ index: Int, previous: UInt64, beforePrevious: UInt64, into features: inout [UInt64]
    ) {
        let i = index
        func amb(_ position: Int) -> UInt64 { position >= 0 && position < ambiguity.count ? ambiguity[position] : WordHashes.none }
        let w = words.lower(i)
        features.removeAll(keepingCapacity: true)
        features.append(FeatureHash.feature(0, 1))
        features.append(FeatureHash.feature(1, w))
        features.append(FeatureHash.feature(2, words.form(i)))
        features.append(FeatureHash.feature(3, words.suffix(i, 1)))
        features.append(FeatureHash.feature(4, words.suffix(i, 2)))
        features.append(FeatureHash.feature(5, words.suffix(i, 3)))
        features.append(FeatureHash.feature(6, words.suffix(i, 4)))
        features.append(FeatureHash.feature(7, words.prefix(i, 1)))
        features.append(FeatureHash.feature(8, words.prefix(i, 2)))
        features.append(FeatureHash.feature(9, words.prefix(i, 3)))
        features.append(FeatureHash.feature(10, words.shape(i)))
        features.append(FeatureHash.feature(11, previous))
        features.append(FeatureHash.feature(12, beforePrevious))
        features.append(FeatureHash.feature(13, previous, beforePrevious))
        features.append(FeatureHash.feature(14, previous, w))
        features.append(FeatureHash.feature(15, words.lower(i - 1)))
        features.append(FeatureHash.feature(16, words.lower(i - 2)))
        features.append(FeatureHash.feature(17, words.lower(i + 1)))
        features.append(FeatureHash.feature(18, words.lower(i + 2)))
        features.append(FeatureHash.feature(19, words.suffix(i - 1, 3)))
        features.append(FeatureHash.feature(20, words.suffix(i + 1, 3)))
        features.append(FeatureHash.feature(21, words.shape(i - 1), words.shape(i)))
        features.append(FeatureHash.feature(22, words.lower(i - 1), w))
        features.append(FeatureHash.feature(23, w, words.lower(i + 1)))
        features.append(FeatureHash.feature(24, previous, words.lower(i + 1)))
        features.append(FeatureHash.feature(25, i == 0 ? 1 : 2, words.shape(i)))
        features.append(FeatureHash.feature(26, words.shape(i + 1)))
        features.append(FeatureHash.feature(27, words.suffix(i + 1, 2), words.suffix(i, 3)))
        features.append(FeatureHash.feature(28, words.lower(i + 1), words.lower(i + 2)))
        features.append(FeatureHash.feature(29, previous, words.suffix(i, 3)))
        features.append(FeatureHash.feature(30, words.lower(i - 1), words.lower(i + 1)))
        features.append(FeatureHash.feature(31, words.suffix(i, 3), words.lower(i + 1)))
        features.append(FeatureHash.feature(32, words.lower(i - 1), words.suffix(i, 3)))
        features.append(FeatureHash.feature(33, previous, beforePrevious, words.suffix(i, 2)))
        features.append(FeatureHash.feature(34, words.suffix(i + 2, 3)))
        features.append(FeatureHash.feature(35, words.shape(i + 1), words.shape(i)))
        features.append(FeatureHash.feature(36, amb(i)))
        features.append(FeatureHash.feature(37, amb(i + 1)))
        features.append(FeatureHash.feature(38, amb(i + 2)))
        features.append(FeatureHash.feature(39, amb(i), amb(i + 1)))
        features.append(FeatureHash.feature(40, previous, amb(i), amb(i + 1)))
        features.append(FeatureHash.feature(41, amb(i + 1), amb(i + 2)))
        features.append(FeatureHash.feature(42, w, amb(i + 1)))
        // Brown clusters, when the model has them: what the word and its neighbours are like
        // in unlabelled text.
        guard words.hasClusters else { return }
        features.append(FeatureHash.feature(43, words.cluster(i, 0)))
        features.append(FeatureHash.feature(44, words.cluster(i, 1)))
        features.append(FeatureHash.feature(45, words.cluster(i, 2)))
        features.append(FeatureHash.feature(46, words.cluster(i - 1, 2)))
        features.append(FeatureHash.feature(47, words.cluster(i + 1, 2)))
        features.append(FeatureHash.feature(48, words.cluster(i + 2, 1)))
        features.append(FeatureHash.feature(49, previous, words.cluster(i, 2)))
        features.append(FeatureHash.feature(50, words.cluster(i, 1), words.cluster(i + 1, 1)))
    }

    /// The class of every word of a sentence.
    public func tag(_ words: WordHashes) -> [Int] {
        var result = [Int](repeating: 0, count: words.count)
        var features: [UInt64] = []
        features.reserveCapacity(Self.templateCount)
        var previous = Self.start
        var beforePrevious = Self.start
        let ambiguity = ambiguityClasses(words)
        for index in 0..<words.count {
            let chosen: Int
            if let known = dictionary[words.form(index)] {
                chosen = Int(known)
            } else {
                Self.features(words, ambiguity, index, previous: previous, beforePrevious: beforePrevious, into: &features)
                chosen = features.withUnsafeBufferPointer { weights.best($0) }
            }
            result[index] = chosen
            beforePrevious = previous
            previous = UInt64(chosen) &+ 17
        }
        return result
    }

    @inline(__always)
    static func argmax(_ scores: UnsafeMutableBufferPointer<Float>) -> Int {
        var best = 0
        var bestScore = -Float.infinity
        for index in 0..<scores.count where scores[index] > bestScore {
            best = index
            bestScore = scores[index]
        }
        return best
    }

    func write(to writer: inout BinaryWriter) {
        writer.write(classes)
        writer.write(UInt32(dictionary.count))
        for key in dictionary.keys.sorted() {
            writer.write(key)
            writer.write(dictionary[key]!)
        }
        writer.write(UInt32(ambiguity.count))
        for key in ambiguity.keys.sorted() {
            writer.write(key)
            writer.write(ambiguity[key]!)
        }
        weights.write(to: &writer)
    }

    static func read(from reader: inout BinaryReader) throws -> PartOfSpeechTagger {
        let classes = try reader.readStrings()
        let count = Int(try reader.read(UInt32.self))
        var dictionary: [UInt64: UInt16] = [:]
        dictionary.reserveCapacity(count)
        for _ in 0..<count {
            let key = try reader.read(UInt64.self)
            let value = try reader.read(UInt16.self)
            guard Int(value) < classes.count else { throw BinaryReader.Failure.corrupt("tag dictionary class \(value) out of range") }
            dictionary[key] = value
        }
        let ambiguityCount = Int(try reader.read(UInt32.self))
        var ambiguity: [UInt64: UInt64] = [:]
        ambiguity.reserveCapacity(ambiguityCount)
        for _ in 0..<ambiguityCount {
            let key = try reader.read(UInt64.self)
            ambiguity[key] = try reader.read(UInt64.self)
        }
        let weights = try SparseWeights.read(from: &reader)
        guard weights.classCount == classes.count else { throw BinaryReader.Failure.corrupt("tagger weights do not match its classes") }
        return PartOfSpeechTagger(classes: classes, weights: weights, dictionary: dictionary, ambiguity: ambiguity)
    }
}
