/// A frame on one line for people reading failures, `show` and `diff`:
/// `ATTACK 'struck' actor=… target=… time=… [status] rule`.
public enum EventDescription {
    public static func line(_ frame: EventFrame, _ text: ScalarText, rule: Bool = false) -> String {
        var parts = ["\(frame.type) '\(text.slice(frame.trigger))'"]
        for argument in frame.arguments {
            let shown = argument.value ?? argument.canonical ?? text.slice(argument.span)
            parts.append("\(argument.role)=\(shown)\(argument.count.map { " ×\($0)" } ?? "")")
        }
        if !frame.status.isEmpty { parts.append("[\(frame.status.joined(separator: ","))]") }
        if rule { parts.append(frame.rule) }
        return parts.joined(separator: " ")
    }
}
