/// The colour of each annotation type, shared by the HTML report and brat's `visual.conf`
/// so a user sees the same colours in both.
public enum HTMLPalette {
    public static let colours: [String: String] = [
        "PERSON": "#aa9cfc", "ORG": "#7aecec", "GPE": "#feca74", "LOC": "#ff9561", "FAC": "#9cc9cc", "NORP": "#c887fb",
        "WEAPON": "#ff8197", "TIMEX3": "#bfe1d9", "Quotation": "#f0f0a8", "Speaker": "#e4e7d2",
        "EVENT": "#f4a261",
    ]
}
