import NewsFrameCore

/// One document in CoNLL-2003 style: a `-DOCSTART-` line, then one token per line with its
/// entity tag and its time-expression tag in BIO (`B-ORG`, `I-ORG`, `B-DATE`, `O`), a blank
/// line after each sentence. Tokens are ICU word tokens; a token takes the tag of the
/// mention that covers it.
public enum CoNLLDocument {
    public static let header = "# columns: token entity timex (BIO); one document per -DOCSTART- block\n"

    public static func render(_ document: Document, _ annotations: AnnotationSet) -> String {
        let text = ScalarText(document.text)
        let tokens = annotations.tokens ?? []
        let entityTags = tags(tokens, (annotations.entities ?? []).map { ($0.span, $0.type) })
        let timexTags = tags(tokens, (annotations.timexes ?? []).map { ($0.span, $0.type) })
        var output = "-DOCSTART- \(document.id) O O\n\n"
        var sentence = 0
        let sentences = annotations.sentences ?? []
        for (index, token) in tokens.enumerated() {
            while sentence + 1 < sentences.count, sentences[sentence].end <= token.start {
                sentence += 1
                output += "\n"
            }
            let form = text.slice(token.start, token.end).replacingOccurrences(of: " ", with: "_")
            output += "\(form) \(entityTags[index]) \(timexTags[index])\n"
        }
        return output + "\n"
    }

    static func tags(_ tokens: [Token], _ spans: [(Span, String)]) -> [String] {
        var result = [String](repeating: "O", count: tokens.count)
        var index = 0
        for (span, type) in spans.sorted(by: { $0.0 < $1.0 }) {
            while index < tokens.count, tokens[index].end <= span.start { index += 1 }
            var position = index
            var first = true
            while position < tokens.count, tokens[position].start < span.end {
                if result[position] == "O" { result[position] = (first ? "B-" : "I-") + type }
                first = false
                position += 1
            }
        }
        return result
    }
}
