/// A speaker as written: a name, a description ("a spokesman from U.S. Central Command",
/// "the group"), a pronoun, or a capitalized name no gazetteer knows. `mention` is the
/// entity it names or embeds; `types` what a pronoun or description may refer to.
struct SpeakerPhrase {
    enum Kind {
        case entity
        case description
        case pronoun
        case name
    }

    var range: Range<Int>
    var kind: Kind
    var mention: Int?
    var types: Set<String> { Set(typeOrder) }
    /// The types in the lexicon's order of preference.
    var typeOrder: [String] = []
    /// The lexicon line of the pronoun or description head, when one made it.
    var ruleID: String?
    /// The head word of a description ("the command" → "command").
    var head: Int?
}
