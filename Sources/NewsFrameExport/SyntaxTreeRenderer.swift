import NewsFrameCore

/// Each sentence's dependency tree for a person at a terminal: the sentence, then the root
/// and every dependent indented under its head with the relation first, so "who is the
/// subject of what" reads down the page.
///
///     A missile struck the tanker .
///     struck  VERB VBD  strike
///     ├─ nsubj  missile  NOUN NN
///     │  └─ det  A  DET DT  a
public struct SyntaxTreeRenderer {
    public init() {}

    public func render(_ document: Document, _ annotations: AnnotationSet) -> String {
        let text = ScalarText(document.text)
        let words = annotations.syntax ?? []
        guard !words.isEmpty else { return "\(document.id): no syntax (run a pipeline with the syntax stage)\n" }
        var children = [[Int]](repeating: [], count: words.count)
        var roots: [Int] = []
        for (index, word) in words.enumerated() {
            if word.head >= 0 && word.head < words.count { children[word.head].append(index) } else { roots.append(index) }
        }
        var lines: [String] = []
        var sentenceIndex = 0
        let sentences = annotations.sentences ?? []
        var previousSentence = -1
        for root in roots {
            while sentenceIndex + 1 < sentences.count, sentences[sentenceIndex].end <= words[root].start { sentenceIndex += 1 }
            if sentenceIndex != previousSentence {
                if !lines.isEmpty { lines.append("") }
                if sentenceIndex < sentences.count {
                    let sentence = sentences[sentenceIndex]
                    lines.append("# \(sentenceIndex + 1): " + text.slice(sentence.start, sentence.end).replacingOccurrences(of: "\n", with: " "))
                }
                previousSentence = sentenceIndex
                // `parse: asked` leaves a sentence no later stage reads a tree of unparsed.
                if !words[root].isParsed { lines.append("(tagged, not parsed: no later stage asks for its tree; the syntax option parse: all parses it)") }
            }
            lines.append(describe(words[root], index: root, text: text, relation: nil))
            appendChildren(of: root, prefix: "", words: words, children: children, text: text, into: &lines)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func appendChildren(of head: Int, prefix: String, words: [SyntaxWord], children: [[Int]], text: ScalarText, into lines: inout [String]) {
        let dependents = children[head]
        for (position, child) in dependents.enumerated() {
            let last = position == dependents.count - 1
            lines.append(prefix + (last ? "└─ " : "├─ ") + describe(words[child], index: child, text: text, relation: words[child].deprel))
            // Depth is bounded by the sentence's length; the recursion follows the tree.
            appendChildren(of: child, prefix: prefix + (last ? "   " : "│  "), words: words, children: children, text: text, into: &lines)
        }
    }

    private func describe(_ word: SyntaxWord, index: Int, text: ScalarText, relation: String?) -> String {
        let form = text.slice(word.span)
        var parts: [String] = []
        if let relation { parts.append(relation) }
        parts.append(form)
        parts.append("\(word.upos) \(word.xpos)")
        if word.lemma != form { parts.append("lemma=\(word.lemma)") }
        return parts.joined(separator: "  ") + "  [\(word.start)-\(word.end)]"
    }
}
