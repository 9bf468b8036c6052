/// Brown clusters of words (Brown et al. 1992), learnt from far more text than the treebanks
/// hold: words that occur in like contexts share a bit path, and a prefix of the path is a
/// coarser class. The tagger and parser read them as features (Koo, Carreras & Collins
/// 2008), so a word the treebanks never showed ("overran", "Kandahar") still looks like the
/// words it behaves like.
///
/// A path is kept as a number whose lowest bit is the path's first step, so the class of the
/// first `k` steps is the number's low `k` bits. Forms are keyed by their lower-case hash
/// (`WordHashes.lower`); a casing whose cluster differs from its lower-case form's
/// ("US" beside "us") is keyed by its exact hash (`WordHashes.form`) as well.
public struct WordClusters: Sendable {
    let paths: [UInt64: UInt32]

    public static let empty = WordClusters(paths: [:])

    init(paths: [UInt64: UInt32]) { self.paths = paths }

    public var count: Int { paths.count }
    public var isEmpty: Bool { paths.isEmpty }

    /// Reads the clusters file `scripts/fetch-word-clusters.sh` writes: `path<TAB>word`, most
    /// frequent words first, `#` lines are comments. The first casing of a lower-case form
    /// gives that form's cluster.
    public init(tsv: String) throws {
        var paths: [UInt64: UInt32] = [:]
        var lineNumber = 0
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2, !fields[1].isEmpty, let path = Self.number(ofPath: fields[0]) else {
                throw BinaryReader.Failure.corrupt("line \(lineNumber): expected a path of 1 to 32 binary digits, a tab and a word")
            }
            let hashes = WordHashes([fields[1]])
            let lower = hashes.lower(0)
            if let known = paths[lower] {
                if known != path, paths[hashes.form(0)] == nil { paths[hashes.form(0)] = path }
            } else {
                paths[lower] = path
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
        var paths: [UInt64: UInt32] = [:]
        paths.reserveCapacity(count)
        for _ in 0..<count {
            let key = try reader.read(UInt64.self)
            paths[key] = try reader.read(UInt32.self)
        }
        return WordClusters(paths: paths)
    }
}
