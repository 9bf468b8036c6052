import ArgumentParser

/// The `newsframe` command: one subcommand per job, each in `Subcommands/`.
public struct NewsFrameCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "newsframe",
        abstract: "Extract who did what to whom, where, when and who said so from news article dumps.",
        subcommands: [
            Process.self, Ingest.self, Run.self, Annotate.self, Load.self, Status.self, Show.self, Export.self, Diff.self, Entities.self, Merge.self, Events.self, Eval.self, EvalTimeML.self, EvalEntities.self, EvalQuotes.self, EvalEvents.self, TestRules.self, Profile.self, TrainSyntax.self, EvalSyntax.self,
        ])

    @Flag(name: .long, help: "Print the version, the commit it was built from and the lexicon fingerprint.")
    var version = false

    public init() {}

    public mutating func run() throws {
        guard version else { throw CleanExit.helpRequest(self) }
        Console.out(VersionInfo.line())
    }
}
