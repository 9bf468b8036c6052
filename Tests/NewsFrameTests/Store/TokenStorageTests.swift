import Foundation
import GRDB
import NewsFrameCore
import NewsFrameIngest
import NewsFramePipeline
import NewsFrameStore
import Testing

@Suite("token storage")
struct TokenStorageTests {
    @Test("the token blob round-trips offsets past one varint byte, every kind, gaps and adjacent tokens")
    func codecRoundTrip() {
        let tokens = [
            Token(start: 0, end: 5, kind: .word), Token(start: 5, end: 6, kind: .punctuation),
            Token(start: 7, end: 200, kind: .symbol), Token(start: 70_000, end: 70_004, kind: .number),
            Token(start: 1 << 33, end: (1 << 33) + 40, kind: .word),
        ]
        let blob = TokenCodec.encode(tokens)
        #expect(TokenCodec.decode(blob) == tokens)
        // Two bytes for a short token after a short gap.
        #expect(TokenCodec.encode([Token(start: 1, end: 9, kind: .word)]).count == 2)
        #expect(TokenCodec.decode(Data()) == [])
        // A blob cut inside a token keeps the tokens before the cut.
        #expect(TokenCodec.decode(blob.prefix(3)) == Array(tokens.prefix(1)))
    }

    @Test("migration v8 converts token blobs of an older store, and tokens read back unchanged")
    func migrationConvertsFixedWidthBlobs() throws {
        let folder = try TestSupport.scratch()
        let path = folder.appendingPathComponent("old.sqlite").path
        let store = try CorpusStore(path: path)
        let text = "Rockets struck the base on Tuesday. Nobody was hurt."
        try TestSupport.write("{\"id\":\"a\",\"text\":\"\(text)\"}\n", to: folder.appendingPathComponent("a.jsonl"))
        _ = try Ingester(store: store).ingest(paths: [folder.appendingPathComponent("a.jsonl").path], arguments: []) { _ in }
        _ = try PipelineRunner(store: store, pipeline: try TestSupport.defaultPipeline()).run(arguments: [])
        let expected = try #require(try store.document(id: "a")?.1.tokens)
        #expect(expected.count == 11)
        // Turn the store back into one made before v8: 9-byte tokens, and the migration not yet run.
        var fixed = Data()
        for token in expected {
            withUnsafeBytes(of: UInt32(token.start).littleEndian) { fixed.append(contentsOf: $0) }
            withUnsafeBytes(of: UInt32(token.end).littleEndian) { fixed.append(contentsOf: $0) }
            fixed.append(token.kind.rawValue)
        }
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "UPDATE tokens SET data = ? WHERE doc_id = 'a'", arguments: [fixed])
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = 'v8-compact-tokens'")
        }
        try queue.close()
        let reopened = try CorpusStore(path: path)
        #expect(try reopened.document(id: "a")?.1.tokens == expected)
    }
}
