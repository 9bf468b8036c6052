import NewsFrameCore

/// Finds the spans between quotation marks, paragraph by paragraph.
///
/// Marks pair within a family (double, single, angle). A straight mark opens after a space or
/// a paragraph start and closes otherwise. Single quotes count only where no double quote is
/// open (inside one they are nested and belong to its content), and an apostrophe between
/// letters is never a mark. A quote still open at the end of its paragraph continues when
/// the next paragraph opens with a mark of its family (the newswire convention for a quote
/// running over paragraphs); otherwise it ends with its paragraph, and the document goes on.
struct QuoteMarkScanner {
    struct RawQuote {
        /// Offsets of the opening mark and of the closing one (nil: closed by the paragraph end).
        var open: Int
        var close: Int?
        /// The content, marks and surrounding spaces excluded.
        var start: Int
        var end: Int
        var ruleID: String
    }

    let lexicon: QuoteLexicon

    func scan(_ text: ScalarText) -> [RawQuote] {
        let scalars = text.scalars
        var result: [RawQuote] = []
        var open: (position: Int, family: QuoteLexicon.Family, ruleID: String, straight: Bool)? = nil
        /// Inside an open double quotation: a nested one of the other glyph (straight or curly).
        var inner: Bool? = nil
        var paragraphStart = 0
        var absorb: Int? = nil
        var index = 0

        func emit(_ openPosition: Int, _ close: Int?, end: Int, ruleID: String) {
            var start = openPosition + 1
            var stop = end
            while start < stop, scalars[start].properties.isWhitespace { start += 1 }
            while stop > start, scalars[stop - 1].properties.isWhitespace { stop -= 1 }
            if stop > start { result.append(RawQuote(open: openPosition, close: close, start: start, end: stop, ruleID: ruleID)) }
        }

        while index <= scalars.count {
            if index == scalars.count || scalars[index] == "\n" {
                // The paragraph ends here: continue an open quote into the next one if it reopens.
                if let current = open {
                    let next = nextNonSpace(scalars, from: index)
                    if let next, let mark = lexicon.mark(scalars[next]), mark.family == current.family, mark.role != .close,
                        (mark.role == .either) == current.straight
                    {
                        absorb = next
                    } else {
                        emit(current.position, nil, end: index, ruleID: current.ruleID)
                        open = nil
                    }
                }
                inner = nil
                index += 1
                paragraphStart = index
                continue
            }
            defer { index += 1 }
            guard let mark = lexicon.mark(scalars[index]) else { continue }
            if index == absorb {
                absorb = nil
                continue
            }
            let before: Unicode.Scalar? = index > paragraphStart ? scalars[index - 1] : nil
            let after: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
            if mark.family == .single {
                if let current = open, current.family != .single { continue }
                // An apostrophe: between letters ("don't"), or after a letter with no quote open ("soldiers'").
                if isLetter(before), isLetter(after) { continue }
                // A possessive some feeds write apart from its noun ("Ecuador 's coastal city")
                // opens nothing (class `clitic`).
                if isClitic(after: index, in: scalars) { continue }
                if open == nil {
                    guard mark.role != .close, before == nil || isOpeningContext(before!), isLetter(after) || isDigit(after) else { continue }
                    open = (index, .single, mark.ruleID, mark.role == .either)
                } else if mark.role != .open, !isLetter(after) {
                    emit(open!.position, index, end: index, ruleID: open!.ruleID)
                    open = nil
                }
                continue
            }
            let opens: Bool
            switch mark.role {
            case .open: opens = true
            case .close: opens = false
            case .either: opens = (before == nil || isOpeningContext(before!)) && !(after?.properties.isWhitespace ?? true)
            }
            let straight = mark.role == .either
            if let current = open {
                if current.family != mark.family {
                    // Marks of another family inside a quotation are part of its content.
                    continue
                }
                if let innerStraight = inner {
                    // Inside a nested quotation of the other glyph ("… “Shark Tank” …" within
                    // straight marks): its closing mark ends it; the outer glyph closing ends both.
                    if !opens || mark.role == .close {
                        if straight == innerStraight {
                            inner = nil
                        } else {
                            emit(current.position, index, end: index, ruleID: current.ruleID)
                            open = nil
                            inner = nil
                        }
                    }
                    continue
                }
                if opens && straight != current.straight {
                    inner = straight
                    continue
                }
                if opens && mark.role == .open {
                    // A fresh opening mark while one is open: the first never closed.
                    emit(current.position, nil, end: index, ruleID: current.ruleID)
                    open = (index, mark.family, mark.ruleID, straight)
                } else {
                    emit(current.position, index, end: index, ruleID: current.ruleID)
                    open = nil
                }
            } else if opens {
                open = (index, mark.family, mark.ruleID, straight)
            } else if mark.role == .close, before == nil, isLetter(after) {
                // A closing glyph opening a paragraph ("”Mr. Trump …”"): a typo for the opening one.
                open = (index, mark.family, mark.ruleID, straight)
            }
        }
        return result
    }

    private func nextNonSpace(_ scalars: [Unicode.Scalar], from index: Int) -> Int? {
        var position = index
        while position < scalars.count, scalars[position].properties.isWhitespace { position += 1 }
        return position < scalars.count ? position : nil
    }

    private func isLetter(_ scalar: Unicode.Scalar?) -> Bool { scalar?.properties.isAlphabetic ?? false }

    /// Whether the letters right after the mark at `index`, up to a non-letter, spell a clitic.
    private func isClitic(after index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        guard !lexicon.clitics.isEmpty else { return false }
        var end = index + 1
        while end < scalars.count, end - index <= 4, isLetter(scalars[end]) { end += 1 }
        guard end > index + 1, end - index <= 4 else { return false }
        var word = ""
        word.unicodeScalars.append(contentsOf: scalars[(index + 1)..<end])
        return lexicon.clitics.contains(word.lowercased())
    }

    private func isDigit(_ scalar: Unicode.Scalar?) -> Bool { scalar.map { ("0"..."9").contains($0) } ?? false }

    /// Before an opening mark: a space, an opening bracket or a dash.
    private func isOpeningContext(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isWhitespace { return true }
        switch scalar.properties.generalCategory {
        case .openPunctuation, .dashPunctuation, .initialPunctuation: return true
        default: return scalar == ":" || scalar == "/"
        }
    }
}
