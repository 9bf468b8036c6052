/// The configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta
/// 2011) over one sentence: a stack, a buffer (the words from `front` on, then a root that
/// is never shifted), and the arcs so far with each word's nearest children, which the
/// parser's features read.
///
/// SHIFT pushes the buffer's front; LEFT makes the front the head of the stack's top and
/// pops it; RIGHT makes the word below the top its head and pops it. A word reaches the root
/// only by LEFT onto the root with nothing else on the stack, so every parse is one tree.
struct ParseState {
    static let shift = 0
    static let left = 1
    static let right = 2
    static let none = -1

    let count: Int
    var stack: [Int] = []
    var front = 0
    /// Head of each word: a word index, `count` for the root, -1 while unattached.
    var heads: [Int]
    var leftmost: [Int]
    var leftmost2: [Int]
    var rightmost: [Int]
    var rightmost2: [Int]
    var leftCount: [Int]
    var rightCount: [Int]

    init(count: Int) {
        self.count = count
        stack.reserveCapacity(count)
        heads = [Int](repeating: -1, count: count + 1)
        leftmost = [Int](repeating: Self.none, count: count + 1)
        leftmost2 = leftmost
        rightmost = leftmost
        rightmost2 = leftmost
        leftCount = [Int](repeating: 0, count: count + 1)
        rightCount = leftCount
    }

    var isTerminal: Bool { front == count && stack.isEmpty }

    @inline(__always) func stackItem(_ depth: Int) -> Int {
        depth < stack.count ? stack[stack.count - 1 - depth] : Self.none
    }

    func isValid(_ transition: Int) -> Bool {
        switch transition {
        case Self.shift: front < count
        case Self.left: !stack.isEmpty && (front < count || stack.count == 1)
        default: stack.count >= 2
        }
    }

    /// The transition to take when it is the only valid one, else nil.
    var onlyValidTransition: Int? {
        if stack.isEmpty { return front < count ? Self.shift : nil }
        guard front == count else { return nil }
        return stack.count == 1 ? Self.left : Self.right
    }

    mutating func apply(_ transition: Int) {
        switch transition {
        case Self.shift:
            stack.append(front)
            front += 1
        case Self.left:
            attach(stack.removeLast(), to: front)
        default:
            let dependent = stack.removeLast()
            attach(dependent, to: stack[stack.count - 1])
        }
    }

    private mutating func attach(_ dependent: Int, to head: Int) {
        heads[dependent] = head
        if dependent < head {
            leftCount[head] += 1
            if leftmost[head] == Self.none || dependent < leftmost[head] {
                leftmost2[head] = leftmost[head]
                leftmost[head] = dependent
            } else if leftmost2[head] == Self.none || dependent < leftmost2[head] {
                leftmost2[head] = dependent
            }
        } else {
            rightCount[head] += 1
            if rightmost[head] == Self.none || dependent > rightmost[head] {
                rightmost2[head] = rightmost[head]
                rightmost[head] = dependent
            } else if rightmost2[head] == Self.none || dependent > rightmost2[head] {
                rightmost2[head] = dependent
            }
        }
    }

    /// The dynamic oracle's cost of a transition (Goldberg & Nivre 2013): how many gold arcs
    /// it makes unreachable. `goldHeads` uses `count` for the root; `goldChildren` lists
    /// each word's gold dependents; `inStack` marks the words on the stack.
    func cost(_ transition: Int, goldHeads: [Int], goldChildren: [[Int]], inStack: [Bool]) -> Int {
        switch transition {
        case Self.shift:
            var cost = 0
            let word = front
            for child in goldChildren[word] where inStack[child] { cost += 1 }
            let head = goldHeads[word]
            if head < count, inStack[head], head != stack.last { cost += 1 }
            return cost
        case Self.left, Self.right:
            let top = stack[stack.count - 1]
            var cost = 0
            for child in goldChildren[top] where child >= front { cost += 1 }
            let head = goldHeads[top]
            let below = stack.count >= 2 ? stack[stack.count - 2] : Self.none
            if transition == Self.left {
                if head != front && (head >= front || head == below) { cost += 1 }
            } else {
                if head >= front { cost += 1 }
            }
            return cost
        default:
            return 0
        }
    }
}
