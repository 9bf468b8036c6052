import Foundation

/// A spelling-tolerant key for comparing names across outlets ("Ain al-Asad Air Base",
/// "Al Asad airbase", "Ayn al-Asad"): lowercased, diacritics and ʿayn marks dropped, hyphens
/// and apostrophes split words, Arabic-style articles removed (the list is data:
/// `events-merge.tsv`, setting `name_articles`), and each word reduced to its first letter and
/// its consonants with doubled letters collapsed, so transliterations that differ in vowels
/// or gemination meet. Two names are compatible when one's words all occur in the other's, or its
/// letters run inside the other's ("airbase", "air base").
public struct NameKey: Sendable, Hashable {
    public let words: [String]

    public init(_ name: String, articles: Set<String>) {
        var result: [String] = []
        var current = ""
        func flush() {
            defer { current = "" }
            guard !current.isEmpty, !articles.contains(current) else { return }
            result.append(Self.skeleton(current))
        }
        for scalar in name.lowercased().decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        words = result
    }

    /// First letter, then the consonants and digits, with repeated letters collapsed ("assad" →
    /// "asd"; "22" stays "22").
    static func skeleton(_ word: String) -> String {
        var result = ""
        var last: Unicode.Scalar? = nil
        for (offset, scalar) in word.unicodeScalars.enumerated() {
            if offset > 0, "aeiouy".unicodeScalars.contains(scalar) { continue }
            if scalar == last, !("0"..."9").contains(scalar) { continue }
            result.unicodeScalars.append(scalar)
            last = scalar
        }
        return result
    }

    public var isEmpty: Bool { words.isEmpty }

    /// One name's words all occur in the other's ("Al Asad airbase" in "Ain al-Asad Air Base").
    public func isCompatible(with other: NameKey) -> Bool {
        guard !words.isEmpty, !other.words.isEmpty else { return false }
        let (short, long) = words.count <= other.words.count ? (words, other.words) : (other.words, words)
        if short.allSatisfy(long.contains) { return true }
        // "airbase" and "air base": the words run together.
        let joined = short.joined()
        return joined.count >= 4 && long.joined().contains(joined)
    }
}
