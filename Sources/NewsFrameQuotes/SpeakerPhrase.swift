/// A speaker as written: a name, a description ("a spokesman from U.S. Central Command",
/// "the group"), a pronoun, or a capitalized name no gazetteer knows. `mention` is the
/// entity it names or embeds; `types` what a pronoun or description may refer to.
package struct SpeakerPhrase {
    package init(range: Range<Int>, kind: Kind, mention: Int? = nil, typeOrder: [String] = [], ruleID: String? = nil, head: Int? = nil) {
        self.range = range
        self.kind = kind
        self.mention = mention
        self.typeOrder = typeOrder
        self.ruleID = ruleID
        self.head = head
    }

    package enum Kind {
        case entity
        case description
        case pronoun
        case name
    }

    package var range: Range<Int>
    package var kind: Kind
    package var mention: Int?
    package var types: Set<String> { Set(typeOrder) }
    /// The types in the lexicon's order of preference.
    package var typeOrder: [String] = []
    /// The lexicon line of the pronoun or description head, when one made it.
    package var ruleID: String?
    /// The head word of a description ("the command" → "command").
    package var head: Int?
}
