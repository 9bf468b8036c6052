/// A greedy left-to-right averaged-perceptron tagger (Collins 2002; the features of
/// Honnibal's "A good part-of-speech tagger in about 200 lines", with more context on the
/// right). Each class is a UPOS and Penn tag pair ("PROPN\tNNP"), so one decision gives both.
///
/// Words that training saw often with one tag only are tagged from a dictionary without
/// scoring: half the words of news are such function words, and it costs nothing.
public struct PartOfSpeechTagger: Sendable {
    public let classes: [String]
    let weights: SparseWeights
    /// Exact form hash to class, for frequent unambiguous words.
    let dictionary: [UInt64: UInt16]

    static let templateCount = 36
    static let start: UInt64 = 0x5A5A_0000_0000_0003

    /// Fills `features` for word `index`, given the classes of the two words before it.
    @inline(__always)
    static func features(_ words: WordHashes, _ index: Int, previous: UInt64, beforePrevious: UInt64, into features: inout [UInt64]) {
        let i = index
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
    }

    /// The class of every word of a sentence.
    public func tag(_ words: WordHashes) -> [Int] {
        var result = [Int](repeating: 0, count: words.count)
        var features: [UInt64] = []
        features.reserveCapacity(Self.templateCount)
        var scores = [Float](repeating: 0, count: classes.count)
        var previous = Self.start
        var beforePrevious = Self.start
        for index in 0..<words.count {
            let chosen: Int
            if let known = dictionary[words.form(index)] {
                chosen = Int(known)
            } else {
                Self.features(words, index, previous: previous, beforePrevious: beforePrevious, into: &features)
                chosen = scores.withUnsafeMutableBufferPointer { scores in
                    for cls in 0..<scores.count { scores[cls] = 0 }
                    features.withUnsafeBufferPointer { weights.accumulate($0, into: scores.baseAddress!) }
                    return Self.argmax(scores)
                }
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
        let weights = try SparseWeights.read(from: &reader)
        guard weights.classCount == classes.count else { throw BinaryReader.Failure.corrupt("tagger weights do not match its classes") }
        return PartOfSpeechTagger(classes: classes, weights: weights, dictionary: dictionary)
    }
}
