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
    /// Forces (SDF) — a Kurdish-led alliance — said") ends no dateline. Or, with no dash, up to
    /// an agency in brackets after a day (`agencyBracket`).
    static func dash(_ pieces: [WordSplitter.Piece], text: ScalarText, dashes: Set<String>) -> Int? {
        guard pieces.count > 3, opensParagraph(pieces[0].start, text) else { return nil }
        return capitalsDash(pieces, text: text, dashes: dashes) ?? agencyBracket(pieces, text: text, dashes: dashes)
    }

    private static func capitalsDash(_ pieces: [WordSplitter.Piece], text: ScalarText, dashes: Set<String>) -> Int? {
        guard !dashes.isEmpty, isCapitals(pieces[0], text) else { return nil }
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

    /// "Gao, May 22 (NFW) Six soldiers were killed": the wires that end a dateline with the
    /// agency in brackets and no dash. From a capitalized first word: a comma, a day in one or two
    /// digits, one capitalized word in brackets, then a capitalized word (or a dash and one). A
    /// bracket after no day ("The United Nations (UN) Security Council") ends none.
    private static func agencyBracket(_ pieces: [WordSplitter.Piece], text: ScalarText, dashes: Set<String>) -> Int? {
        func form(_ index: Int) -> String { text.slice(pieces[index].start, pieces[index].end) }
        guard pieces.count > 6, startsUpper(pieces[0], text) else { return nil }
        var sawComma = false
        for index in 1..<min(pieces.count - 3, maxWords) {
            let word = form(index)
            if word == "," { sawComma = true }
            guard word == "(" else { continue }
            let day = form(index - 1).unicodeScalars
            guard sawComma, (1...2).contains(day.count), day.allSatisfy({ $0.isASCII && $0.properties.numericType != nil }),
                startsUpper(pieces[index + 1], text), form(index + 2) == ")"
            else { return nil }
            var end = index + 2
            while end + 1 < pieces.count, dashes.contains(form(end + 1)) { end += 1 }
            guard end + 1 < pieces.count, startsUpper(pieces[end + 1], text) else { return nil }
            return end
        }
        return nil
    }

    private static func startsUpper(_ piece: WordSplitter.Piece, _ text: ScalarText) -> Bool {
        text.scalars[piece.start].properties.isUppercase
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
