import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `map` spread over the machine's cores, the results in the elements' order. For work that
    /// is large per element and shares nothing, such as reading and segmenting one article.
    func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let results = Mutex([Result?](repeating: nil, count: count))
        self.withUnsafeBufferPointer { elements in
            nonisolated(unsafe) let elements = elements
            DispatchQueue.concurrentPerform(iterations: elements.count) { index in
                let result = transform(elements[index])
                results.withLock { $0[index] = result }
            }
        }
        return results.withLock { $0.map { $0! } }
    }
}
