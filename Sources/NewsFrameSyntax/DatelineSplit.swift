import NewsFrameCore

/// "KABUL, Afghanistan (AP) — A suicide bomber struck…": a news lead opens with where (and
/// through whom) it was filed, up to a dash. The treebanks hold few datelines, and the parser
/// reads "KABUL" as a second subject of the lead's verb or hangs the lead's subject under it;
/// parsed apart, each part gets the tree it would have alone, and the dateline's root hangs on
/// the lead's root as `parataxis`, so the sentence stays one tree.
enum DatelineSplit {
    /// How far into a sentence a dateline's dash may stand (in words).
    static let maxWords = 14

    /// The index of the last word of a dateline opening the words: only at a paragraph's start,
    /// from a first word in capitals ("BEIRUT", "KABUL, Afghanistan (AP)") to a dash of `dashes`
    /// after a closing parenthesis or a word in capitals, spaced from it, with words after it
    /// ("-", "-" written as "--" is one dash). A dash later in a sentence ("The Syrian Democratic
    /// Forces (SDF) — a Kurdish-led alliance — said") ends no dateline.
    static func dash(_ pieces: [WordSplitter.Piece], text: ScalarText, dashes: Set<String>) -> Int? {
        guard !dashes.isEmpty, pieces.count > 3, opensParagraph(pieces[0].start, text), isCapitals(pieces[0], text) else { return nil }
        for index in 1..<min(pieces.count - 2, maxWords) {
            let form = text.slice(pieces[index].start, pieces[index].end)
            // (Spaced: "AL-ASAD" holds a hyphen, no dateline's end.)
            guard dashes.contains(form), pieces[index].start > pieces[index - 1].end else { continue }
            guard text.slice(pieces[index - 1].start, pieces[index - 1].end) == ")" || isCapitals(pieces[index - 1], text) else { return nil }
            var end = index
            while end + 2 < pieces.count, pieces[end + 1].start == pieces[end].end, dashes.contains(text.slice(pieces[end + 1].start, pieces[end + 1].end)) {
                end += 1
            }
            return end
        }
        return nil
    }

    /// Whether only spaces stand between the last line break (or the text's start) and `start`.
    static func opensParagraph(_ start: Int, _ text: ScalarText) -> Bool {
        var position = start - 1
        while position >= 0 {
            let scalar = text.scalars[position]
            if scalar == "\n" { return true }
            guard scalar.properties.isWhitespace else { return false }
            position -= 1
        }
        return true
    }

    /// A word of two letters or more, all in capitals.
    static func isCapitals(_ piece: WordSplitter.Piece, _ text: ScalarText) -> Bool {
        let form = text.slice(piece.start, piece.end)
        return form.unicodeScalars.filter(\.properties.isAlphabetic).count > 1 && TextCase.isCapitalsOnly(form)
    }

    /// Hangs the dateline's root on the lead's root; either part left unparsed (no head, by the
    /// parse gate) stays as it is.
    static func attach(_ words: inout [SyntaxWord], dateline: Range<Int>, lead: Range<Int>) {
        guard let datelineRoot = dateline.first(where: { words[$0].head < 0 && words[$0].deprel == "root" }),
            let leadRoot = lead.first(where: { words[$0].head < 0 && words[$0].deprel == "root" })
        else { return }
        words[datelineRoot].head = leadRoot
        words[datelineRoot].deprel = "parataxis"
    }
}
