extension Case {
    /// Whether the event was still to come when the articles telling it were published ("a
    /// trial is scheduled to begin on June 2"): its earliest day is after every one of their
    /// publication dates. It is worked out, not stored, so it stays true to the case file.
    public func isScheduled(_ event: Event) -> Bool {
        guard let earliest = event.date.earliest else { return false }
        let published = event.sourceIDs.compactMap { source($0)?.published }
        return !published.isEmpty && published.allSatisfy { $0 < earliest }
    }

    /// How the Event pane and `show` mark a scheduled event's date.
    public static let scheduledNote = "scheduled, still to come when reported"

    /// The event's parties: its litigants, and the others it names (judges, counsel, outlets,
    /// people quoted), each in the case's order.
    public func parties(of event: Event) -> (litigants: [Party], others: [Party]) {
        let named = event.partyIDs.compactMap(party)
        return (named.filter { $0.standing == .litigant }, named.filter { $0.standing != .litigant })
    }
}
