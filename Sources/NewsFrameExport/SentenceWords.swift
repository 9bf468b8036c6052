import NewsFrameCore

/// A document's syntactic words cut at its sentences and numbered as CoNLL-U and the JSONL
/// `words` array number them. The syntax stage keeps heads as indices into the document's
/// words, so a tree needs no sentence lookup; readers of both formats count from 1 within
/// each sentence, 0 for a root. Both exports number words here, so they always agree.
///
/// A word belongs to the sentence its start lies in. The syntax stage parses only tokens
/// inside a sentence and attaches words within it, so two cases below never arise from the
/// stage; an export of damaged or hand-made data still must not fail or write an invalid
/// tree: a word outside every sentence is left out, and a head outside the word's sentence
/// is written as 0. A sentence longer than the stage's `max_words` is several trees, so a
/// sentence may have several roots.
struct SentenceWords {
    /// The words of one sentence: a run of consecutive document words.
    struct Group {
        /// 0-based index into the document's sentences.
        var sentence: Int
        var span: Span
        /// Indices into the document's words, in text order.
        var words: Range<Int>

        /// The 1-based number of document word `index` in this sentence.
        func id(_ index: Int) -> Int { index - words.lowerBound + 1 }
    }

    let words: [SyntaxWord]
    let groups: [Group]

    /// Without sentences (an annotation set that lacks them) the whole text is one sentence.
    init(_ words: [SyntaxWord], sentences: [Sentence]?, textLength: Int) {
        self.words = words
        let sentences = sentences ?? [Sentence(start: 0, end: max(textLength, words.last?.end ?? 0), rule: "")]
        var groups: [Group] = []
        var sentence = 0
        for (index, word) in words.enumerated() {
            while sentence < sentences.count, sentences[sentence].end <= word.start { sentence += 1 }
            guard sentence < sentences.count, sentences[sentence].start <= word.start else { continue }
            if let last = groups.last, last.sentence == sentence, last.words.upperBound == index {
                groups[groups.count - 1].words = last.words.lowerBound..<(index + 1)
            } else {
                groups.append(Group(sentence: sentence, span: sentences[sentence].span, words: index..<(index + 1)))
            }
        }
        self.groups = groups
    }

    /// The 1-based head of document word `index` in `group`, 0 for a root (or a head the
    /// sentence does not hold).
    func head(_ index: Int, in group: Group) -> Int {
        let head = words[index].head
        return group.words.contains(head) ? group.id(head) : 0
    }
}
