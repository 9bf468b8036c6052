import NewsFrameCore

/// Escaping for XML and HTML text and attribute values: the one place that decides what an
/// article's `<`, `&` and quotes become, so no export can let markup through. A control
/// character a store made before ingest replaced them may still hold becomes what ingest
/// makes of it, so the file stays well-formed XML.
public enum XMLText {
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(ControlCharacters.replacement(for: scalar) ?? scalar)
            }
        }
        return result
    }
}
