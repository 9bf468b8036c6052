import NewsFrameCore

/// A parsed document made by hand, so the syntax exports are checked against a tree known in
/// advance rather than against whatever the model says: "They don't know the U.S.'s plan.
/// It⇥went home." It has a token split into two words ("do" "n't"), two tokens joined into
/// one word ("'" "s"), a tab inside a sentence, an empty lemma, and a second sentence parsed
/// as two trees (two roots), as the stage parses a sentence longer than `max_words`.
enum SyntaxSample {
    static let text = "They don't know the U.S.'s plan. It\twent home."
    static let document = Document(id: "t1", text: text)

    /// Each word: its form (found in the text after the previous word), its ICU token, its
    /// tags, lemma, head (an index into these words, -1 for a root) and relation.
    static let rows: [(form: String, token: Int, upos: String, xpos: String, lemma: String, head: Int, deprel: String)] = [
        ("They", 0, "PRON", "PRP", "they", 3, "nsubj"),
        ("do", 1, "AUX", "VBP", "do", 3, "aux"),
        ("n't", 1, "PART", "RB", "not", 3, "advmod"),
        ("know", 2, "VERB", "VB", "know", -1, "root"),
        ("the", 3, "DET", "DT", "the", 5, "det"),
        ("U.S.", 4, "PROPN", "NNP", "U.S.", 7, "nmod:poss"),
        ("'s", 5, "PART", "POS", "'s", 5, "case"),
        ("plan", 7, "NOUN", "NN", "plan", 3, "obj"),
        (".", 8, "PUNCT", ".", ".", 3, "punct"),
        ("It", 9, "PRON", "PRP", "it", 10, "nsubj"),
        ("went", 10, "VERB", "VBD", "go", -1, "root"),
        ("home", 11, "ADV", "RB", "home", -1, "root"),
        (".", 12, "PUNCT", ".", "", 11, "punct"),
    ]

    static let tokenForms = ["They", "don't", "know", "the", "U.S.", "'", "s", "plan", ".", "It", "went", "home", "."]

    static var words: [SyntaxWord] {
        zip(rows, spans(rows.map(\.form))).map { row, span in
            SyntaxWord(
                start: span.start, end: span.end, token: row.token, upos: row.upos, xpos: row.xpos, lemma: row.lemma, head: row.head,
                deprel: row.deprel, lemmaRule: row.lemma == "go" ? "Lexicons/syntax-lemmas.tsv:7" : "model")
        }
    }

    static var annotations: AnnotationSet {
        AnnotationSet(
            tokens: spans(tokenForms).map { Token(start: $0.start, end: $0.end, kind: .word) },
            sentences: [Sentence(start: 0, end: 32, rule: "icu/sentence"), Sentence(start: 33, end: 46, rule: "icu/sentence")],
            syntax: words)
    }

    /// The CoNLL-U the export must write, line by line.
    static let conllu = [
        "# newdoc id = t1",
        "# sent_id = t1-1",
        "# text = They don't know the U.S.'s plan.",
        "1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\tOffsets=0-4",
        "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\tOffsets=5-10",
        "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\tOffsets=5-7",
        "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\tOffsets=7-10",
        "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tOffsets=11-15",
        "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\tOffsets=16-19",
        "6\tU.S.\tU.S.\tPROPN\tNNP\t_\t8\tnmod:poss\t_\tOffsets=20-24|SpaceAfter=No",
        "7\t's\t's\tPART\tPOS\t_\t6\tcase\t_\tOffsets=24-26",
        "8\tplan\tplan\tNOUN\tNN\t_\t4\tobj\t_\tOffsets=27-31|SpaceAfter=No",
        "9\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\tOffsets=31-32",
        "",
        "# sent_id = t1-2",
        "# text = It went home.",
        "1\tIt\tit\tPRON\tPRP\t_\t2\tnsubj\t_\tOffsets=33-35",
        "2\twent\tgo\tVERB\tVBD\t_\t0\troot\t_\tOffsets=36-40",
        "3\thome\thome\tADV\tRB\t_\t0\troot\t_\tOffsets=41-45|SpaceAfter=No",
        "4\t.\t_\tPUNCT\t.\t_\t3\tpunct\t_\tOffsets=45-46",
        "",
    ]

    /// Where each form occurs, each searched after the previous one.
    static func spans(_ forms: [String]) -> [Span] {
        let scalars = Array(text.unicodeScalars)
        var cursor = 0
        return forms.map { form in
            let needle = Array(form.unicodeScalars)
            while !scalars[cursor...].starts(with: needle) { cursor += 1 }
            defer { cursor += needle.count }
            return Span(cursor, cursor + needle.count)
        }
    }
}
