import NewsFrameCore

/// One document in CoNLL-2003 style, as the usual readers (NLTK's `ConllCorpusReader`, the
/// `conllu` package with named fields, seqeval) take it: a `-DOCSTART-` line shaped like a
/// token line, a blank line, then one token per line with its entity tag and its
/// time-expression tag in BIO (`B-ORG`, `I-ORG`, `B-DATE`, `O`), columns separated by tabs,
/// a blank line after each sentence. No header and no comment lines (those readers take them
/// for tokens): the columns are `token entity timex`, documents come in export order (the
/// JSONL export has their ids). Tokens are ICU word tokens; a token takes the tag of the
/// mention that covers it; a tab or space inside a token becomes `_`.
public enum CoNLLDocument {
    public static let docStart = "-DOCSTART-\tO\tO\n"

    public static func render(_ document: Document, _ annotations: AnnotationSet) -> String {
        let text = ScalarText(document.text)
        let tokens = annotations.tokens ?? []
        let entityTags = tags(tokens, (annotations.entities ?? []).map { ($0.span, $0.type) })
        let timexTags = tags(tokens, (annotations.timexes ?? []).map { ($0.span, $0.type) })
        var output = Self.docStart + "\n"
        var sentence = 0
        let sentences = annotations.sentences ?? []
        for (index, token) in tokens.enumerated() {
            while sentence + 1 < sentences.count, sentences[sentence].end <= token.start {
                sentence += 1
                output += "\n"
            }
            let form = text.slice(token.start, token.end).replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "\t", with: "_")
            output += "\(form)\t\(entityTags[index])\t\(timexTags[index])\n"
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
