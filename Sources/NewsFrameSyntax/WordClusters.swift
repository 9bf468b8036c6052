/// Brown clusters of words (Brown et al. 1992), learnt from far more text than the treebanks
/// hold: words that occur in like contexts share a bit path, and a prefix of the path is a
/// coarser class. The tagger, parser and labeller read them as features (Koo, Carreras &
/// Collins 2008), so a word the treebanks never showed ("overran", "Kandahar") still looks like
/// the words it behaves like.
///
/// A path is kept as a number whose lowest bit is the path's first step, so the class of the
/// first `k` steps is the number's low `k` bits. The number does not keep the path's length
/// ("011" and "0110" are one number), which is harmless for the leaves of a Brown tree: no
/// leaf's path begins another's. Forms are keyed by their lower-case hash (`WordHashes.lower`):
/// the lower-case form's own path when the file lists it, else its first casing's; a casing
/// whose path differs ("US" beside "us", "May" beside "may") is keyed by its exact hash
/// (`WordHashes.form`) as well.
public struct WordClusters: Sendable {
    let paths: [UInt64: UInt32]

    public static let empty = WordClusters(paths: [:])

    init(paths: [UInt64: UInt32]) { self.paths = paths }

    public var count: Int { paths.count }
    public var isEmpty: Bool { paths.isEmpty }

    /// Reads the clusters file `scripts/fetch-word-clusters.sh` writes: `path<TAB>word`, most
    /// frequent words first, `#` lines are comments (a line may end in CR LF).
    public init(tsv: String) throws {
        var entries: [(word: Substring, path: UInt32)] = []
        var lineNumber = 0
        for rawLine in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[1].isEmpty, let path = Self.number(ofPath: fields[0]) else {
                throw BinaryReader.Failure.corrupt("line \(lineNumber): expected a path of 1 to 32 binary digits, a tab and a word")
            }
            entries.append((fields[1], path))
        }
        // Lower-case forms first, so that "may" keeps its own path whatever casing came before.
        var paths: [UInt64: UInt32] = [:]
        var lowerOwned = Set<UInt64>()
        for (word, path) in entries where word.lowercased() == word {
            let lower = WordHashes([word]).lower(0)
            if lowerOwned.insert(lower).inserted { paths[lower] = path }
        }
        for (word, path) in entries where word.lowercased() != word {
            let hashes = WordHashes([word])
            if let known = paths[hashes.lower(0)] {
                if known != path, paths[hashes.form(0)] == nil { paths[hashes.form(0)] = path }
            } else {
                paths[hashes.lower(0)] = path
            }
        }
        self.paths = paths
    }

    /// "0110" → 0b0110 read from its end: the first step is the lowest bit.
    static func number(ofPath path: Substring) -> UInt32? {
        guard !path.isEmpty, path.count <= 32 else { return nil }
        var value: UInt32 = 0
        for (step, digit) in path.enumerated() {
            switch digit {
            case "0": break
            case "1": value |= 1 << UInt32(step)
            default: return nil
            }
        }
        return value
    }

    /// The path of a word, its exact casing first.
    @inline(__always)
    func path(form: UInt64, lower: UInt64) -> UInt32? {
        paths[form] ?? paths[lower]
    }

    func write(to writer: inout BinaryWriter) {
        writer.write(UInt32(paths.count))
        for key in paths.keys.sorted() {
            writer.write(key)
            writer.write(paths[key]!)
        }
    }

    static func read(from reader: inout BinaryReader) throws -> WordClusters {
        let count = Int(try reader.read(UInt32.self))
        // (No capacity reserved from the count: a corrupt file ends in a truncation error, not
        // in a huge allocation.)
        var paths: [UInt64: UInt32] = [:]
        for _ in 0..<count {
            let key = try reader.read(UInt64.self)
            paths[key] = try reader.read(UInt32.self)
        }
        return WordClusters(paths: paths)
    }
}
