/// Headlines and all-capitals lines ("Drone Strike Hits Base in Syria") capitalize every word,
/// and a tagger trained on running text reads each capital as a name: "Hits" becomes a proper
/// noun and the headline has no verb. In a sentence where most words are capitalized, a word
/// whose lower-case form the treebank knows as an ordinary word, and whose written form it
/// never saw as a proper noun, is read in lower case ("Hits" → "hits"; "Iran" and "Red" in
/// "Red Sea" keep their capital). Only the model's input changes: offsets and text stay.
struct HeadlineCase: Sendable {
    /// Lower-case forms the treebank has with a tag other than a proper noun's.
    private let ordinary: Set<String>
    /// Forms the treebank has as proper nouns, as written.
    private let proper: Set<String>

    init(lemmaTable: [String: String]) {
        var ordinary: Set<String> = []
        var proper: Set<String> = []
        for key in lemmaTable.keys {
            guard let tab = key.firstIndex(of: "\t") else { continue }
            let tag = key[..<tab], form = String(key[key.index(after: tab)...])
            if tag == "NNP" || tag == "NNPS" {
                proper.insert(form)
            } else if form == form.lowercased() {
                ordinary.insert(form)
            }
        }
        self.ordinary = ordinary
        self.proper = proper
    }

    /// At least three words with letters, three in four of them starting with a capital.
    static func isHeadline<Forms: Collection>(_ forms: Forms) -> Bool where Forms.Element == String {
        var words = 0
        var capitalized = 0
        for form in forms {
            guard let first = form.unicodeScalars.first, first.properties.isAlphabetic else { continue }
            words += 1
            if first.properties.isUppercase { capitalized += 1 }
        }
        return words >= 3 && capitalized * 4 >= words * 3
    }

    /// The forms the model should read: headline words in lower case where it is safe.
    func modelForms(_ forms: [String]) -> [String] {
        guard Self.isHeadline(forms) else { return forms }
        return forms.map { form in
            guard form.unicodeScalars.first?.properties.isUppercase == true, !proper.contains(form) else { return form }
            let lower = form.lowercased()
            return ordinary.contains(lower) ? lower : form
        }
    }
}
