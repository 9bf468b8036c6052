/// The `date YYYY-MM-DD` line some text dumps put before the body: the document date,
/// removed from the text so that it is not annotated as part of the article.
enum DatePrefix {
    static let keyword = "date"

    /// The date and the body after the prefix, or (nil, text) when there is no prefix.
    static func split(_ text: String) -> (dct: String?, body: String) {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
        let keywordScalars = Array(keyword.unicodeScalars)
        guard index + keywordScalars.count < scalars.count,
            Array(scalars[index..<index + keywordScalars.count]).map({ Character($0).lowercased() }).joined() == keyword
        else { return (nil, text) }
        index += keywordScalars.count
        var afterKeyword = index
        while afterKeyword < scalars.count, scalars[afterKeyword] == " " || scalars[afterKeyword] == "\t" || scalars[afterKeyword] == ":" {
            afterKeyword += 1
        }
        guard afterKeyword > index, afterKeyword + 10 <= scalars.count else { return (nil, text) }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[afterKeyword..<afterKeyword + 10])
        let candidate = String(view)
        guard candidate.unicodeScalars.count == 10, let day = DocumentDate.day(from: candidate), day == candidate else {
            return (nil, text)
        }
        var bodyStart = afterKeyword + 10
        guard bodyStart == scalars.count || scalars[bodyStart].properties.isWhitespace else { return (nil, text) }
        while bodyStart < scalars.count, scalars[bodyStart].properties.isWhitespace { bodyStart += 1 }
        var body = String.UnicodeScalarView()
        body.append(contentsOf: scalars[bodyStart...])
        return (day, String(body))
    }
}
