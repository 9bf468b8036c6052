import NewsFrameCore

/// "KABUL, Afghanistan (AP) — A suicide bomber struck…": a news lead opens with where (and
/// through whom) it was filed, up to a dash. The treebanks hold few datelines, and the parser
/// reads "KABUL" as a second subject of the lead's verb or hangs the lead's subject under it;
/// parsed apart, each part gets the tree it would have alone, and the dateline's root hangs on
/// the lead's root as `parataxis`, so the sentence stays one tree.
enum DatelineSplit {
    /// How far into a sentence a dateline's dash may stand (in words).
    static let maxWords = 14

    /// The index of the dash that ends a dateline opening the words: a dash of `dashes` after
    /// a closing parenthesis ("(AP) —") or a word in capitals ("BEIRUT —"), spaced from it, with
    /// words after it.
    static func dash(_ pieces: [WordSplitter.Piece], text: ScalarText, dashes: Set<String>) -> Int? {
        guard !dashes.isEmpty, pieces.count > 3 else { return nil }
        for index in 1..<min(pieces.count - 2, maxWords) {
            let form = text.slice(pieces[index].start, pieces[index].end)
            // (Spaced: "AL-ASAD" holds a hyphen, no dateline's end.)
            guard dashes.contains(form), pieces[index].start > pieces[index - 1].end else { continue }
            let before = text.slice(pieces[index - 1].start, pieces[index - 1].end)
            let capitals = before.unicodeScalars.count > 1 && before.unicodeScalars.contains { $0.properties.isAlphabetic }
                && TextCase.isCapitalsOnly(before)
            return before == ")" || capitals ? index : nil
        }
        return nil
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
