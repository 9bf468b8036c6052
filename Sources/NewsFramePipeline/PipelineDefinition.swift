import Yams

/// The contents of a `Pipelines/*.yaml` file, validated for shape before any stage is built.
public struct PipelineDefinition: Sendable {
    public struct Entry: Sendable {
        /// `name@version`, e.g. `tokenize@1`.
        public var stage: String
        public var options: [String: String]
        /// The line of each option in the file, so an unusable value is reported where it is.
        public var optionLines: [String: Int] = [:]
    }

    public var name: String
    public var stages: [Entry]

    public init(name: String, stages: [Entry]) {
        self.name = name
        self.stages = stages
    }

    public init(yaml: String, file: String) throws {
        let root: Any?
        do {
            root = try Yams.load(yaml: yaml)
        } catch {
            throw PipelineError(code: "NF109", "\(file): not valid YAML: \(error)")
        }
        guard let top = root as? [String: Any] else {
            throw PipelineError(code: "NF109", "\(file): expected a mapping with 'name' and 'stages'")
        }
        guard let stageList = top["stages"] as? [Any] else {
            throw PipelineError(code: "NF109", "\(file): 'stages' must be a list of {stage: name@version, options: {...}}")
        }
        var entries: [Entry] = []
        for (index, item) in stageList.enumerated() {
            guard let map = item as? [String: Any], let stage = map["stage"] as? String else {
                throw PipelineError(code: "NF109", "\(file): stage \(index + 1) needs a 'stage: name@version' key")
            }
            var options: [String: String] = [:]
            if let raw = map["options"] {
                guard let optionMap = raw as? [String: Any] else {
                    throw PipelineError(code: "NF109", "\(file): stage \(index + 1) '\(stage)': 'options' must be a mapping")
                }
                for (key, value) in optionMap {
                    guard value is String || value is Int || value is Double || value is Bool else {
                        throw PipelineError(code: "NF109", "\(file): stage \(index + 1) '\(stage)': option '\(key)' must be a scalar")
                    }
                    options[key] = "\(value)"
                }
            }
            entries.append(Entry(stage: stage, options: options, optionLines: Self.optionLines(yaml, stageIndex: index, keys: Set(options.keys))))
        }
        self.name = (top["name"] as? String) ?? "unnamed"
        self.stages = entries
    }

    /// The lines of `keys` within the `stageIndex`-th `- stage:` item of the file: the text is
    /// scanned, since the parsed YAML keeps no positions. A key not found has no line.
    static func optionLines(_ yaml: String, stageIndex: Int, keys: Set<String>) -> [String: Int] {
        var result: [String: Int] = [:]
        var item = -1
        for (number, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("- stage:") || trimmed.hasPrefix("-  stage:") {
                item += 1
                continue
            }
            guard item == stageIndex, let colon = trimmed.firstIndex(of: ":") else { continue }
            let key = String(trimmed[..<colon])
            if keys.contains(key), result[key] == nil { result[key] = number + 1 }
        }
        return result
    }
}
