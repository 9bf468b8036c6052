import NewsFrameCore

/// A document's `SyntaxTree`, built the first time it is asked for: the temporal stage needs
/// it only for bare weekdays and months, which most documents lack, and building the children
/// lists of every word for nothing cost the stage a third of its speed.
final class LazySyntaxTree {
    private let words: [SyntaxWord]?
    private let functionWords: ClauseWords
    private var built: SyntaxTree?
    private var tried = false

    init(words: [SyntaxWord]?, functionWords: ClauseWords) {
        self.words = words
        self.functionWords = functionWords
    }

    /// The tree, or nil when the syntax stage did not run (or found no words).
    var value: SyntaxTree? {
        if !tried {
            tried = true
            if let words, !words.isEmpty { built = SyntaxTree(words, functionWords: functionWords) }
        }
        return built
    }
}
