import NewsFrameCore

/// Every class a temporal pattern can name: the lexicon classes listed in
/// `temporal-classes.tsv`, and a few shapes no list can hold (`digits`, `day`, `year`,
/// `decade`, `number`, and the clock times one token spells: `clock` "8.50", `clockam` "3pm",
/// "8.50am"), recognized from the token's characters.
final class TemporalClasses: Sendable {
    static let builtIn: Set<String> = ["digits", "day", "year", "decade", "number", "word", "clock", "clockam"]
    /// Rule-index keys for token shapes; vocabulary ids are 0 and up.
    static let numberKey = -2
    static let ordinalDigitsKey = -3
    static let decadeKey = -4
    static let wordKey = -5
    static let clockKey = -6
    static let clockMeridiemKey = -7
    /// The lexicon class whose words `number` composes ("twenty-four").
    static let numberWords = "numberword"
    /// The lexicon class whose one-word forms may be glued to a clock time ("3pm", "8.50am").
    static let meridiemClass = "meridiem"

    let lexicon: [String: PhraseClass]
    /// Every class name, indexed by the id patterns store.
    private let ordered: [String]
    private let ids: [String: Int]
    private let phraseByID: [PhraseClass?]

    /// Vocabulary ids of the number words a spoken year starts with ("nineteen" in "nineteen
    /// ninety-six", as broadcast transcripts write years): those whose value is a century,
    /// 10 to 20. They key the `year` shape and count as core words for the gate.
    let spokenYearStarts: Set<Int>
    /// The one-word forms of the `meridiem` class, lowercased, and their values.
    let gluedMeridiems: [String: String]
    static let spokenCenturies = 10...20
    static let spokenYearsOfCentury = 10...99

    init(lexicon: [String: PhraseClass], gluedMeridiems: [String: String] = [:]) {
        self.lexicon = lexicon
        self.gluedMeridiems = gluedMeridiems
        ordered = Self.builtIn.sorted() + lexicon.keys.sorted()
        ids = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1, $0) })
        phraseByID = ordered.map { lexicon[$0] }
        spokenYearStarts = Set((lexicon[Self.numberWords]?.singleWordValues ?? [:]).compactMap { id, value in
            Int(value).map { Self.spokenCenturies.contains($0) } == true ? id : nil
        })
    }

    var names: Set<String> { Set(ordered) }

    var count: Int { ordered.count }

    func id(of name: String) -> Int? { ids[name] }

    func name(of id: Int) -> String { ordered[id] }

    /// The most tokens a phrase of this class spans.
    func longest(id: Int) -> Int {
        if let phraseClass = phraseByID[id] { return phraseClass.longest }
        // "twenty - four" for numbers; "nineteen ninety - six" for a spoken year.
        switch ordered[id] {
        case "number": return 3
        case "year": return 4
        default: return 1
        }
    }

    func match(id: Int, _ tokens: TemporalTokens, _ position: Int) -> (String, Int)? {
        if let phraseClass = phraseByID[id] { return phraseClass.match(tokens, at: position) }
        return match(ordered[id], tokens, position)
    }

    func match(_ name: String, _ tokens: TemporalTokens, _ position: Int) -> (String, Int)? {
        switch name {
        case "digits":
            return tokens.integer(position).map { (String($0), 1) }
        case "day":
            if let value = tokens.integer(position), (1...31).contains(value), tokens.original(position).count <= 2 {
                return (String(value), 1)
            }
            if let value = Self.ordinalDigits(tokens.lower(position)), (1...31).contains(value) { return (String(value), 1) }
            return nil
        case "year":
            guard tokens.tokens[position].kind == .number else { return spokenYear(tokens, position) }
            guard tokens.original(position).count == 4, let value = tokens.integer(position), (1000...2199).contains(value)
            else { return nil }
            return (String(value), 1)
        case "decade":
            let text = tokens.lower(position)
            guard text.count == 5, text.hasSuffix("0s"), let value = Int(text.prefix(4)), (1000...2190).contains(value)
            else { return nil }
            return (String(text.prefix(3)), 1)
        case "number":
            return number(tokens, position)
        case "word":
            return tokens.tokens[position].kind == .word ? (tokens.lower(position), 1) : nil
        case "clock":
            // "8.50" (with a meridiem after it, as rules ask): the hour and minutes one number spells.
            guard tokens.tokens[position].kind == .number, let (hour, minute, rest) = Self.clockParts(tokens.lower(position)), let minute, rest.isEmpty
            else { return nil }
            return ("\(hour):\(minute)", 1)
        case "clockam":
            // "3pm", "8.50am": a clock time with its meridiem glued on.
            guard tokens.tokens[position].kind == .word, let (hour, minute, rest) = Self.clockParts(tokens.lower(position)),
                let meridiem = gluedMeridiems[rest]
            else { return nil }
            return ("\(hour):\(minute ?? "00"):\(meridiem)", 1)
        default:
            return lexicon[name]?.match(tokens, at: position)
        }
    }

    /// A year in words: a century (10-20) and a year of it (10-99), both number words
    /// ("nineteen ninety-six" → 1996).
    private func spokenYear(_ tokens: TemporalTokens, _ position: Int) -> (String, Int)? {
        guard spokenYearStarts.contains(tokens.ids[position]), let words = lexicon[Self.numberWords],
            let (first, length) = words.match(tokens, at: position), let century = Int(first), Self.spokenCenturies.contains(century)
        else { return nil }
        let next = position + length
        guard next < tokens.count, tokens.sentence[next] == tokens.sentence[position], tokens.tokens[next].kind == .word,
            let (second, rest) = number(tokens, next), let year = Int(second), Self.spokenYearsOfCentury.contains(year)
        else { return nil }
        return (String(century * 100 + year), length + rest)
    }

    /// Digits, a number word, or tens and units ("twenty four", "twenty-four").
    private func number(_ tokens: TemporalTokens, _ position: Int) -> (String, Int)? {
        if let value = tokens.integer(position) { return (String(value), 1) }
        guard let words = lexicon[Self.numberWords], let (first, length) = words.match(tokens, at: position) else { return nil }
        guard let tens = Int(first) else { return (first, length) }
        if tens >= 20, tens % 10 == 0, tens < 100 {
            var next = position + length
            if next < tokens.count, tokens.lower(next) == "-" { next += 1 }
            if next < tokens.count, let (unit, unitLength) = words.match(tokens, at: next), let units = Int(unit), (1...9).contains(units) {
                return (String(tens + units), next + unitLength - position)
            }
        }
        return (first, length)
    }

    /// A clock time's parts in one token: one or two digits of the hour, then optionally a dot
    /// or colon and two digits of minutes, then the rest ("8.50am" → 8, "50", "am").
    static func clockParts(_ text: String) -> (hour: Int, minute: String?, rest: String)? {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var hour = 0
        var digits = 0
        while index < scalars.endIndex, let digit = scalars[index].properties.numericType != nil ? Int(String(scalars[index])) : nil, digits < 2 {
            hour = hour * 10 + digit
            digits += 1
            index = scalars.index(after: index)
        }
        guard digits > 0, hour <= 24 else { return nil }
        var minute: String? = nil
        if index < scalars.endIndex, scalars[index] == "." || scalars[index] == ":" {
            let start = scalars.index(after: index)
            guard let end = scalars.index(start, offsetBy: 2, limitedBy: scalars.endIndex) else { return nil }
            let minutes = String(scalars[start..<end])
            guard let value = Int(minutes), minutes.count == 2, value < 60 else { return nil }
            minute = minutes
            index = end
        }
        return (hour, minute, String(scalars[index...]))
    }

    /// A word that begins with a digit ("22nd", "1990s"): the shapes of the `day` and `decade` classes.
    static func hasDigitShape(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9")
    }

    /// A day written as an ordinal ("22nd", "4th"): one or two digits and a two-letter ending.
    /// The ending is checked by shape, not spelled out, so no language's suffixes live in code.
    static func ordinalDigits(_ text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        guard (3...4).contains(scalars.count), scalars.suffix(2).allSatisfy({ $0.properties.isLowercase }) else { return nil }
        let digits = scalars.dropLast(2)
        guard digits.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return Int(String(String.UnicodeScalarView(digits)))
    }

    func firstKeys(_ name: String) -> Set<Int> {
        switch name {
        case "digits": return [Self.numberKey]
        case "year": return spokenYearStarts.union([Self.numberKey])
        case "day": return [Self.numberKey, Self.ordinalDigitsKey]
        case "decade": return [Self.decadeKey]
        case "word": return [Self.wordKey]
        case "clock": return [Self.clockKey]
        case "clockam": return [Self.clockMeridiemKey]
        case "number":
            return lexicon[Self.numberWords].map { Set($0.firstWords).union([Self.numberKey]) } ?? [Self.numberKey]
        default:
            return lexicon[name].map { Set($0.firstWords) } ?? []
        }
    }

    /// Calls `body` with each key a token offers for rule lookup: its lowercased text and its
    /// shapes (number, ordinal digits, decade, word).
    static func forEachKey(_ tokens: TemporalTokens, _ position: Int, _ body: (Int) -> Void) {
        if tokens.ids[position] >= 0 { body(tokens.ids[position]) }
        switch tokens.tokens[position].kind {
        case .number:
            body(numberKey)
            // "8.50", "10.15": a number of four or five characters may be a clock time.
            if (4...5).contains(tokens.length(position)) { body(clockKey) }
        case .word:
            body(wordKey)
            // "3pm", "8.50am", "10.15pm": a word that begins with a digit may be a clock time.
            if ("0"..."9").contains(tokens.firstScalar(position)), (3...7).contains(tokens.length(position)) { body(clockMeridiemKey) }
            // Shapes that begin with a digit ("22nd", "1990s"): the text is made only for them.
            let first = tokens.firstScalar(position)
            if ("0"..."9").contains(first), (3...5).contains(tokens.length(position) - (tokens.possessive[position] ? 2 : 0)) {
                let text = tokens.lower(position)
                if ordinalDigits(text) != nil { body(ordinalDigitsKey) }
                if text.count == 5, text.hasSuffix("0s"), Int(text.prefix(4)) != nil { body(decadeKey) }
            }
        default:
            break
        }
    }
}

