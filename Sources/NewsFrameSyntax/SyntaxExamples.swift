import Foundation
import NewsFrameCore

/// The examples of the syntax stage's lexicons, run by `test-rules` and the test suite:
/// each word-splitting line with the words its example must give, each lemma rule with the
/// lemma (and the rule) its example word must get.
enum SyntaxExamples {
    static func examples(
        words: LexiconTable, rules: LexiconTable, irregular: LexiconTable, functionWords: LexiconTable, clauseWords: ClauseWords
    ) -> [RuleExample] {
        var examples: [RuleExample] = []
        for row in functionWords.rows {
            guard let text = row["example"], let expect = row["expect"], let colon = expect.firstIndex(of: ":") else { continue }
            let assignment = expect[expect.index(after: colon)...].trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            guard assignment.count == 2 else { continue }
            examples.append(RuleExample(
                ruleID: row.ruleID, text: text, dct: nil,
                expectations: [.clause(word: String(expect[..<colon]), property: String(assignment[0]), value: String(assignment[1]), functionWords: clauseWords)]))
        }
        for row in words.rows {
            guard let text = row["example"], let expected = row["words"] else { continue }
            examples.append(RuleExample(ruleID: row.ruleID, text: text, dct: nil, expectations: [.words(expected.split(separator: " ").map(String.init))]))
        }
        for (table, checksRule) in [(rules, true), (irregular, false)] {
            for row in table.rows {
                guard let text = row["example"] else { continue }
                let expectation: RuleExample.Expectation
                if let expect = row["expect"] {
                    let parts = expect.components(separatedBy: " → ")
                    guard parts.count == 2 else { continue }
                    // The UNDOUBLE line's example gets its lemma from a suffix rule's line.
                    let ownRule = checksRule && row["tags"] != LemmaRules.undoubleTag
                    expectation = .lemma(form: parts[0], lemma: parts[1], rule: ownRule ? row.ruleID : nil)
                } else if let form = row["form"], let lemma = row["lemma"] {
                    expectation = .lemma(form: form, lemma: lemma, rule: nil)
                } else {
                    continue
                }
                examples.append(RuleExample(ruleID: row.ruleID, text: text, dct: nil, expectations: [expectation]))
            }
        }
        return examples
    }
}
