import NewsFrameCore

/// One document in CoNLL-U (Universal Dependencies v2), the format UD tools, the `conllu`
/// Python package and `CoNLLUReader` read: `# newdoc id` before the first sentence, then per
/// sentence `# sent_id = ID-N` (N counts the document's sentences from 1) and `# text`, one
/// line of ten tab-separated columns per syntactic word and a blank line.
///
/// As ANNOTATION.md ("Syntax") asks, ICU's tokens and offsets stay visible: a token the
/// stage split into several words ("do" "n't") gets a multiword line `a-b` with its surface
/// form before them, and every line's MISC carries `Offsets=START-END` in document scalar
/// offsets, so a reader can map each word back to the text. A word that joins two tokens
/// ("'" "s" after "U.S.") is an ordinary word line whose offsets span both. A sentence the
/// stage tagged but did not parse (`parse: asked`) has `_` for HEAD and DEPREL, as CoNLL-U
/// writes a missing value.
public enum CoNLLUDocument {
    /// The document's sentences in CoNLL-U; empty when it has no syntactic words.
    public static func render(_ document: Document, _ annotations: AnnotationSet) -> String {
        let text = ScalarText(document.text)
        let words = annotations.syntax ?? []
        let numbered = SentenceWords(words, sentences: annotations.sentences, textLength: text.count)
        var output = ""
        for (position, group) in numbered.groups.enumerated() {
            if position == 0 { output += "# newdoc id = \(flat(document.id))\n" }
            output += "# sent_id = \(flat(document.id))-\(group.sentence + 1)\n"
            output += "# text = \(flat(text.slice(group.span)))\n"
            var index = group.words.lowerBound
            while index < group.words.upperBound {
                let token = words[index].token
                var last = index
                while last + 1 < group.words.upperBound, words[last + 1].token == token { last += 1 }
                if last > index {
                    let span = tokenSpan(token, words[index...last], annotations.tokens)
                    let next = last + 1 < words.count ? words[last + 1].start : nil
                    output += line(["\(group.id(index))-\(group.id(last))", text.slice(span), "_", "_", "_", "_", "_", "_", "_", misc(span, next: next)])
                }
                for member in index...last {
                    let word = words[member]
                    // Inside a multiword token the token line says whether a space follows.
                    let next = last > index || member + 1 >= words.count ? nil : words[member + 1].start
                    output += line([
                        String(group.id(member)), text.slice(word.span), word.lemma, word.upos, word.xpos, "_",
                        word.isParsed ? String(numbered.head(member, in: group)) : "_", word.deprel, "_", misc(word.span, next: next),
                    ])
                }
                index = last + 1
            }
            output += "\n"
        }
        return output
    }

    /// Whether the document has been parsed. The store gives every document a word array,
    /// empty where the syntax stage never ran, so a document with tokens but no words counts
    /// as unparsed; an empty text has neither and counts as parsed.
    public static func hasSyntax(_ annotations: AnnotationSet) -> Bool {
        guard let words = annotations.syntax else { return false }
        return !words.isEmpty || (annotations.tokens ?? []).isEmpty
    }

    /// The ICU token the words split, or (without tokens) the stretch they cover.
    private static func tokenSpan(_ token: Int, _ words: ArraySlice<SyntaxWord>, _ tokens: [Token]?) -> Span {
        if let tokens, tokens.indices.contains(token) { return tokens[token].span }
        return Span(words.map(\.start).min() ?? 0, words.map(\.end).max() ?? 0)
    }

    /// `Offsets=START-END`, then `SpaceAfter=No` when the next word (`next` is its start)
    /// begins where this one ends; UD's attributes are in alphabetical order.
    private static func misc(_ span: Span, next: Int?) -> String {
        "Offsets=\(span.start)-\(span.end)" + (next == span.end ? "|SpaceAfter=No" : "")
    }

    private static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: "\t") + "\n"
    }

    /// A column value: never empty (CoNLL-U's `_`), never a tab or a line break.
    static func field(_ value: String) -> String {
        value.isEmpty ? "_" : flat(value)
    }

    /// `value` with each tab and line break a space, one scalar for one, so that the offsets
    /// in MISC minus the sentence's start still index `# text`. Line breaks are every scalar
    /// some reader splits lines at (Python's `splitlines` also splits at U+001C to U+001E).
    static func flat(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: isBreak) else { return value }
        var result = String.UnicodeScalarView()
        for scalar in value.unicodeScalars { result.append(isBreak(scalar) ? " " : scalar) }
        return String(result)
    }

    private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x1C...0x1E, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}
