/// "IS fighters attacked a base", "the IT department": a word written in capitals in a sentence
/// of ordinary case is an acronym, a name, even where its lower-case form is a function word the
/// tagger knows well ("is", "it", "us"), which the tagger reads from. One the tagger gave a
/// closed class (auxiliary, adposition, pronoun, determiner, conjunction, particle) is retagged
/// a proper noun, so the parse reads a noun there. Headlines and lines in capitals are left
/// alone: there capitals say nothing of acronyms.
struct AcronymCase: Sendable {
    /// The tagger's class of a singular proper noun, if the model has it.
    let properClass: Int?
    /// The universal parts of speech of closed classes.
    static let closedClasses: Set<String> = ["AUX", "ADP", "PRON", "DET", "CCONJ", "SCONJ", "PART"]
    /// Whether each of the tagger's classes is closed (read per word, so a flag, not a name).
    let isClosed: [Bool]

    init(classParts: [(upos: String, xpos: String)]) {
        properClass = classParts.firstIndex { $0.upos == "PROPN" && $0.xpos == "NNP" }
        isClosed = classParts.map { Self.closedClasses.contains($0.upos) }
    }

    /// Retags, in place, the acronyms the tagger read as function words.
    func repair(_ tags: inout [Int], forms: [String], classParts: [(upos: String, xpos: String)]) {
        guard let properClass, tags.contains(where: { isClosed[$0] }) else { return }
        // (Most sentences have no word in capitals a closed class was given: done at once.)
        guard tags.indices.contains(where: { isClosed[tags[$0]] && Self.isCapitals(forms[$0]) }), !HeadlineCase.isHeadline(forms) else { return }
        var lettered = 0
        var capitals = 0
        for form in forms where form.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
            lettered += 1
            if Self.isCapitals(form) { capitals += 1 }
        }
        // (A line with many words in capitals is shouted, not a run of acronyms; so is a word
        // beside another in capitals: "MUST WATCH", "TWO DEAD, 16 INJURED IN …".)
        guard capitals * 4 < lettered else { return }
        for index in tags.indices where isClosed[tags[index]] && Self.isCapitals(forms[index]) {
            let before = forms[..<index].last { $0.unicodeScalars.contains { $0.properties.isAlphabetic } }
            let after = forms[(index + 1)...].first { $0.unicodeScalars.contains { $0.properties.isAlphabetic } }
            guard !(before.map(Self.isCapitals) ?? false), !(after.map(Self.isCapitals) ?? false) else { continue }
            tags[index] = properClass
        }
    }

    /// Two or more letters, all capitals ("IS", "UN"; not "I", "A" or "Iraq").
    static func isCapitals(_ form: String) -> Bool {
        // (Most words open with a small letter or are one letter long: no scan.)
        guard let first = form.utf8.first, !(0x61...0x7A).contains(first), form.utf8.count >= 2 else { return false }
        var letters = 0
        for scalar in form.unicodeScalars {
            guard scalar.properties.isAlphabetic else { continue }
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }
}
