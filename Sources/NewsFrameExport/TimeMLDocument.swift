import NewsFrameCore

/// One document as TimeML (`.tml`), the input of the TempEval-3 evaluation toolkit: the
/// document creation time as a `CREATION_TIME` timex in `<DCT>` (`XXXX-XX-XX` when the
/// document has no date), the text in `<TEXT>` with
/// every time expression in a `TIMEX3` tag (`tid`, `type`, `value`, `mod`), XML-escaped.
public enum TimeMLDocument {
    public static func render(_ document: Document, _ timexes: [Timex]) -> String {
        let text = ScalarText(document.text)
        var output = "<?xml version=\"1.0\" ?>\n<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n"
        output += "<DOCID>\(XMLText.escape(document.id))</DOCID>\n"
        // Always a DCT, which TimeML readers and the TempEval toolkit expect: an undated
        // document's is unknown, "XXXX-XX-XX" (TimeML's X for an unknown part), with no text.
        let dct = document.dct.map { XMLText.escape($0) }
        output += "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"\(dct ?? "XXXX-XX-XX")\" temporalFunction=\"false\" "
            + "functionInDocument=\"CREATION_TIME\">\(dct ?? "")</TIMEX3></DCT>\n"
        if let title = document.title { output += "<TITLE>\(XMLText.escape(title))</TITLE>\n" }
        output += "<TEXT>"
        var position = 0
        for (index, timex) in timexes.sorted(by: { $0.start < $1.start }).enumerated() where timex.start >= position {
            output += XMLText.escape(text.slice(position, timex.start))
            var attributes = "tid=\"t\(index + 1)\" type=\"\(timex.type)\" value=\"\(XMLText.escape(timex.value))\""
            if let mod = timex.mod { attributes += " mod=\"\(XMLText.escape(mod))\"" }
            attributes += " temporalFunction=\"\(timex.anchor == nil ? "false" : "true")\""
            if let anchor = timex.anchor, anchor == "dct" { attributes += " anchorTimeID=\"t0\"" }
            output += "<TIMEX3 \(attributes)>\(XMLText.escape(text.slice(timex.start, timex.end)))</TIMEX3>"
            position = timex.end
        }
        output += XMLText.escape(text.slice(position, text.count))
        output += "</TEXT>\n</TimeML>\n"
        return output
    }
}
