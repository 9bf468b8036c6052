import Yams

/// The contents of a `Pipelines/*.yaml` file, validated for shape before any stage is built.
public struct PipelineDefinition: Sendable {
    public struct Entry: Sendable {
        /// `name@version`, e.g. `tokenize@1`.
        public var stage: String
        public var options: [String: String]
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
            entries.append(Entry(stage: stage, options: options))
        }
        self.name = (top["name"] as? String) ?? "unnamed"
        self.stages = entries
    }
}
