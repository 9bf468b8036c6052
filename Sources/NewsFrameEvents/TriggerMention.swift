/// A trigger found in the text before it becomes a frame: which lexicon entry, where, and
/// how it is used (a verb in the passive, a nominal), with the type it ends up with.
struct TriggerMention {
    var entry: Int
    var type: String
    var range: Range<Int>
    var isNoun: Bool
    var isPassive: Bool
    /// A nominal a date possesses ("Sunday's drone attack", "Wednesday night's attack"), or a
    /// singular one a date stands in after "the" ("the Tuesday night attack"): like "the
    /// attack", it names an event the report has told of, and its date is that event's.
    var isDatedPossessive = false
    /// A verb in the past perfect ("had been killed"): a tally or background told from a later
    /// point, not the next step of the event a lead tells ("have been killed" may be).
    var isPluperfect = false
}
