extension Case {
    /// Whether the event was still to come when the articles telling it were published ("a
    /// trial is scheduled to begin on June 2"): its earliest day is after every one of their
    /// publication dates. It is worked out, not stored, so it stays true to the case file.
    public func isScheduled(_ event: Event) -> Bool {
        guard let earliest = event.date.earliest else { return false }
        let published = event.sourceIDs.compactMap { source($0)?.published }
        return !published.isEmpty && published.allSatisfy { $0 < earliest }
    }
}
