/// One syntactic word of a sentence, as Universal Dependencies counts words: usually one
/// ICU token, part of one where UD splits a clitic ("do" "n't" in "don't"), or two joined
/// where ICU cut a possessive ("'" "s" after "U.S." make one word "'s").
///
/// `head` indexes the document's word array (-1 for a sentence's root), so a tree never
/// crosses sentences and later stages walk it without a sentence lookup.
public struct SyntaxWord: Sendable, Hashable {
    /// Unicode scalar offsets into the document text, end exclusive.
    public var start: Int
    public var end: Int
    /// Index of the (first) ICU token the word lies in.
    public var token: Int
    public var upos: String
    /// The Penn Treebank tag.
    public var xpos: String
    public var lemma: String
    /// Index of the governing word in the document's words, -1 for the root.
    public var head: Int
    /// The UD v2 relation to the head (`nsubj`, `obl:agent`, `root`…).
    public var deprel: String
    /// What made the lemma: the model's treebank table, or a lexicon line of a lemma rule.
    public var lemmaRule: String

    public init(
        start: Int, end: Int, token: Int, upos: String, xpos: String, lemma: String, head: Int, deprel: String,
        lemmaRule: String = ""
    ) {
        self.start = start
        self.end = end
        self.token = token
        self.upos = upos
        self.xpos = xpos
        self.lemma = lemma
        self.head = head
        self.deprel = deprel
        self.lemmaRule = lemmaRule
    }

    public var span: Span { Span(start, end) }

    /// The relation of a word the syntax stage tagged but did not parse (its `parse: asked`
    /// option): CoNLL-U's "no value". Its head is -1, and it heads nothing.
    public static let unparsed = "_"

    /// Whether the stage parsed the sentence this word is in.
    public var isParsed: Bool { deprel != Self.unparsed }
}
