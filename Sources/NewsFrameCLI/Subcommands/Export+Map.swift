import Foundation
import NewsFrameCore
import NewsFrameExport
import NewsFramePipeline
import NewsFrameStore

/// The HTML report's map: the world outline is found where the other lexicons are
/// (`--lexicons`, else `NewsFrameResources`), then every merged event streams into it.
extension Export {
    /// The outline, read before any page is written so a broken line stops the export at
    /// once, naming file and line. A folder given with `--lexicons` must hold it; the bundled
    /// lexicons may lack it (a binary copied alone, an older bundle): the report then has no
    /// map, and says why on standard error.
    func worldOutline() throws -> WorldOutline? {
        if let lexicons { return try WorldOutline.load(from: URL(fileURLWithPath: lexicons, isDirectory: true)) }
        let folder: URL
        do {
            folder = try NewsFrameResources.locate().lexicons
        } catch {
            Console.error("warning: the report has no map: \(error)")
            return nil
        }
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(WorldOutline.fileName).path) else {
            Console.error("warning: the report has no map: \(folder.path) holds no \(WorldOutline.fileName)")
            return nil
        }
        return try WorldOutline.load(from: folder)
    }

    /// The map of every merged event (not only the timeline's first 2,000), in bounded memory.
    func worldMap(_ outline: WorldOutline, _ corpus: CorpusStore) throws -> WorldMap {
        var map = WorldMap(outline: outline)
        try corpus.mergedEvents { map.add($0) }
        return map
    }
}
