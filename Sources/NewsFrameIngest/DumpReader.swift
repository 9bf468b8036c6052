import Foundation
import NewsFrameCore

/// Turns the paths a user names (directories, `.txt`, `.jsonl`/`.ndjson`, `-`) into a stream
/// of documents and rejects.
///
/// Nothing here stops a batch: every problem becomes a `RejectRecord` naming the file and
/// line, and reading goes on with the next line or file. Memory is bounded by one chunk and
/// one document, whatever the size of the dump.
public struct DumpReader: Sendable {
    public enum Event {
        case document(IncomingDocument)
        case reject(RejectRecord)
    }

    /// Documents above this many bytes of UTF-8 are rejected (`NF007`).
    public var maxDocumentBytes: Int
    /// Dates for documents whose dump gives none.
    public var dates = DateTable()

    public init(maxDocumentBytes: Int = 16 << 20) {
        self.maxDocumentBytes = maxDocumentBytes
    }

    static let textExtensions: Set<String> = ["txt"]
    static let lineExtensions: Set<String> = ["jsonl", "ndjson"]

    public func read(paths: [String], emit: (Event) throws -> Void) throws {
        for reject in dates.rejects { try emit(.reject(reject)) }
        try InputWalk.files(paths) { url, named in
            if let url {
                try readFile(url, named: named, emit: emit)
            } else {
                try readLines(FileHandle.standardInput, name: "<stdin>", emit: emit)
            }
        } reject: { try emit(.reject($0)) }
    }

    private func readFile(_ url: URL, named: Bool, emit: (Event) throws -> Void) throws {
        let fileExtension = url.pathExtension.lowercased()
        if Self.lineExtensions.contains(fileExtension) {
            guard let handle = FileHandle(forReadingAtPath: url.path) else {
                try emit(.reject(RejectRecord(code: "NF008", sourceFile: url.path, line: nil, message: "cannot open the file for reading")))
                return
            }
            defer { try? handle.close() }
            try readLines(handle, name: url.path, emit: emit)
        } else if Self.textExtensions.contains(fileExtension) {
            try emit(readText(url))
        } else {
            try emit(.reject(RejectRecord(
                severity: named ? .error : .warning, code: "NF011", sourceFile: url.path, line: nil,
                message: "skipped: NewsFrame reads .txt, .jsonl and .ndjson files")))
        }
    }

    private func readText(_ url: URL) -> Event {
        let path = url.path
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size > maxDocumentBytes {
            return .reject(RejectRecord(
                code: "NF007", sourceFile: path, line: nil,
                message: "document of \(size) bytes exceeds the limit of \(maxDocumentBytes) bytes (--max-document-bytes)"))
        }
        guard let data = try? Data(contentsOf: url) else {
            return .reject(RejectRecord(code: "NF008", sourceFile: path, line: nil, message: "cannot read the file"))
        }
        let id = url.deletingPathExtension().lastPathComponent
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let nul = bytes.firstIndex(of: 0) {
            return .reject(RejectRecord(
                code: "NF002", sourceFile: path, line: UTF8Check.line(of: nul, in: bytes), docID: id,
                message: "binary file (NUL byte at offset \(nul)); not a text article"))
        }
        if let bad = UTF8Check.firstInvalidOffset(bytes) {
            return .reject(RejectRecord(
                code: "NF001", sourceFile: path, line: UTF8Check.line(of: bad, in: bytes), docID: id,
                message: "invalid UTF-8 at byte offset \(bad); convert the file to UTF-8"))
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let event = document(fromText: text, id: id, path: path)
        guard case .document(var incoming) = event else { return event }
        incoming.sourceBytes = size
        return .document(incoming)
    }

    /// A text file's article: its `date` line, if any, read and removed (an impossible one
    /// removed all the same, with NF009).
    private func document(fromText text: String, id: String, path: String) -> Event {
        var body = text
        var dct: String? = nil
        var warning: RejectRecord? = nil
        switch DatePrefix.split(text) {
        case .none:
            break
        case .dated(let day, let rest):
            (body, dct) = (rest, day)
        case .unreadable(let value, let line, let rest):
            body = rest
            warning = RejectRecord(
                severity: .warning, code: "NF009", sourceFile: path, line: line, docID: id,
                message: "unreadable date '\(value)' in the 'date' line; the line was removed and the article stored without a document date")
        }
        let event = makeDocument(id: id, text: body, dct: dct, title: nil, url: nil, source: nil, metadata: nil, file: path, line: 1, textIsFile: true)
        guard let warning, case .document(var incoming) = event else { return event }
        incoming.warnings.append(warning)
        return .document(incoming)
    }

    private func readLines(_ handle: FileHandle, name: String, emit: (Event) throws -> Void) throws {
        var warnedAnnotated = false
        try LineReader(handle: handle, maxLineBytes: maxDocumentBytes).forEachRecord(
            name: name, limitOption: "--max-document-bytes", reject: { try emit(.reject($0)) }
        ) { bytes, number in
            var event = JSONLineParser.parse(bytes, file: name, line: number, reader: self)
            // An annotated file is said once, at its first line.
            if case .document(var incoming) = event, incoming.warnings.contains(where: { $0.code == "NF017" }) {
                if warnedAnnotated { incoming.warnings.removeAll { $0.code == "NF017" } }
                warnedAnnotated = true
                event = .document(incoming)
            }
            try emit(event)
        }
    }

    func makeDocument(
        id: String, text: String, dct: String?, title: String?, url: String?, source: String?, metadata: String?,
        file: String, line: Int, textIsFile: Bool = false
    ) -> Event {
        let normalized: String
        do {
            normalized = try TextNormalizer.nfc(text)
        } catch {
            return .reject(RejectRecord(code: "NF001", sourceFile: file, line: line, docID: id, message: "\(error)"))
        }
        if normalized.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            return .reject(RejectRecord(code: "NF005", sourceFile: file, line: line, docID: id, message: "empty body: the article has no text"))
        }
        var text = normalized
        var warnings: [RejectRecord] = []
        if let cleaned = ControlCharacters.cleaned(normalized) {
            text = cleaned.text
            let prefix = normalized.unicodeScalars.prefix(cleaned.firstOffset)
            let lineOfFile = textIsFile ? " (line \(line + prefix.lazy.filter { $0 == "\n" }.count) of the file)" : ""
            warnings.append(RejectRecord(
                severity: .warning, code: "NF015", sourceFile: file, line: line, docID: id,
                message: "\(cleaned.count) control character(s) in the text, the first at scalar offset \(cleaned.firstOffset)\(lineOfFile), replaced (U+FFFD; vertical tab and form feed by a line break)"))
        }
        let clean = { (value: String?) in value.map { ControlCharacters.cleaned($0)?.text ?? $0 } }
        let title = clean(title), url = clean(url), source = clean(source)
        let dct = dct ?? dates.dates[id]
        let document = Document(
            id: id, dct: dct, title: title, url: url, source: source, metadataJSON: metadata, text: text)
        let hash = Self.contentHash(document)
        var incoming = IncomingDocument(document: document, contentHash: hash, sourceFile: file, sourceLine: line)
        incoming.warnings = warnings
        return .document(incoming)
    }

    /// The bytes of the regular files under `paths`, or nil when one is standard input: what
    /// progress measures against.
    public static func inputBytes(_ paths: [String]) -> Int? {
        var total = 0
        var known = true
        try? InputWalk.files(paths) { url, _ in
            guard let url else {
                known = false
                return
            }
            total += (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        } reject: { _ in }
        return known ? total : nil
    }

    /// What decides whether a document read again is unchanged: every field it is stored with.
    /// `load` hashes a loaded document the same way, so ingesting the articles a distributed
    /// run annotated finds them unchanged.
    public static func contentHash(_ document: Document) -> String {
        StableHash.hex(
            document.id, document.text, document.dct ?? "", document.title ?? "", document.url ?? "", document.source ?? "",
            document.metadataJSON ?? "")
    }
}
