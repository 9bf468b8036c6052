import NewsFrameCore
import Testing

/// A tree's dependents per word, kept in one flat array.
@Suite("child lists")
struct ChildListsTests {
    @Test("the children of each word in text order, roots and stray heads left out")
    func childLists() {
        let children = ChildLists(heads: [2, 2, -1, 2, 5, 3, 9], count: 7)
        #expect(Array(children[2]) == [0, 1, 3])
        #expect(Array(children[3]) == [5])
        #expect(Array(children[5]) == [4])
        #expect(children[0].isEmpty && children[6].isEmpty)
    }
}
