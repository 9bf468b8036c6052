/// Why a pipeline could not be built. Each message names the file, the stage and what to do.
public struct PipelineError: Error, Sendable, CustomStringConvertible {
    public var code: String
    public var message: String

    public init(code: String, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "error \(code): \(message)" }
}
