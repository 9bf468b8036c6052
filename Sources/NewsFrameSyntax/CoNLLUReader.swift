import Foundation

/// Reads CoNLL-U (UD v2): ten tab-separated columns a word, sentences separated by blank
/// lines, `#` comments. Multiword token lines (`3-4`) are kept as ranges; empty nodes
/// (`5.1`, enhanced dependencies only) are skipped, since basic trees do not use them.
public enum CoNLLUReader {
    public struct Failure: Error, CustomStringConvertible {
        public let file: String
        public let line: Int
        public let message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    public static func read(contentsOf url: URL) throws -> [TreebankSentence] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw Failure(file: url.path, line: 0, message: "cannot read: \(error.localizedDescription)")
        }
        return try parse(String(decoding: data, as: UTF8.self), file: url.path)
    }

    public static func parse(_ contents: String, file: String = "<input>") throws -> [TreebankSentence] {
        var sentences: [TreebankSentence] = []
        var current = TreebankSentence(id: "", text: "", words: [])
        var startLine = 1
        var lineNumber = 0
        func finish() throws {
            defer { current = TreebankSentence(id: "", text: "", words: []) }
            guard !current.words.isEmpty else { return }
            for (index, word) in current.words.enumerated() where word.head < 0 || word.head > current.words.count {
                throw Failure(file: file, line: startLine, message: "word \(index + 1) of the sentence has head \(word.head), outside the sentence")
            }
            current.line = startLine
            if current.id.isEmpty { current.id = "s\(sentences.count + 1)" }
            sentences.append(current)
        }
        for rawLine in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty {
                try finish()
                startLine = lineNumber + 1
                continue
            }
            if line.hasPrefix("#") {
                if current.words.isEmpty { startLine = lineNumber }
                if let value = commentValue(line, key: "sent_id") { current.id = value }
                if let value = commentValue(line, key: "text") { current.text = value }
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 10 else {
                throw Failure(file: file, line: lineNumber, message: "expected 10 tab-separated columns, found \(columns.count)")
            }
            let id = columns[0]
            if id.contains(".") { continue }
            if let dash = id.firstIndex(of: "-") {
                guard let first = Int(id[..<dash]), let last = Int(id[id.index(after: dash)...]) else {
                    throw Failure(file: file, line: lineNumber, message: "malformed multiword token id '\(id)'")
                }
                current.multiwordTokens.append(.init(first: first, last: last, form: String(columns[1])))
                continue
            }
            guard let index = Int(id), index == current.words.count + 1 else {
                throw Failure(file: file, line: lineNumber, message: "word id '\(id)' out of sequence")
            }
            // A word NewsFrame tagged but did not parse (`parse: asked`) has `_` for HEAD and
            // DEPREL; it reads as unattached (0), its relation `_` saying why.
            let unparsed = columns[6] == "_" && columns[7] == "_"
            guard let head = unparsed ? 0 : Int(columns[6]) else {
                throw Failure(file: file, line: lineNumber, message: "head '\(columns[6])' is not a number")
            }
            current.words.append(.init(
                form: String(columns[1]), lemma: String(columns[2]), upos: String(columns[3]), xpos: String(columns[4]),
                head: head, deprel: String(columns[7]), misc: String(columns[9])))
        }
        try finish()
        return sentences
    }

    private static func commentValue(_ line: Substring, key: String) -> String? {
        let body = line.dropFirst().drop { $0 == " " }
        guard body.hasPrefix(key) else { return nil }
        let rest = body.dropFirst(key.count).drop { $0 == " " }
        guard rest.first == "=" else { return nil }
        return String(rest.dropFirst().drop { $0 == " " })
    }
}
