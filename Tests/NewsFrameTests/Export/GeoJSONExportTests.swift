import Foundation
import NewsFrameStore
import Testing

/// `export --format geojson`: RFC 7946 as the map tools read it, one Point per placed event.
@Suite("export: geojson")
struct GeoJSONExportTests {
    @Test("one Point feature per merged event with coordinates, [longitude, latitude] in range, its fields as properties; no events is an empty collection")
    func features() throws {
        let folder = try TestSupport.scratch()
        let db = try TestSupport.processedSample(in: folder, name: "s.sqlite")
        let output = try TestSupport.run(["export", "--db", db, "--format", "geojson"])
        #expect(output.status == 0, "\(output.stderr)")
        let collection = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        #expect(collection["type"] as? String == "FeatureCollection")
        let features = try #require(collection["features"] as? [[String: Any]])
        var placed: [String: (Double, Double)] = [:]
        try CorpusStore(readingFrom: db).mergedEvents { event in
            if let lat = event.lat, let lon = event.lon { placed[event.eventID] = (lat, lon) }
        }
        #expect(!placed.isEmpty && features.count == placed.count, "\(features.count) features, \(placed.count) placed events")
        for feature in features {
            #expect(feature["type"] as? String == "Feature")
            let geometry = try #require(feature["geometry"] as? [String: Any])
            let coordinates = try #require(geometry["coordinates"] as? [Double])
            let properties = try #require(feature["properties"] as? [String: Any])
            let id = try #require(properties["event_id"] as? String)
            #expect(feature["id"] as? String == id && geometry["type"] as? String == "Point")
            #expect(coordinates.count == 2 && (-180...180).contains(coordinates[0]) && (-90...90).contains(coordinates[1]))
            #expect(placed[id].map { $0.0 == coordinates[1] && $0.1 == coordinates[0] } == true, "[lon, lat] of \(id)")
            #expect(properties["source_documents"] is [String] && properties["status"] is [String])
            #expect(properties["killed"] is NSNull || properties["killed"] is Int)
            let level = properties["geo_level"] as? String
            #expect(["town", "near", "region", "country"].contains(level), "\(properties)")
            #expect(properties["geo_precision"] as? Int == ["town": 1, "near": 2, "region": 3, "country": 3][level ?? ""])
        }
        let empty = folder.appendingPathComponent("empty.sqlite").path
        let input = folder.appendingPathComponent("calm.jsonl")
        try TestSupport.write(#"{"id":"c","text":"The council met on Monday."}"# + "\n", to: input)
        #expect(try TestSupport.run(["process", input.path, "--db", empty, "--quiet"]).status == 0)
        let none = try TestSupport.run(["export", "--db", empty, "--format", "geojson"])
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(none.stdout.utf8)) as? [String: Any])
        #expect((parsed["features"] as? [Any])?.isEmpty == true)
    }
}
