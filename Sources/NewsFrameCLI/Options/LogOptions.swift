import ArgumentParser
import Logging

/// `--verbose` and `--quiet`, for the commands that stream input: how much they say on
/// standard error, through swift-log. By default errors and warnings (NF codes) and
/// progress; `--quiet` errors only, no progress; `--verbose` also where the pipeline,
/// lexicons and store are and what each step did.
public struct LogOptions: ParsableArguments {
    @Flag(name: .long, help: "Also say which pipeline, lexicons and store are used, and what each step did.")
    public var verbose = false

    @Flag(name: .long, help: "Errors only: no warnings, no progress.")
    public var quiet = false

    public init() {}

    public func validate() throws {
        if verbose, quiet { throw ValidationError("'--verbose' and '--quiet' cannot be used together") }
    }

    var level: Logger.Level { verbose ? .debug : quiet ? .error : .info }

    /// Sets the process's log level; call once, first thing in `run()`.
    func bootstrap() {
        Diagnostics.bootstrap(level: level)
    }
}
