import ArgumentParser
import NewsFramePipeline

struct TestRules: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test-rules",
        abstract: "Run every example attached to a rule or lexicon line.",
        discussion: "Each failure names the lexicon file and line. Exits non-zero when any example fails.")

    @OptionGroup var pipeline: PipelineOptions

    func run() throws {
        let (checked, failures) = RuleExampleChecker.check(try pipeline.load())
        for failure in failures { Console.error("\(failure)") }
        Console.out("\(checked - failures.count) passed, \(failures.count) failed")
        if !failures.isEmpty { throw ExitCode(1) }
    }
}
