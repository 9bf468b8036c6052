import Foundation
import NewsFrameCore

/// The countries' outlines the HTML report draws its map on: Natural Earth's 1:110m countries
/// (public domain), simplified to a tenth of a degree by `scripts/make-world-outline.py` and
/// shipped as `Lexicons/export-world-outline.tsv`, so the map needs no network and no tiles.
///
/// Each line is a country: its name, its ISO 3166-1 alpha-2 code (empty for the few without
/// one) and its rings, `;`-separated, each of space-separated `lon,lat` points in degrees,
/// implicitly closed. Holes are rings too; the map fills them with the even-odd rule.
public struct WorldOutline: Sendable {
    public static let fileName = "export-world-outline.tsv"

    public struct Point: Sendable, Hashable {
        public var lon: Double
        public var lat: Double

        public init(lon: Double, lat: Double) {
            self.lon = lon
            self.lat = lat
        }
    }

    public struct Country: Sendable {
        public var name: String
        public var iso: String?
        public var rings: [[Point]]
        /// The smallest and largest longitude and latitude, so a map of a region leaves out
        /// the countries it does not show.
        public var west: Double, south: Double, east: Double, north: Double
    }

    public let countries: [Country]

    /// Parses the file's `contents`; a broken line throws an error naming the file and line.
    public init(contents: String, name: String = WorldOutline.fileName) throws {
        let table = try LexiconTable(name: name, contents: contents, required: ["name", "rings"])
        if let error = table.errors.first { throw error }
        let nameColumn = table.position(of: "name"), isoColumn = table.position(of: "iso"), ringsColumn = table.position(of: "rings")
        countries = try table.rows.map { row in
            func failure(_ message: String) -> LexiconError { LexiconError(file: row.file, line: row.line, message: message) }
            let iso = row.cell(isoColumn)
            if let iso, iso.unicodeScalars.count != 2 || !iso.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) {
                throw failure("iso '\(iso)' is not an ISO 3166-1 alpha-2 code (two capital letters) nor empty")
            }
            var rings: [[Point]] = []
            for (ringIndex, ringText) in row.cell(ringsColumn)!.split(separator: ";", omittingEmptySubsequences: false).enumerated() {
                var ring: [Point] = []
                for pointText in ringText.split(separator: " ", omittingEmptySubsequences: false) {
                    let parts = pointText.split(separator: ",", omittingEmptySubsequences: false)
                    guard parts.count == 2, let lon = Double(parts[0]), let lat = Double(parts[1]), (-180...180).contains(lon), (-90...90).contains(lat)
                    else {
                        throw failure("ring \(ringIndex + 1): '\(pointText)' is not a point 'lon,lat' in degrees (longitude -180…180, latitude -90…90)")
                    }
                    ring.append(Point(lon: lon, lat: lat))
                }
                guard ring.count >= 3 else { throw failure("ring \(ringIndex + 1) has \(ring.count) point(s): a ring needs three or more") }
                rings.append(ring)
            }
            let points = rings.joined()
            return Country(
                name: row.cell(nameColumn)!, iso: iso, rings: rings, west: points.map(\.lon).min()!, south: points.map(\.lat).min()!,
                east: points.map(\.lon).max()!, north: points.map(\.lat).max()!)
        }
    }

    /// The outline in a lexicon folder.
    public static func load(from lexicons: URL) throws -> WorldOutline {
        let file = lexicons.appendingPathComponent(fileName)
        let contents: String
        do {
            contents = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw LexiconError(file: file.path, line: 0, message: "cannot read the world outline: \(error.localizedDescription)")
        }
        return try WorldOutline(contents: contents)
    }
}
