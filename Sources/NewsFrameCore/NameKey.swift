import Foundation

/// A spelling-tolerant key for comparing names across outlets ("Ain al-Asad Air Base",
/// "Al Asad airbase", "Ayn al-Asad"): lowercased, diacritics and ʿayn marks dropped, hyphens
/// and apostrophes split words, Arabic-style articles removed, and each word reduced to its
/// first letter and its consonants with doubled letters collapsed (the articles and the vowels
/// are data: `events-merge.tsv`, settings `name_articles` and `name_vowels`), so transliterations that differ in vowels
/// or gemination meet. Two names are compatible when one's words all occur in the other's, or its
/// letters run inside the other's ("airbase", "air base").
public struct NameKey: Sendable, Hashable {
    /// What a key leaves out: whole words (articles) and letters after a word's first (vowels).
    public struct Spelling: Sendable {
        public var articles: Set<String>
        public var vowels: Set<Unicode.Scalar>

        public init(articles: Set<String> = [], vowels: Set<Unicode.Scalar> = []) {
            self.articles = articles
            self.vowels = vowels
        }

        /// The `name_articles` and `name_vowels` lines of a merge settings table (`|`-separated).
        public init(table: LexiconTable) {
            var settings: [String: String] = [:]
            for row in table.rows { if let key = row["setting"], let value = row["value"] { settings[key] = value } }
            let articles = (settings["name_articles"] ?? "").split(separator: "|").map { $0.lowercased() }
            let vowels = (settings["name_vowels"] ?? "").split(separator: "|").compactMap { $0.lowercased().unicodeScalars.first }
            self.init(articles: Set(articles), vowels: Set(vowels))
        }
    }

    public let words: [String]
    /// The words run together, kept for the comparison of "airbase" with "air base".
    let joined: String

    public init(_ name: String, spelling: Spelling) {
        let articles = spelling.articles
        var result: [String] = []
        var current = ""
        func flush() {
            defer { current = "" }
            guard !current.isEmpty, !articles.contains(current) else { return }
            result.append(Self.skeleton(current, vowels: spelling.vowels))
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
        joined = result.joined()
    }

    /// First letter, then the consonants and digits, with repeated letters collapsed ("assad" →
    /// "asd"; "22" stays "22").
    static func skeleton(_ word: String, vowels: Set<Unicode.Scalar>) -> String {
        var result = ""
        var last: Unicode.Scalar? = nil
        for (offset, scalar) in word.unicodeScalars.enumerated() {
            if offset > 0, vowels.contains(scalar) { continue }
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
        let (short, long) = words.count <= other.words.count ? (self, other) : (other, self)
        if short.words.allSatisfy(long.words.contains) { return true }
        // "airbase" and "air base": the words run together.
        return short.joined.unicodeScalars.count >= 4 && long.joined.contains(short.joined)
    }
}
