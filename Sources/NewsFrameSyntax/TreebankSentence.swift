/// One sentence of a CoNLL-U treebank: its syntactic words (UD's tokens, clitics split),
/// the multiword tokens that group them, and the comment lines that name it.
public struct TreebankSentence: Sendable {
    public struct Word: Sendable, Hashable {
        public var form: String
        public var lemma: String
        public var upos: String
        public var xpos: String
        /// 1-based index of the governor in the sentence; 0 for the root.
        public var head: Int
        public var deprel: String
        public var misc: String

        public init(form: String, lemma: String, upos: String, xpos: String, head: Int, deprel: String, misc: String = "_") {
            self.form = form
            self.lemma = lemma
            self.upos = upos
            self.xpos = xpos
            self.head = head
            self.deprel = deprel
            self.misc = misc
        }
    }

    /// A surface token that UD splits into several words (`3-4 don't`): word indices 1-based.
    public struct MultiwordToken: Sendable, Hashable {
        public var first: Int
        public var last: Int
        public var form: String
    }

    public var id: String
    public var text: String
    public var words: [Word]
    public var multiwordTokens: [MultiwordToken]
    /// Where the sentence starts in its file, for error messages.
    public var line: Int

    public init(id: String, text: String, words: [Word], multiwordTokens: [MultiwordToken] = [], line: Int = 0) {
        self.id = id
        self.text = text
        self.words = words
        self.multiwordTokens = multiwordTokens
        self.line = line
    }
}
