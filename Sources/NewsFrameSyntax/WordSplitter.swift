import NewsFrameCore

/// The one place where ICU's tokens become Universal Dependencies words
/// (`Lexicons/syntax-words.tsv`): clitics split off the end of a token ("do" "n't",
/// "Iran" "'s"), whole tokens split at fixed places ("ca" "n't", "can" "not"), and tokens
/// joined where ICU cut what UD keeps whole (the "'" and "s" of "U.S.'s" make "'s").
///
/// Words keep scalar offsets into the document, so every later stage and export maps a word
/// back to its token and its text.
public struct WordSplitter: Sendable {
    public struct Piece: Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var token: Int
    }

    /// Lower-case suffixes with their rule, longest first.
    private let suffixes: [(suffix: [Unicode.Scalar], ruleID: String)]
    /// Lower-case whole tokens and the lengths (in scalars) of their parts.
    private let words: [String: [Int]]
    /// Pairs of token forms joined into one word when nothing separates them.
    private let joins: [(first: String, second: String)]
    public let ruleIDs: [String]
    /// The dashes that end a dateline ("KABUL, Afghanistan (AP) —"), kind `dateline`.
    public let datelineDashes: Set<String>

    public init(table: LexiconTable) throws {
        var suffixes: [([Unicode.Scalar], String)] = []
        var words: [String: [Int]] = [:]
        var joins: [(String, String)] = []
        var ruleIDs: [String] = []
        var datelineDashes: Set<String> = []
        for row in table.rows {
            guard let kind = row["kind"], let pattern = row["pattern"] else { continue }
            ruleIDs.append(row.ruleID)
            switch kind {
            case "suffix":
                suffixes.append((Array(pattern.lowercased().unicodeScalars), row.ruleID))
            case "word":
                let parts = (row["split"] ?? "").split(separator: "|").map { $0.unicodeScalars.count }
                guard parts.count > 1, parts.reduce(0, +) == pattern.unicodeScalars.count else {
                    throw LexiconError(file: "Lexicons/\(table.name)", line: row.line, message: "split '\(row["split"] ?? "")' does not spell '\(pattern)' in two or more parts")
                }
                words[pattern.lowercased()] = parts
            case "join":
                let parts = pattern.split(separator: "|").map(String.init)
                guard parts.count == 2 else {
                    throw LexiconError(file: "Lexicons/\(table.name)", line: row.line, message: "a join pattern is two token forms separated by '|'")
                }
                joins.append((parts[0], parts[1]))
            case "dateline":
                datelineDashes.insert(pattern)
            default:
                throw LexiconError(file: "Lexicons/\(table.name)", line: row.line, message: "unknown kind '\(kind)'; expected suffix, word, join or dateline")
            }
        }
        self.suffixes = suffixes.sorted { $0.0.count > $1.0.count }
        self.words = words
        self.joins = joins
        self.ruleIDs = ruleIDs
        self.datelineDashes = datelineDashes
    }

    /// The words of the tokens `range` (one sentence) of a document.
    public func words(_ tokens: [Token], _ range: Range<Int>, text: ScalarText) -> [Piece] {
        var pieces: [Piece] = []
        pieces.reserveCapacity(range.count + 4)
        var index = range.lowerBound
        while index < range.upperBound {
            let token = tokens[index]
            if index + 1 < range.upperBound, index > range.lowerBound, joinsNext(tokens, index, text) {
                pieces.append(Piece(start: token.start, end: tokens[index + 1].end, token: index))
                index += 2
                continue
            }
            split(token, index, text, into: &pieces)
            index += 1
        }
        return pieces
    }

    private func joinsNext(_ tokens: [Token], _ index: Int, _ text: ScalarText) -> Bool {
        let token = tokens[index], next = tokens[index + 1], previous = tokens[index - 1]
        guard token.end == next.start, !joins.isEmpty else { return false }
        // Glued to the word before ("U.S.'s"), or standing alone between spaces, as some feeds
        // write a possessive ("Ecuador 's coastal city").
        let alone = previous.end < token.start && (index + 2 >= tokens.count || tokens[index + 2].start > next.end)
        guard previous.end == token.start || alone else { return false }
        let first = text.slice(token.span), second = text.slice(next.span).lowercased()
        return joins.contains { $0.first == first && $0.second == second }
    }

    private func split(_ token: Token, _ index: Int, _ text: ScalarText, into pieces: inout [Piece]) {
        let length = token.end - token.start
        guard token.kind == .word, length >= 2 else {
            pieces.append(Piece(start: token.start, end: token.end, token: index))
            return
        }
        if length <= 8, let parts = words[text.slice(token.span).lowercased()] {
            var start = token.start
            for part in parts {
                pieces.append(Piece(start: start, end: start + part, token: index))
                start += part
            }
            return
        }
        for (suffix, _) in suffixes where suffix.count < length {
            var matches = true
            for (offset, scalar) in suffix.enumerated() {
                let actual = text.scalars[token.end - suffix.count + offset]
                if actual != scalar && Self.lower(actual) != scalar {
                    matches = false
                    break
                }
            }
            if matches {
                let cut = token.end - suffix.count
                pieces.append(Piece(start: token.start, end: cut, token: index))
                pieces.append(Piece(start: cut, end: token.end, token: index))
                return
            }
        }
        pieces.append(Piece(start: token.start, end: token.end, token: index))
    }

    private static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.value >= 65 && scalar.value <= 90 ? Unicode.Scalar(scalar.value + 32)! : scalar
    }
}
