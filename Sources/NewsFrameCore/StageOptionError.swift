/// An option of a stage in a pipeline file whose value the stage cannot use. The pipeline
/// loader prefixes the file and the stage, so the message says where and what to write.
public struct StageOptionError: Error, Sendable, CustomStringConvertible {
    public var option: String
    public var value: String
    /// What the option takes ("a whole number of at least 10").
    public var expected: String

    public init(option: String, value: String, expected: String) {
        self.option = option
        self.value = value
        self.expected = expected
    }

    public var description: String { "option \(option): '\(value)' is not \(expected)" }
}
