/// A trigger found in the text before it becomes a frame: which lexicon entry, where, and
/// how it is used (a verb in the passive, a nominal), with the type it ends up with.
struct TriggerMention {
    var entry: Int
    var type: String
    var range: Range<Int>
    var isNoun: Bool
    var isPassive: Bool
}
