import Foundation
import NewsFrameCore

/// Reads one JSONL article: `id`, `text` (or `body`, `content`), `date` (or `published`,
/// `dct`), `title`, `url`, `source`; every other field is kept as metadata.
enum JSONLineParser {
    static let textFields = ["text", "body", "content"]
    static let dateFields = ["date", "published", "dct"]
    static let known: Set<String> = Set(["id", "title", "url", "source"] + textFields + dateFields)

    static func parse(_ bytes: ArraySlice<UInt8>, file: String, line: Int, reader: DumpReader) -> DumpReader.Event {
        if let bad = UTF8Check.firstInvalidOffset(Array(bytes)) {
            return .reject(RejectRecord(
                code: "NF001", sourceFile: file, line: line,
                message: "invalid UTF-8 at byte \(bad) of the line; the line was skipped"))
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            return .reject(RejectRecord(
                code: "NF003", sourceFile: file, line: line,
                message: "malformed JSON line (\(describe(error))); each line must be one JSON object"))
        }
        guard let fields = object as? [String: Any] else {
            return .reject(RejectRecord(code: "NF003", sourceFile: file, line: line, message: "the line is JSON but not an object"))
        }
        guard let id = identifier(fields["id"]) else {
            return .reject(RejectRecord(code: "NF010", sourceFile: file, line: line, message: "no 'id' field (a non-empty string or number)"))
        }
        guard let textValue = textFields.lazy.compactMap({ fields[$0] }).first else {
            return .reject(RejectRecord(
                code: "NF004", sourceFile: file, line: line, docID: id, message: "no text: expected a 'text', 'body' or 'content' field"))
        }
        guard let text = textValue as? String else {
            return .reject(RejectRecord(code: "NF004", sourceFile: file, line: line, docID: id, message: "the text field is not a string"))
        }
        var dct: String? = nil
        var warning: RejectRecord? = nil
        if let (field, value) = dateFields.lazy.compactMap({ name in fields[name].map { (name, $0) } }).first(where: { !($0.1 is NSNull) }) {
            if let dateValue = value as? String {
                dct = DocumentDate.day(from: dateValue)
            }
            if dct == nil {
                let shown = value is String ? "'\(value)'" : "\(value) (a JSON \(value is NSNumber ? "number" : "value") where a date string belongs)"
                warning = RejectRecord(
                    severity: .warning, code: "NF009", sourceFile: file, line: line, docID: id,
                    message: "unreadable date in '\(field)': \(shown); stored without a document date (give YYYY-MM-DD, an ISO 8601 date-time or an RFC 2822 date)")
            }
        }
        // Annotated JSONL given to ingest: its annotations would become metadata and nothing else.
        if fields.keys.contains(where: { AnnotatedFields.names.contains($0) }) {
            let annotated = RejectRecord(
                severity: .warning, code: "NF017", sourceFile: file, line: line, docID: id,
                message: "this is annotated JSONL (the output of annotate or export); 'newsframe load' stores it with its annotations, ingest keeps only the article")
            if warning == nil { warning = annotated }
        }
        let extras = fields.filter { !known.contains($0.key) && !AnnotatedFields.names.contains($0.key) }
        var metadata: String? = nil
        if !extras.isEmpty, let data = try? JSONSerialization.data(withJSONObject: extras, options: [.sortedKeys]) {
            metadata = String(decoding: data, as: UTF8.self)
        }
        let event = reader.makeDocument(
            id: id, text: text, dct: dct, title: fields["title"] as? String, url: fields["url"] as? String,
            source: fields["source"] as? String, metadata: metadata, file: file, line: line)
        guard case .document(var incoming) = event else { return event }
        incoming.sourceBytes = bytes.count + 1
        if let warning { incoming.warnings.append(warning) }
        return .document(incoming)
    }

    private static func identifier(_ value: Any?) -> String? {
        if let string = value as? String { return string.isEmpty ? nil : string }
        // JSON booleans arrive as NSNumber too; only their objCType ("c") tells them apart.
        if let number = value as? NSNumber, String(cString: number.objCType) != "c" { return number.stringValue }
        return nil
    }

    private static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        return (nsError.userInfo[NSDebugDescriptionErrorKey] as? String) ?? nsError.localizedDescription
    }
}
