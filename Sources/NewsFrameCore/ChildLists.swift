/// The dependents of each word of a document, in text order, in one flat array: an array per
/// word cost an allocation for every word with a dependent, and the events stage builds a
/// document's tree for every document it reads.
public struct ChildLists: Sendable {
    /// The dependents of word `i` are `flat[start[i]..<start[i + 1]]`.
    private let flat: [Int]
    private let start: [Int]

    /// From each word's head (an index into `heads`, or outside it for a root).
    public init(heads: some Collection<Int>, count: Int) {
        var start = [Int](repeating: 0, count: count + 1)
        for head in heads where head >= 0 && head < count { start[head + 1] += 1 }
        for index in 0..<count { start[index + 1] += start[index] }
        var next = start
        var flat = [Int](repeating: 0, count: start[count])
        // In word order, so each word's dependents come out in text order.
        for (dependent, head) in heads.enumerated() where head >= 0 && head < count {
            flat[next[head]] = dependent
            next[head] += 1
        }
        self.flat = flat
        self.start = start
    }

    public subscript(word: Int) -> ArraySlice<Int> { flat[start[word]..<start[word + 1]] }
}
