/// What the tagger and parser know of each word of a sentence, hashed once: the normalized
/// lower-case form, the exact form, affixes and shape. Features combine these numbers, so
/// decoding a sentence hashes each word once and builds no string afterwards.
public struct WordHashes: Sendable {
    public private(set) var lower: [UInt64] = []
    public private(set) var form: [UInt64] = []
    /// Suffixes of one to four scalars and prefixes of one to three, four and three a word.
    public private(set) var suffixes: [UInt64] = []
    public private(set) var prefixes: [UInt64] = []
    public private(set) var shape: [UInt64] = []
    /// Each word's Brown cluster (`WordClusters`) cut to 4 and 6 steps and whole, three a
    /// word; `none` for a word the clusters lack. Empty when the model has no clusters: its
    /// features then read none of them, as before clusters were added.
    public private(set) var clusters: [UInt64] = []
    public let hasClusters: Bool
    public var count: Int { lower.count }

    public static let none: UInt64 = 0x5A5A_0000_0000_0001
    public static let root: UInt64 = 0x5A5A_0000_0000_0002

    public init<Forms: Collection>(_ forms: Forms, clusters: WordClusters = .empty) where Forms.Element: StringProtocol {
        hasClusters = !clusters.isEmpty
        lower.reserveCapacity(forms.count)
        if hasClusters { self.clusters.reserveCapacity(forms.count * 3) }
        for form in forms { append(form, clusters) }
    }

    private mutating func append<Form: StringProtocol>(_ word: Form, _ table: WordClusters) {
        var lowered: [UInt32] = []
        var shapeCode: [UInt32] = []
        var digits = 0
        var letters = 0
        lowered.reserveCapacity(word.unicodeScalars.count)
        for scalar in word.unicodeScalars {
            let value = scalar.value
            let kind: UInt32
            if value >= 65 && value <= 90 {
                lowered.append(value + 32)
                kind = 88  // X
                letters += 1
            } else if value >= 97 && value <= 122 {
                lowered.append(value)
                kind = 120  // x
                letters += 1
            } else if value >= 48 && value <= 57 {
                lowered.append(value)
                kind = 100  // d
                digits += 1
            } else if value < 128 {
                lowered.append(value)
                kind = value
            } else {
                let properties = scalar.properties
                if properties.isUppercase {
                    for lowerScalar in properties.lowercaseMapping.unicodeScalars { lowered.append(lowerScalar.value) }
                    kind = 88
                    letters += 1
                } else if properties.isAlphabetic {
                    lowered.append(value)
                    kind = 120
                    letters += 1
                } else {
                    lowered.append(value)
                    kind = value
                }
            }
            // Runs of one kind longer than four collapse, as spaCy's shape does ("Xxxxx").
            if shapeCode.count >= 4, shapeCode.suffix(4).allSatisfy({ $0 == kind }) { continue }
            shapeCode.append(kind)
        }
        let isNumber = digits > 0 && letters == 0
        let normalized: UInt64
        if isNumber {
            normalized = FeatureHash.string(digits == 4 && lowered.count == 4 ? "!YEAR" : "!DIGITS\(min(digits, 5))")
        } else {
            normalized = Self.hash(lowered[...])
        }
        lower.append(normalized)
        form.append(FeatureHash.string(String(word)))
        for length in 1...4 {
            suffixes.append(lowered.count >= length ? Self.hash(lowered.suffix(length)) &+ UInt64(length) : Self.none)
        }
        for length in 1...3 {
            prefixes.append(lowered.count >= length ? Self.hash(lowered.prefix(length)) &+ UInt64(length) : Self.none)
        }
        shape.append(Self.hash(shapeCode[...]))
        guard hasClusters else { return }
        if let path = table.path(form: form[form.count - 1], lower: normalized) {
            let value = UInt64(path)
            clusters.append((value & 0xF) &+ 0xC400_0000)
            clusters.append((value & 0x3F) &+ 0xC600_0000)
            clusters.append(value &+ 0xCF00_0000)
        } else {
            for _ in 0..<3 { clusters.append(Self.none) }
        }
    }

    private static func hash(_ scalars: ArraySlice<UInt32>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for value in scalars {
            hash ^= UInt64(value)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    @inline(__always) public func lower(_ index: Int) -> UInt64 { index >= 0 && index < count ? lower[index] : Self.none }
    @inline(__always) public func form(_ index: Int) -> UInt64 { index >= 0 && index < count ? form[index] : Self.none }
    @inline(__always) public func shape(_ index: Int) -> UInt64 { index >= 0 && index < count ? shape[index] : Self.none }
    /// The suffix of `length` (1...4) scalars.
    @inline(__always) public func suffix(_ index: Int, _ length: Int) -> UInt64 {
        index >= 0 && index < count ? suffixes[index * 4 + length - 1] : Self.none
    }
    /// The cluster cut to 4 steps (`0`), 6 steps (`1`) or whole (`2`).
    @inline(__always) public func cluster(_ index: Int, _ cut: Int) -> UInt64 {
        hasClusters && index >= 0 && index < count ? clusters[index * 3 + cut] : Self.none
    }
    /// The prefix of `length` (1...3) scalars.
    @inline(__always) public func prefix(_ index: Int, _ length: Int) -> UInt64 {
        index >= 0 && index < count ? prefixes[index * 3 + length - 1] : Self.none
    }
}
