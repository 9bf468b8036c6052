extension String {
    /// The text with every run of whitespace (tabs, line breaks, several spaces) made one
    /// space and the ends trimmed: canonical names are keys that group and merge mentions,
    /// and "Joe<TAB>Biden" across a line break is the same name as "Joe Biden".
    public var collapsingWhitespace: String {
        guard unicodeScalars.contains(where: { $0.properties.isWhitespace && $0 != " " }) || contains("  ")
            || unicodeScalars.first?.properties.isWhitespace == true || unicodeScalars.last?.properties.isWhitespace == true
        else { return self }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}
