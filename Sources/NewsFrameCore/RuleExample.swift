/// An example attached to a rule or lexicon line, and what running the pipeline on it must
/// give. Examples are data (a column of the lexicon file) and are run as tests, so a rule's
/// documentation can never drift from its behaviour.
public struct RuleExample: Sendable {
    public enum Expectation: Sendable, Hashable {
        /// The text splits into this many sentences.
        case sentences(Int)
        /// This form is one token.
        case token(String)
        /// A timex covers exactly this text and has this value.
        case timex(text: String, value: String)
        /// No timex covers exactly this text.
        case noTimex(text: String)
        /// An entity mention covers exactly this text, with this type and canonical name
        /// (nil: not checked).
        case entity(text: String, type: String?, canonical: String?)
        /// Some mention has this canonical name and type.
        case entityCanonical(String, type: String)
        /// Some quotation has this text (nil: any), kind, speaker mention text and resolved
        /// speaker (nil: not checked).
        case quote(text: String?, kind: String?, speaker: String?, canonical: String?)
        /// Some frame of this type has this trigger text and, for each listed role, an
        /// argument whose canonical name, value or text is the one given ("-": the role is
        /// empty); `status` lists statuses it must carry (["-"]: none).
        case event(type: String, trigger: String, arguments: [String: String], status: [String])
        /// No frame has this trigger text.
        case noEvent(trigger: String)
        /// The text's syntactic words, in order, are these.
        case words([String])
        /// A word with this text has this lemma, made by this rule (nil: any rule).
        case lemma(form: String, lemma: String, rule: String?)
        /// What `SyntaxTree` says of the word with this text: `tense`, `negated` (yes, no) or
        /// `agent` (the agent's text).
        case clause(word: String, property: String, value: String, functionWords: ClauseWords)
    }

    public var ruleID: String
    public var text: String
    public var dct: String?
    public var expectations: [Expectation]

    public init(ruleID: String, text: String, dct: String?, expectations: [Expectation]) {
        self.ruleID = ruleID
        self.text = text
        self.dct = dct
        self.expectations = expectations
    }
}

/// A stage whose rules carry examples.
public protocol ExampleProviding {
    var examples: [RuleExample] { get }
}
