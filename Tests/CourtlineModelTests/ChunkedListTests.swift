import Testing

@testable import CourtlineModel

@Suite("Chunked list")
struct ChunkedListTests {
    private let size = ChunkedList<Int>.chunkSize

    @Test func holdsItsElementsInOrderAcrossChunks() {
        let count = 2 * size + 3
        let list = ChunkedList(0..<count)
        #expect(list.count == count)
        #expect(Array(list) == Array(0..<count))
        #expect(list[size - 1] == size - 1 && list[size] == size && list.last == count - 1)
    }

    @Test func changesAnElementInPlace() {
        var list = ChunkedList(0..<(size + 1))
        list[size] = -1
        list[3] += 10
        #expect(list[size] == -1 && list[3] == 13 && list.count == size + 1)
    }

    @Test func keepsEveryElementFromTheFirstChunkNotWhollyReleased() {
        var list = ChunkedList(0..<(3 * size))
        list.releaseChunks(before: size - 1)
        #expect(list[0] == 0)
        list.releaseChunks(before: size + 5)
        #expect(Array(list[size...]) == Array(size..<(3 * size)))
        list.releaseChunks(before: 3 * size)
        #expect(list.count == 3 * size)
    }
}
