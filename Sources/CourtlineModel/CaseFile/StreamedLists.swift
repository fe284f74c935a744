import Dispatch
import Synchronization

/// Reads the records of the list items the parser hands over on another core, a batch at a
/// time and in order, while the parser reads on: reading a record costs about as much as
/// parsing it.
struct RecordReader {
    private final class Shared: Sendable {
        let queue = DispatchQueue(label: "courtline.case-file-records")
        let lists = Mutex(StreamedLists())
        /// Batches handed over and not yet read. The parser waits rather than run further ahead:
        /// items waiting would pile up, each with its text, among the records kept.
        let waiting = DispatchSemaphore(value: 2)
    }

    private let shared = Shared()
    private var batch: [YAMLListItem] = []
    private static let batchSize = 1024

    mutating func receive(_ item: YAMLListItem) {
        batch.append(item)
        if batch.count == Self.batchSize { send() }
    }

    /// Every record read, once the last batch is. They are taken out, not copied, so that the
    /// records are freed with the case file they make up.
    mutating func finish() -> StreamedLists {
        send()
        return shared.queue.sync {
            shared.lists.withLock { lists in
                defer { lists = StreamedLists() }
                return lists
            }
        }
    }

    private mutating func send() {
        guard !batch.isEmpty else { return }
        let items = batch
        batch = []
        let shared = shared
        shared.waiting.wait()
        shared.queue.async {
            shared.lists.withLock { lists in
                for item in items { lists.receive(item) }
            }
            shared.waiting.signal()
        }
    }
}

/// The records of the case file's lists, read one by one as the parser hands their items over,
/// with every unknown field and the first field missing or of the wrong kind among them.
struct StreamedLists {
    private(set) var sources: [RawCaseFile.SourceEntry] = []
    private(set) var courts: [RawCaseFile.CourtEntry] = []
    private(set) var parties: [RawCaseFile.PartyEntry] = []
    private(set) var events = ChunkedList<RawCaseFile.EventEntry>()
    private(set) var leftOut: [RawCaseFile.LeftOutEntry] = []
    private(set) var received: Set<String> = []
    private(set) var strays: [StrayField] = []
    private(set) var failure: CaseFileDecodingError?

    mutating func receive(_ item: YAMLListItem) {
        received.insert(item.list)
        switch item.list {
        case "sources": sources.append(read(item))
        case "courts": courts.append(read(item))
        case "parties": parties.append(read(item))
        case "events": events.append(read(item))
        case "left_out": leftOut.append(read(item))
        default: break
        }
    }

    private mutating func read<Record: CaseFileRecord>(_ item: YAMLListItem) -> Record {
        let read = CaseFileFields.read(
            Record.self, from: item.node, at: .init(parent: [], steps: (.key(item.list), .index(item.index))))
        strays += read.strays
        if failure == nil { failure = read.failure }
        return read.record
    }
}
