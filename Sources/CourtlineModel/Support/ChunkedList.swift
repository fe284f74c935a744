/// A list held in chunks of a fixed size rather than in one buffer.
///
/// A long case file's hundred thousand event records fill 18 MB. In one array they are copied
/// each time it grows, briefly held twice, and freed only all together; in chunks they grow
/// without copying, and a reader going through them in order lets each chunk go once past it
/// (`releaseChunks(before:)`), so the records and what is made of them are not all held at once.
struct ChunkedList<Element> {
    private var chunks: [[Element]] = []
    private(set) var count = 0
    /// How many chunks at the front have been let go.
    private var released = 0

    static var chunkSize: Int { 4096 }

    init() {}

    init(_ elements: some Sequence<Element>) {
        for element in elements { append(element) }
    }

    mutating func append(_ element: Element) {
        if count % Self.chunkSize == 0 {
            chunks.append([])
            chunks[chunks.count - 1].reserveCapacity(Self.chunkSize)
        }
        chunks[chunks.count - 1].append(element)
        count += 1
    }

    /// Frees every chunk that lies wholly before `index`; reading an element there afterwards is
    /// an error.
    mutating func releaseChunks(before index: Int) {
        while released < index / Self.chunkSize {
            chunks[released] = []
            released += 1
        }
    }
}

extension ChunkedList: RandomAccessCollection, MutableCollection {
    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Element {
        get { chunks[position / Self.chunkSize][position % Self.chunkSize] }
        set { chunks[position / Self.chunkSize][position % Self.chunkSize] = newValue }
    }
}

extension ChunkedList: Sendable where Element: Sendable {}
