/// A headline the tagger left without a verb ("Car bomber kills 9 at checkpoint", with "kills"
/// read as a plural noun after two nouns) has one all the same: its first plural noun is that
/// verb when the treebank saw the form as a verb of the third person (VBZ), a noun stands right
/// before it (the subject's head) and words follow it. Only in a sentence with no verb and no
/// closing punctuation, as headlines are written, so the parse gets a predicate and the events
/// stage a trigger. ("Timeline: five months of attacks on bases" keeps its nouns.)
struct VerblessHeadline: Sendable {
    /// The tagger's class of a third-person verb and of a plural noun, if the model has them.
    let verbClass: Int?
    let pluralClass: Int?

    init(classParts: [(upos: String, xpos: String)]) {
        verbClass = classParts.firstIndex { $0.upos == "VERB" && $0.xpos == "VBZ" }
        pluralClass = classParts.firstIndex { $0.upos == "NOUN" && $0.xpos == "NNS" }
    }

    /// Retags, in place, the plural noun that is the headline's verb, if one is.
    func repair(_ tags: inout [Int], forms: [String], classParts: [(upos: String, xpos: String)], lemmatizer: Lemmatizer) {
        guard let verbClass, let pluralClass, tags.count >= 3, classParts[tags[tags.count - 1]].upos != "PUNCT",
            !tags.contains(where: { ["VERB", "AUX"].contains(classParts[$0].upos) }),
            let index = (1..<(tags.count - 1)).first(where: { tags[$0] == pluralClass })
        else { return }
        if ["NOUN", "PROPN"].contains(classParts[tags[index - 1]].upos), lemmatizer.saw(forms[index], as: classParts[verbClass].xpos) {
            tags[index] = verbClass
        }
    }
}
