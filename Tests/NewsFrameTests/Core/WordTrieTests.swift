import NewsFrameCore
import Testing

@Suite("vocabulary and word trie")
struct WordTrieTests {
    @Test("words are found from their bytes, exactly or lowercased, across rehashes")
    func vocabulary() {
        var vocabulary = Vocabulary()
        let words = (0..<5_000).map { "w\($0)" } + ["kata'ib", "Kata'ib", "hezbollah", "état"]
        let ids = words.map { vocabulary.intern($0) }
        #expect(Set(ids).count == words.count && vocabulary.count == words.count)
        #expect(vocabulary.intern("hezbollah") == ids[words.firstIndex(of: "hezbollah")!])
        for (word, id) in zip(words, ids) { #expect(vocabulary.id(word) == id) }
        func lookup(_ word: String, lowercased: Bool) -> Int32 {
            Array(word.utf8).withUnsafeBufferPointer { lowercased ? vocabulary.lowercasedID(utf8: $0) : vocabulary.id(utf8: $0) }
        }
        #expect(lookup("HEZBOLLAH", lowercased: false) == Vocabulary.unknown)
        #expect(lookup("HEZBOLLAH", lowercased: true) == vocabulary.id("hezbollah"))
        #expect(lookup("Kata'ib", lowercased: false) == vocabulary.id("Kata'ib"))
        #expect(lookup("Kata'ib", lowercased: true) == vocabulary.id("kata'ib"))
        // Not ASCII: lowercased with Unicode's rules.
        #expect(lookup("ÉTAT", lowercased: true) == vocabulary.id("état"))
        #expect(lookup("and", lowercased: true) == Vocabulary.unknown)
        // Each token's bytes, as the stages read them.
        let text = ScalarText("HEZBOLLAH near État")
        var seen: [Int32] = []
        text.forEachToken([Token(start: 0, end: 9, kind: .word), Token(start: 15, end: 19, kind: .word)]) { _, _, raw in
            seen.append(vocabulary.lowercasedID(utf8: raw))
        }
        #expect(seen == [vocabulary.id("hezbollah"), vocabulary.id("état")])
    }

    @Test("the longest phrase wins; unknown words, limits and phrase ends stop a walk")
    func longestMatch() {
        var vocabulary = Vocabulary()
        var trie = WordTrie()
        let phrases = [["al", "-", "Tanf"], ["al", "-", "Tanf", "garrison"], ["Tanf"], ["al"]]
        for (payload, phrase) in phrases.enumerated() { trie.insert(phrase.map { vocabulary.intern($0) }, payload: payload) }
        trie.insert(["x", "y"].map { vocabulary.intern($0) }, payload: 9)
        trie.insert(["x", "y"].map { vocabulary.intern($0) }, payload: 10)
        let sentence = ["near", "al", "-", "Tanf", "garrison", "x", "y"].map { vocabulary.id($0) }
        #expect(sentence[0] == Vocabulary.unknown)
        #expect(trie.longest(sentence, from: 0) == nil)
        #expect(trie.longest(sentence, from: 1)! == (1, 4))
        #expect(trie.longest(sentence, from: 1, limit: 3)! == (0, 3))
        #expect(trie.longest(sentence, from: 3)! == (2, 1))
        #expect(trie.longest(sentence, from: 5)! == (9, 2))
        #expect(trie.longestPhrase == 4)
        #expect(Set(trie.firstWords) == Set(["al", "Tanf", "x"].map { vocabulary.id($0) }))
        // Many phrases: the table grows and every phrase is still found.
        var big = WordTrie()
        big.reserve(phrases: 10)
        for index in 0..<20_000 { big.insert([vocabulary.intern("n\(index)"), vocabulary.intern("Base")], payload: index) }
        #expect(big.longest([vocabulary.id("n19999"), vocabulary.id("Base")], from: 0)! == (19_999, 2))
        #expect(big.longest([vocabulary.id("n7")], from: 0) == nil)
    }
}
