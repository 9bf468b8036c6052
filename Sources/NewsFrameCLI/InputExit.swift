import ArgumentParser

/// The exit status of a command that reads inputs (`process`, `ingest`, `annotate`, `load`),
/// one policy for all of them, listed in `--help`: 0 done; 1 failed, or a named input does
/// not exist or cannot be read (the rest went through all the same); 2 input rejected under
/// `--strict`; 3 nothing was read at all.
enum InputExit {
    static let help = "Exit status: 0 done; 1 failed, or a named input could not be read (the rest went through); 2 input rejected under --strict; 3 nothing was read."

    static func check(missing: Int, read: Int, rejected: Int, strict: Bool) throws {
        if missing > 0 {
            Console.error("error: \(missing) named input\(missing == 1 ? "" : "s") could not be read (NF008 above); everything else went through")
            throw ExitCode(1)
        }
        if read == 0 {
            Console.error("error: nothing was read from the inputs")
            throw ExitCode(3)
        }
        if strict, rejected > 0 { throw ExitCode(2) }
    }
}
