/// The `date YYYY-MM-DD` line some text dumps put before the body: the document date,
/// removed from the text so that it is not annotated as part of the article.
enum DatePrefix {
    static let keyword = "date"

    /// What the first line held: the date and the body after it; a line shaped like the prefix
    /// whose date is impossible (`date 2024-02-30`), removed all the same and reported, since
    /// it is a header and not the article; or no prefix at all.
    enum Outcome: Equatable {
        case dated(String, body: String)
        case unreadable(String, line: Int, body: String)
        case none
    }

    static func split(_ text: String) -> Outcome {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
        let keywordScalars = Array(keyword.unicodeScalars)
        guard index + keywordScalars.count < scalars.count,
            Array(scalars[index..<index + keywordScalars.count]).map({ Character($0).lowercased() }).joined() == keyword
        else { return .none }
        index += keywordScalars.count
        var valueStart = index
        while valueStart < scalars.count, scalars[valueStart] == " " || scalars[valueStart] == "\t" || scalars[valueStart] == ":" {
            valueStart += 1
        }
        guard valueStart > index else { return .none }
        // The value is the word after the keyword; only digits and date punctuation make it a header.
        var valueEnd = valueStart
        while valueEnd < scalars.count, !scalars[valueEnd].properties.isWhitespace { valueEnd += 1 }
        let value = String(String.UnicodeScalarView(scalars[valueStart..<valueEnd]))
        guard let first = value.unicodeScalars.first, ("0"..."9").contains(first),
            value.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "-" || $0 == "/" || $0 == "." })
        else { return .none }
        var bodyStart = valueEnd
        while bodyStart < scalars.count, scalars[bodyStart].properties.isWhitespace { bodyStart += 1 }
        let body = String(String.UnicodeScalarView(scalars[bodyStart...]))
        if value.unicodeScalars.count == 10, let day = DocumentDate.day(from: value), day == value {
            return .dated(day, body: body)
        }
        let line = 1 + scalars[..<valueStart].lazy.filter { $0 == "\n" }.count
        return .unreadable(value, line: line, body: body)
    }
}
