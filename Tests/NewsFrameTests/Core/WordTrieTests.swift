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
        let text = ScalarText("HEZBOLLAH and Kata'ib near État")
        #expect(text.withUTF8(0, 9) { vocabulary.id(utf8: $0) } == Vocabulary.unknown)
        #expect(text.withUTF8(0, 9) { vocabulary.lowercaseID(utf8: $0) } == vocabulary.id("hezbollah"))
        #expect(text.withUTF8(14, 21) { vocabulary.id(utf8: $0) } == vocabulary.id("Kata'ib"))
        #expect(text.withUTF8(14, 21) { vocabulary.lowercaseID(utf8: $0) } == vocabulary.id("kata'ib"))
        // Not ASCII: the caller lowercases with Unicode's rules.
        #expect(text.withUTF8(27, 31) { vocabulary.lowercaseID(utf8: $0) } == nil)
        #expect(text.withUTF8(10, 13) { vocabulary.id(utf8: $0) } == Vocabulary.unknown)
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
