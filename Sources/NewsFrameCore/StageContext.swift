import Foundation

/// What a stage is built from: its options from the pipeline file and the lexicon folder.
///
/// Every lexicon a stage reads goes through `table(_:required:)`, which records the file's
/// content; the stage's fingerprint is the hash of its name, version, options and those
/// contents, so editing one lexicon reruns exactly the stages that read it.
public final class StageContext {
    public let options: [String: String]
    public let lexiconDirectory: URL
    public private(set) var lexiconErrors: [LexiconError] = []
    private var fingerprintParts: [String] = []
    private var readOptions: Set<String> = []
    /// The value each option had when the stage read it, defaults included: a pipeline that
    /// spells out a default and one that leaves it out build the same stage.
    private var effectiveOptions: [String: String] = [:]

    /// Options the pipeline set that the stage never read: almost always a misspelling.
    public var unreadOptions: [String] { options.keys.filter { !readOptions.contains($0) }.sorted() }

    public init(options: [String: String], lexiconDirectory: URL) {
        self.options = options
        self.lexiconDirectory = lexiconDirectory
    }

    /// An option's value, or `defaultValue` when the pipeline does not set it.
    public func option(_ key: String, default defaultValue: String) -> String {
        readOptions.insert(key)
        let value = options[key] ?? defaultValue
        effectiveOptions[key] = value
        return value
    }

    /// A whole-number option of at least `minimum`; any other value is a `StageOptionError`
    /// (the pipeline reports it with its file and line), never silently the default.
    public func wholeNumberOption(_ key: String, default defaultValue: Int, atLeast minimum: Int = 0) throws -> Int {
        let value = option(key, default: String(defaultValue))
        guard let number = Int(value.trimmingCharacters(in: .whitespaces)), number >= minimum else {
            throw StageOptionError(option: key, value: value, expected: "a whole number of at least \(minimum)")
        }
        return number
    }

    /// Reads and validates the lexicon called `name` (a file in the lexicon folder).
    public func table(_ name: String, required: [String]) throws -> LexiconTable {
        let url = lexiconDirectory.appendingPathComponent(name)
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LexiconError(file: "Lexicons/\(name)", line: 0, message: "cannot read \(url.path): \(error.localizedDescription)")
        }
        guard let contents = String(data: data, encoding: .utf8) else {
            throw LexiconError(file: "Lexicons/\(name)", line: 0, message: "is not valid UTF-8")
        }
        fingerprintParts.append(name)
        fingerprintParts.append(contents)
        let table = try LexiconTable(name: name, contents: contents, required: required)
        lexiconErrors.append(contentsOf: table.errors)
        return table
    }

    /// Reads a binary lexicon file (a trained model); `digest` (a stable hash of the bytes,
    /// computed by the caller, whose code is built for speed) enters the fingerprint, so
    /// retraining the model reruns the stage.
    public func data(_ name: String, digest: (Data) -> String) throws -> Data {
        let url = lexiconDirectory.appendingPathComponent(name)
        do {
            let data = try Data(contentsOf: url)
            fingerprintParts.append(name)
            fingerprintParts.append(digest(data))
            return data
        } catch {
            throw LexiconError(file: "Lexicons/\(name)", line: 0, message: "cannot read \(url.path): \(error.localizedDescription)")
        }
    }

    /// The fingerprint of a stage built from this context.
    public func fingerprint(stage: String) -> String {
        var hash = StableHash()
        hash.combine(stage)
        for key in effectiveOptions.keys.sorted() {
            hash.combine(key)
            hash.combine(effectiveOptions[key] ?? "")
        }
        for part in fingerprintParts { hash.combine(part) }
        return hash.hexDigest
    }
}
