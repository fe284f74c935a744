import CourtlineModel
import CourtlineTestSupport
import Testing

/// Each rule the drafter reads a sentence by, with a sentence of its own.
@Suite("Drafting rules", .temporaryFiles)
struct DraftRuleTests {
    /// The draft of `text`, published on a Wednesday, as the case file loads it.
    private func draft(_ text: String, published: String = "2025-04-16") throws -> Case {
        try CaseDraftTests.draftAndLoad([("a.txt", text)], published: published).0
    }

    private func events(_ text: String, published: String = "2025-04-16") throws -> [String] {
        let model = try draft(text, published: published)
        return model.events.map { event in
            "\(event.date.display) \(event.courtID.flatMap(model.court)?.level.rawValue ?? "none") \(event.kind.rawValue)"
        }
    }

    @Test func aScheduledDateCountsForwardAndSaysSo() throws {
        let model = try draft("Acme sued Widget Inc. in 2024.\nA trial is scheduled to begin on June 2.")
        let trial = try #require(model.events.first { $0.kind == .trial })
        #expect(trial.date.display == "2025-06-02")
        #expect(trial.date.basis.contains("as still to come"))
        #expect(model.isScheduled(trial))
        #expect(try events("A hearing is set for Jan. 9.", published: "2025-12-02") == ["2026-01-09 none hearing"])
    }

    @Test func aDatelineOrAStampDatesTheArticleNotAnEvent() throws {
        #expect(
            try events("BOSTON, April 16 (Wire) - A federal judge in Boston on Tuesday dismissed the suit.")
                == ["2025-04-15 trial ruling"])
        #expect(try events("Published April 16, 2025\n\nWidget appealed in March.") == ["2025-03 none appeal"])
    }

    @Test func aYearBeforeANounDatesOnlyThatNoun() throws {
        #expect(
            try events("The firm settled a 2019 dispute over a 2020 ruling on Tuesday.").contains("2020 none ruling"))
        #expect(
            !(try events("An appeals court revived a suit over a 2019 crash on Tuesday.")).contains {
                $0.hasPrefix("2019")
            })
    }

    @Test func aSuitIsFiledInTheTrialCourtTheArticleNames() throws {
        #expect(
            try events(
                "Acme sued Widget Inc. in 2023.\nU.S. District Judge Ann Lee in Boston dismissed the case on Tuesday.")
                == ["2023 trial filing", "2025-04-15 trial ruling"])
        // Asking an agency is no filing in a court.
        #expect(try events("Widget asked the Patent Office to review the patent in 2024.") == ["2024 none filing"])
    }

    @Test func aCountyOrStateJudgeSitsOnATrialCourt() throws {
        #expect(
            try events("A Marion County judge dismissed the suit in June 2024.\nThe tenants sued in March 2023.")
                == ["2023-03 trial filing", "2024-06 trial ruling"])
        #expect(try events("A state judge blocked the law on Tuesday.") == ["2025-04-15 trial ruling"])
    }

    /// "agreed" is a ruling when a court agrees, and an agreement between the parties otherwise.
    @Test func whatACourtAgreesIsARuling() throws {
        #expect(
            try events("The Court of Appeals agreed last year.\nWidget agreed in March to pay $2 million.")
                == ["2024 appeals ruling", "2025-03 none settlement"])
    }

    /// A ruling told without its court ("was approved in December") is the article's court's
    /// when the article names one court only, and nobody's when it names two.
    @Test func aRulingWithoutItsCourtIsBeforeTheArticlesOneCourt() throws {
        #expect(
            try events(
                "Judge Ann Lee of the U.S. District Court in Boston approved the deal on Monday.\nThe deal was first approved in December."
            )
                == ["2024-12 trial ruling", "2025-04-14 trial ruling"])
        #expect(
            try events(
                "The Supreme Court ruled on Monday.\nThe motion was denied in December.\nThe district court dismissed it in 2023."
            )
            .contains("2024-12 none ruling"))
    }

    /// A hard-wrapped article's line breaks do not reach its titles.
    @Test func aTitleFromWrappedLinesIsOneLine() throws {
        let model = try draft("Judge Ann Lee of the U.S. District Court\nin Boston dismissed the suit\non Tuesday.")
        #expect(model.events.map(\.title) == ["Judge Ann Lee of the U.S. District Court in Boston dismissed the suit"])
    }

    @Test func aCourtNamedOnlyByItsLevelIsProposedForAPersonToName() throws {
        let model = try draft(
            "The justices agreed on Monday to hear the case.\nThe district court had ruled for Acme in 2024.")
        #expect(Set(model.courts.map(\.level)) == [.supreme, .trial])
        #expect(model.courts.allSatisfy { $0.name.hasSuffix("(not named)") })
        #expect(
            Set(model.events.map { "\($0.date.display) \($0.courtID.flatMap(model.court)?.level.rawValue ?? "none")" })
                == ["2025-04-14 supreme", "2024 trial"])
    }

    @Test func aQuotedReactionIsAStatementNotTheRulingItReactsTo() throws {
        #expect(
            try events(
                "A federal judge in Boston on Tuesday dismissed the suit.\n“We welcome today's decision,” Roe said.")
                == ["2025-04-15 trial ruling", "2025-04-16 none statement"])
    }

    @Test func aDateCountedFromAnEventNamedInWordsIsAnchoredOnIt() throws {
        let model = try draft(
            "Acme sued Widget Inc. in June 2023.\nA jury heard the case in March 2024.\n"
                + "The district court granted an injunction eight months after the suit was filed, finding harm.")
        let injunction = try #require(model.events.first { $0.kind == .ruling })
        #expect(injunction.date.display == "2024-02")
        #expect(injunction.date.text == "eight months after the suit was filed")
        #expect(injunction.date.basis.contains("eight months after “Acme sued Widget Inc.”"))
        #expect(DateExpression.parse("three months after the trial") == .shift(.month, by: 3))
        #expect(DateExpression.parse("a year before the ruling") == .shift(.year, by: -1))
        #expect(DateExpression.parse("three months") == nil, "a duration alone dates nothing")
    }

    @Test(arguments: [
        (
            "BOSTON, April 16 (Wire) - On Tuesday, a federal judge in Boston ordered Acme Corp. to pay $5 million.",
            "A federal judge in Boston ordered Acme Corp. to pay $5 million"
        ),
        ("In 2019, Acme sued Widget Inc. for damages.", "Acme sued Widget Inc. for damages"),
        (
            "The panel reversed a ruling by U.S. District Judge Ann Lee in Boston, who dismissed the case in May 2023.",
            "U.S. District Judge Ann Lee in Boston dismissed the case"
        ),
        ("The plaintiff, Ada Roe, sued Acme in March 2020.", "Ada Roe sued Acme"),
        ("“We welcome today's decision,” Roe said.", "We welcome today's decision"),
        (
            "Judge Ann Lee, who had been critical of both sides, fined Acme on Monday.",
            "Judge Ann Lee fined Acme"
        ),
    ])
    func aTitleSaysWhoDidWhatWithoutTheDate(_ sentence: String, _ title: String) throws {
        #expect(try draft(sentence).events.map(\.title).contains(title))
    }

    @Test func aPanelOrTheFullCourtIsAnAppealsCourt() throws {
        #expect(
            try events("The 2nd U.S. Circuit Court of Appeals ruled on Monday.\nThe panel had ruled in May.")
                == ["2024-05 appeals ruling", "2025-04-14 appeals ruling"])
        #expect(try events("Widget asked the full court for a rehearing in June.").contains("2024-06 appeals filing"))
        #expect(!(try events("A panel of experts reported in June.")).contains { $0.contains("appeals") })
    }

    @Test func aHearingIsBeforeTheCourtTheCaseIsInNow() throws {
        #expect(
            try events("The 2nd U.S. Circuit Court of Appeals ruled on Monday.\nArguments are set for June 9.")
                == ["2025-04-14 appeals ruling", "2025-06-09 appeals hearing"])
    }

    @Test func aYearAfterAPossessiveDatesTheNounNotTheAction() throws {
        #expect(
            try events("The agency on Monday sued to undo Acme's 2024 purchase of Widget.")
                .allSatisfy { !$0.hasPrefix("2024 ") })
    }

    @Test func aCourtsNameReportsNoAction() throws {
        #expect(
            try events("The 9th U.S. Circuit Court of Appeals on Monday revived the suit.")
                == ["2025-04-14 appeals ruling"])
    }

    /// A line in capitals capitalizes every word: "COURT OF APPEALS" there names no court, and
    /// "panel" right after a court's name is that court.
    @Test func aHeadlineInCapitalsNamesNoCourtAndAPanelIsTheCourtBeforeIt() throws {
        let model = try draft(
            "APPEALS COURT REVIVES ORCHARD CLAIM\n\nA Utah Court of Appeals panel on Monday reinstated the growers' suit."
        )
        #expect(model.courts.map(\.name) == ["Utah Court of Appeals"])
        #expect(model.events.map { $0.courtID } == [model.courts.first?.id])
    }

    @Test func aJurySidingWithAPartyIsARuling() throws {
        #expect(try events("A Dane County jury sided with the landlord in May.") == ["2024-05 trial ruling"])
    }

    /// "Filed 2025-04-16, Court Notes": a line that starts with a stamp word and ends with no
    /// sentence's end is the article's stamp.
    @Test func aStampLineWithItsOutletIsNoFiling() throws {
        #expect(
            try events("Orchard ruling stands\n\nFiled 2025-04-16, Court Notes\n\nThe growers sued in 2022.")
                == ["2022 none filing"])
    }

    /// "the rules allow", "a published opinion": after a determiner a verb's spelling is a noun,
    /// and a statement of what someone will ask carries on no ruling.
    @Test func aVerbsSpellingAfterADeterminerIsANoun() throws {
        let model = try draft(
            "A Dane County jury sided with the landlord in May.\nThe tenants' lawyer said they would ask the State Supreme Court to review it within the 30 days the rules allow."
        )
        let ruling = try #require(model.events.first { $0.kind == .ruling })
        #expect(ruling.citations.count == 1)
        #expect(ruling.courtID.flatMap(model.court)?.level == .trial)
    }

    /// "will hear arguments in the fall, with a ruling expected by June": the ruling is not the
    /// hearing's object, so it is dated and kept a ruling.
    @Test func aNounInAClauseOfItsOwnIsNoVerbsObject() throws {
        #expect(
            try events("The justices will hear arguments in the fall, with a decision expected by June 2026.")
                == ["2025-09 – 2025-11 supreme hearing", "2026-06 supreme ruling"])
    }

    /// A deadline's date is what the title says; "scheduled for" loses its date like "on".
    @Test func aTitleKeepsADeadlinesDate() throws {
        let model = try draft(
            "Claimants have until Sept. 30 to file a claim.\nA fairness hearing is scheduled for Nov. 4.")
        #expect(
            model.events.map(\.title) == [
                "Claimants have until Sept. 30 to file a claim", "A fairness hearing is scheduled",
            ])
        #expect(try events("Post-trial motions are due May 9.") == ["2025-05-09 none filing"])
    }

    /// "the next year" counts from the date the text gave before it, through the event of that
    /// date: proposed as conduct where its sentence reports no legal action.
    @Test func theNextYearCountsFromTheEarlierSentencesDate() throws {
        let model = try draft(
            "Inspectors found mold in the tenants' building in 2021.\nThe tenants sued the next year.")
        let suit = try #require(model.events.first { $0.kind == .filing })
        #expect(suit.date.display == "2022")
        #expect(suit.date.basis.contains("the year after"))
        let anchor = try #require(model.events.first { $0.date.display == "2021" })
        #expect(anchor.kind == .ruling || anchor.kind == .conduct)
        let withoutAction = try draft("Tenants moved into the building in 2019.\nThe tenants sued the next year.")
        #expect(withoutAction.events.map(\.date.display) == ["2019", "2020"])
        #expect(withoutAction.events.first?.kind == .conduct)
    }

    @Test func whatACourtHeldIsARulingAndAHearingHeldIsAHearing() throws {
        #expect(
            try events("The Court of Appeals held on Monday that the law applies.") == ["2025-04-14 appeals ruling"])
        #expect(try events("The judge held a hearing on Monday.").map { $0.hasSuffix("hearing") } == [true])
    }

    /// "sold since 2022" starts a state, not an action; "issued its claim" is a filing.
    @Test func aDateSinceWhichSomethingHoldsDatesNoAction() throws {
        #expect(
            try events(
                "The judge found that lamps sold by Acme since 2021 infringed.\nLumo issued its claim on 3 May 2023.")
                == ["2023-05-03 none filing"])
    }

    /// "The ban will take effect on Jan. 1": an order's coming into force, scheduled when ahead.
    @Test func takingEffectIsDatedAndScheduled() throws {
        let model = try draft("A judge in Boston upheld the ban on Monday.\nThe ban will take effect on June 1.")
        let effect = try #require(model.events.first { $0.date.display == "2025-06-01" })
        #expect(effect.title == "The ban will take effect")
        #expect(model.isScheduled(effect))
    }

    /// A court that schedules acts on the day it does so; what it schedules is the object's kind.
    @Test func schedulingIsARulingAndWhatIsScheduledItsOwnKind() throws {
        #expect(
            try events("A federal judge in Boston on Tuesday scheduled a jury trial for March 2026.")
                == ["2025-04-15 trial ruling", "2026-03 trial trial"])
        #expect(try events("The judge set a hearing on the motions for May 5.") == ["2025-05-05 none hearing"])
        #expect(try events("A hearing is set for May 5.") == ["2025-05-05 none hearing"])
    }

    /// Two verbs of one article are two acts, even when one date holds the other.
    @Test func twoActsOfOneCourtInOneMonthAreTwoEvents() throws {
        #expect(
            try events(
                "A federal judge in Boston on Monday scheduled a trial.\nEarlier this month, the judge denied a motion to dismiss."
            ) == ["2025-04 trial ruling", "2025-04-14 trial ruling"])
    }

    /// "that June" is June of the year the text last gave, and counts from its event.
    @Test func thatMonthIsInTheYearTheTextLastGave() throws {
        let model = try draft("The tenants sued in January 2023.\nA county judge dismissed the suit that June.")
        let ruling = try #require(model.events.first { $0.kind == .ruling })
        #expect(ruling.date.display == "2023-06")
        #expect(ruling.title == "A county judge dismissed the suit")
    }

    @Test func aProbateJudgeSitsOnATrialCourtAndAChallengeInCourtIsAFiling() throws {
        #expect(
            try events("A probate judge ruled on Monday.\nThe heirs challenged the will in court last summer.")
                == ["2024-06 – 2024-08 trial filing", "2025-04-14 trial ruling"])
    }

    /// A timeline's items, in the present tense: "June 2021: The tenants sue …".
    @Test func aTimelinesItemsInThePresentTenseAreEvents() throws {
        #expect(
            try events(
                "How the case unfolded:\n\n- June 2021: The tenants sue the landlord in Dane County Circuit Court.\n- May 2022: Judge Ann Lee orders repairs.\n- Early 2023: The landlord appeals.\n- Aug. 8, 2024: The Wisconsin Court of Appeals reverses the order."
            ) == ["2021-06 trial filing", "2022-05 trial ruling", "2023 appeals appeal", "2024-08-08 appeals ruling"])
    }

    /// "the Southern District of New York" is a federal trial court by its district alone.
    @Test func aFederalDistrictNamesItsTrialCourt() throws {
        let model = try draft("DataVault sued LinkSpot in the Southern District of New York in March 2023.")
        #expect(model.courts.map(\.name) == ["Southern District of New York"])
        #expect(model.events.first?.courtID == model.courts.first?.id)
    }

    /// "an August ruling by the 1st U.S. Circuit": the month dates the ruling, which is that court's.
    @Test func aRulingByACourtIsThatCourts() throws {
        let model = try draft(
            "The justices' order leaves in place an August ruling by the 1st U.S. Circuit Court of Appeals.",
            published: "2025-01-16")
        let ruling = try #require(model.events.first)
        #expect(ruling.date.display == "2024-08")
        #expect(ruling.courtID.flatMap(model.court)?.level == .appeals)
        #expect(ruling.title.contains("an August ruling"))
    }

    /// "declined to take up" is a ruling when a court declines, a statement when anyone else does.
    @Test func whatACourtDeclinesIsARuling() throws {
        #expect(
            try events(
                "The U.S. Supreme Court on Monday declined to take up the case.\nAcme declined to comment on Monday.")
                == ["2025-04-14 supreme ruling", "2025-04-14 none statement"])
    }

    /// "has until Feb. 2 to show": a deadline for the one who has it.
    @Test func aDeadlineSomeoneHasIsDated() throws {
        #expect(try events("The landlord has until May 2 to make the repairs.") == ["2025-05-02 none filing"])
    }

    /// "After a three-week trial, a jury today found": the clause's verb, not the noun set off before it.
    @Test func aNounSetOffBeforeTheDatesClauseYieldsToItsVerb() throws {
        #expect(
            try events("After a two-week trial, a Dane County jury on Monday found the firm liable.")
                == ["2025-04-14 trial ruling"])
    }

    /// "Two years later, in January 2024, Roy sued": the count only restates the stated date.
    @Test func aCountJustBeforeAStatedDateRestatesIt() throws {
        #expect(
            try events("The firm froze her account in 2022.\nTwo years later, in January 2024, she sued the firm.")
                == ["2022 none conduct", "2024-01 none filing"])
    }

    /// "sued three months after the ruling on March 3": the stated date is the ruling's, and the
    /// count dates the suit from it. (Such a sentence, with the date after the count's noun,
    /// once stopped the drafter.)
    @Test func aCountThatNamesItsEventLeavesTheStatedDateToThatEvent() throws {
        let model = try draft("Roy sued three months after the ruling on March 3, 2024.")
        #expect(model.events.map(\.title) == ["The ruling", "Roy sued"])
        #expect(
            try events("Roy sued three months after the ruling on March 3, 2024.")
                == ["2024-03-03 none ruling", "2024-06-03 none filing"])
        #expect(
            try events("Roy sued three months after the ruling in 2024.")
                == ["2024 none ruling", "2024-04 – 2025-03 none filing"])
    }

    /// "the Competition Appeal Tribunal": a tribunal by its name's last word, whose "Appeal"
    /// reports no appeal; "the Court of Appeal" is told apart by the word after "of".
    @Test func aTribunalIsNamedByItsLastWord() throws {
        let model = try draft("Marlow issued its claim in the Competition Appeal Tribunal in 2022.")
        #expect(model.courts.map(\.name) == ["Competition Appeal Tribunal"])
        #expect(model.courts.first?.level == .other)
        #expect(
            try events("Marlow issued its claim in the Competition Appeal Tribunal in 2022.") == ["2022 other filing"])
        let appeal = try draft("The Court of Appeal heard the case in May.")
        #expect(appeal.courts.map(\.shortName) == ["Appeal"])
        #expect(appeal.courts.first?.level == .appeals)
    }

    /// "A trial judge had refused to suppress": a court that refuses rules; a party that
    /// refuses only says so. A transfer is a court's order.
    @Test func aCourtThatRefusesRules() throws {
        #expect(try events("A trial judge had refused to suppress the data in 2022.") == ["2022 trial ruling"])
        #expect(try events("The company refused to pay in 2022.") == ["2022 none statement"])
        #expect(try events("The Supreme Court decided the case last Thursday.") == ["2025-04-10 supreme ruling"])
        #expect(try events("The case was transferred to Boston in 2023.") == ["2023 none ruling"])
    }

    /// "surrendered to the FBI five days later": giving oneself up is an arrest's kind.
    @Test func surrenderingIsASeizure() throws {
        #expect(
            try events(
                "Dunn was indicted on May 28.\nShe surrendered to the FBI five days later.", published: "2026-06-23")
                == ["2026-05-28 none filing", "2026-06-02 none seizure"])
    }

    /// "set jury selection for Jan. 12": the trial's first day, still to come whatever the tense.
    @Test func jurySelectionStartsATrialThatIsToCome() throws {
        #expect(
            try events("On Monday, Judge Paul Greer set jury selection for Jan. 12.", published: "2026-06-23")
                == ["2026-06-22 trial ruling", "2027-01-12 trial trial"])
    }

    /// "was sentenced on Monday": only a trial court sentences, convicts or acquits, so the
    /// ruling is the trial court's the article names, even in another sentence.
    @Test func aSentenceIsATrialCourtsRuling() throws {
        #expect(
            try events(
                "A man was sentenced on Monday to five years.\nU.S. District Judge Ann Lee in Boston imposed the sentence."
            )
                == ["2025-04-14 trial ruling"])
    }

    /// "According to the court's order, the fraud began in 2019": the order is where it is told,
    /// not an event of 2019.
    @Test func anAttributionNamesNoEvent() throws {
        #expect(
            try events("According to the court's order, the fraud began in 2019.\nThe firm settled in 2024.") == [
                "2024 none settlement"
            ])
    }

    /// "found that the airline sold seats in 2022": the date is of what was found, not of the
    /// finding; "ruled on Tuesday that …" is dated by Tuesday, and "affirmed that decision last
    /// year" is the affirming.
    @Test func aDateInsideAFindingDatesWhatWasFound() throws {
        #expect(
            try events("The court ruled on Tuesday that the airline misled buyers in 2022.") == [
                "2025-04-15 none ruling"
            ])
        #expect(try events("The appeals court affirmed that decision last year.") == ["2024 appeals ruling"])
    }

    /// "Marisol Pena, 44, was fired in January 2022": the subject set off before a passive
    /// verb, without the age.
    @Test func thePassiveVerbsSubjectIsTheNameBeforeIt() throws {
        let model = try draft("Marisol Pena, 44, was fired in January 2022.\nShe sued later that year.")
        #expect(model.events.map(\.title) == ["Marisol Pena was fired", "She sued"])
    }

    /// "The Federal Court of Australia" hears cases first; "will be held" is the hearing's, not
    /// a holding.
    @Test func aFederalCourtIsATrialCourtAndAHearingIsHeld() throws {
        #expect(try events("The Federal Court of Australia ruled on Tuesday.") == ["2025-04-15 trial ruling"])
        #expect(try events("A hearing on penalties will be held on Nov. 3.") == ["2025-11-03 none hearing"])
    }

    /// "the court of appeals heard … the trial court's judgment of 2025-06-30": a level after the
    /// court's noun and before a possessive; a date after "of" dates the noun, titled by its phrase.
    @Test func aLevelInLowerCaseAndADateOfANoun() throws {
        let text = "On 2026-02-11 the court of appeals heard an appeal from the trial court's judgment of 2025-06-30."
        #expect(try events(text, published: "2026-02-13") == ["2025-06-30 trial ruling", "2026-02-11 appeals hearing"])
        #expect(try draft(text, published: "2026-02-13").events.first?.title == "The trial court's judgment")
    }

    /// "was jailed for six years at Southwark Crown Court on Thursday", "jury awards": a
    /// sentence, and an award in the present tense of a timeline.
    @Test func jailingAndAwardingAreRulings() throws {
        #expect(
            try events("A former manager was jailed for six years at Southwark Crown Court on Thursday.")
                == ["2025-04-10 trial ruling"])
        #expect(try events("- July 14, 2026: jury awards Orchard $2.3 million") == ["2026-07-14 trial ruling"])
    }

    /// "pleaded not guilty on Thursday, a week after a grand jury indicted him": the count names
    /// the earlier event, so the indictment is counted back from the plea, and the draft says so.
    @Test func aCountAfterADatedVerbDatesTheEventItNamesBeforeIt() throws {
        let text = "The former mayor pleaded not guilty on Thursday, a week after a grand jury indicted him."
        #expect(try events(text) == ["2025-04-03 trial filing", "2025-04-10 trial filing"])
        let indictment = try #require(try draft(text).events.first)
        #expect(indictment.title == "A grand jury indicted him")
        #expect(indictment.date.basis.contains("one week before “The former mayor pleaded not guilty”"))
        #expect(indictment.date.basis.contains("counted back"))
        // A count after a verb the stated date does not date counts from that verb's event.
        #expect(
            try events(
                "A jury found the firm negligent in May 2023, but the judge threw out the verdict three months after the trial."
            )
            .contains("2023-05 trial ruling"))
    }

    /// "The court temporarily shut down the operation": "the court" alone is the court the
    /// article named last, and what it does is a ruling; a verb of another subject is not.
    @Test func theCourtAloneIsTheCourtLastNamed() throws {
        let model = try draft(
            "The FTC sued in the U.S. District Court for the Central District of California in October 2024.\n"
                + "The court temporarily shut down the operation in November 2024.")
        #expect(model.events.map(\.kind) == [.filing, .ruling])
        #expect(Set(model.events.map(\.courtID)).count == 1)
        #expect(
            try events("The complaint, filed in federal court in Boston, says the firm froze withdrawals in June 2024.")
                == ["2024-06 none conduct"])
    }

    /// "The suit says Zipline knew of the defect by early 2024": the date is of what the suit
    /// says, not of the suit.
    @Test func aDateInWhatIsSaidDatesNoSayer() throws {
        #expect(
            try events("The family sued on Tuesday.\nThe suit says Zipline knew of the defect in 2024.") == [
                "2025-04-15 none filing"
            ])
    }

    /// "reversed a Second District Court of Appeals ruling from 2024": the date is the ruling's,
    /// and the ruling is the appeals court's.
    @Test func aDateFromANounIsTheNouns() throws {
        #expect(
            try events("The Supreme Court of Ohio reversed a Second District Court of Appeals ruling from 2024.")
                == ["2024 appeals ruling"])
    }

    /// "A Delaware judge on Thursday ordered": a judge of a place is a trial judge; "New York's
    /// highest court, the Court of Appeals," is a supreme court whatever its name says.
    @Test func aPlacesJudgeAndACourtInApposition() throws {
        #expect(
            try events("A Delaware judge on Thursday ordered the firm to close the deal.") == [
                "2025-04-10 trial ruling"
            ])
        let model = try draft(
            "New York's highest court, the Court of Appeals, ruled Thursday that the fee was unlawful.")
        #expect(model.courts.map(\.level) == [.supreme])
        #expect(model.events.first?.title.hasPrefix("The Court of Appeals ruled") == true)
    }

    /// "upholding a city law passed in 2024": the date is the law's passing; "between 2018 and
    /// 2024" is a period, not a day an action was taken.
    @Test func aDateOfSomethingElseDatesNoAction() throws {
        #expect(
            try events("The court ruled on Tuesday, upholding a city law passed in 2024.") == ["2025-04-15 none ruling"]
        )
        #expect(
            try events("The suit was filed on Monday over fees charged between 2018 and 2024.") == [
                "2025-04-14 none filing"
            ])
    }

    /// "an arbitration panel", "the American Arbitration Association": a forum of level other.
    @Test func anArbitrationForumIsATribunal() throws {
        #expect(
            try events("The drivers filed their claims with the American Arbitration Association in September 2024.")
                == ["2024-09 other filing"])
        #expect(
            try events(
                "The drivers filed their claims with the American Arbitration Association in 2024.\n"
                    + "Last week an arbitration panel ordered Zoomly to pay.")
                == ["2024 other filing", "2025-04-07 – 2025-04-13 other ruling"])
    }

    /// "issued the order late Wednesday, a day after parents and an environmental group sued":
    /// a count's wording runs on far enough to name its event.
    @Test func aLongCountStillNamesItsEvent() throws {
        #expect(
            try events(
                "Judge Oscar Medina issued the order late Wednesday, a day after parents and an environmental group sued the county.",
                published: "2026-12-04") == ["2026-12-01 none filing", "2026-12-02 none ruling"])
    }

    /// "The state case was brought in early 2025, and an appellate court sided …": a court in a
    /// clause joined after the action is not where it happened.
    @Test func aCourtInAJoinedClauseIsNotTheActions() throws {
        #expect(
            try events(
                "The case was brought in early 2025, and an appellate court sided with the city in May.",
                published: "2025-09-12")
                == ["2025 none filing", "2025-05 appeals ruling"])
    }

    /// "Dec. 19, 2025 -- In a 34-page opinion issued Thursday, Judge Bell dismissed …": the date
    /// and dash date the article, and the opening phrase yields to the clause's verb.
    @Test func anOpeningDateAndPhraseGiveWayToTheClause() throws {
        let model = try draft(
            "Dec. 19, 2025 -- In a 34-page opinion issued Thursday, U.S. District Judge Marcus Bell dismissed the suit.",
            published: "2025-12-19")
        #expect(model.events.map(\.date.display) == ["2025-12-18"])
        #expect(model.events.first?.title == "U.S. District Judge Marcus Bell dismissed the suit")
    }

    /// "A Missouri appeals court on Tuesday allowed the state …, lifting an injunction a Cole
    /// County judge issued in June": a court that allows rules, and the court right after a
    /// noun, in its clause, is the noun's.
    @Test func anInjunctionIsTheCourtsThatIssuedIt() throws {
        #expect(
            try events(
                "A Missouri appeals court on Tuesday allowed the state to enforce the law, lifting an injunction a Cole County judge issued in June.",
                published: "2025-10-24") == ["2025-06 trial ruling", "2025-10-21 appeals ruling"])
        #expect(try events("The company allowed the data to leak in 2022.") == ["2022 none conduct"])
    }

    /// "The U.S. Tax Court" hears cases first; "had sent a notice in 2022, and they filed their
    /// petition with the court in March 2023": the filing is not dated by the other clause's year.
    @Test func aClauseJoinedAfterADateKeepsItsAction() throws {
        #expect(
            try events(
                "The U.S. Tax Court on Thursday sided with the couple.\nThe IRS had sent them a notice in 2022, and they filed their petition with the court in March 2023.",
                published: "2026-06-12") == ["2023-03 trial filing", "2026-06-11 trial ruling"])
    }

    /// "An employment tribunal in Leeds ruled …; the riders brought their claims in 2024": an
    /// article whose one forum is a tribunal files and hears before it.
    @Test func anArticlesOneTribunalHearsItsClaims() throws {
        #expect(
            try events(
                "The Employment Appeal Tribunal ruled on Thursday for the riders.\nThe riders brought their claims in 2024."
            )
                == ["2024 other filing", "2025-04-10 other ruling"])
    }

    /// A headline's ruling told with no court, on the day the body's court ruled, is that ruling;
    /// "the cases were consolidated" is a ruling; the head of "a hearing on the state's request for
    /// a preliminary injunction" is the hearing.
    @Test func aHeadlinesCourtlessRulingIsTheBodys() throws {
        #expect(
            try events(
                "Why a judge's ruling on Tuesday matters\nOn Tuesday, a federal judge in Pittsburgh certified a class.")
                == ["2025-04-15 trial ruling"])
        #expect(try events("The cases were consolidated in March.") == ["2025-03 none ruling"])
        // "the following spring" after "August 2020" is the spring of 2021, counted from the suit.
        #expect(
            try events("The first suit was filed in August 2020.\nThe cases were combined the following spring.")
                == ["2020-08 none filing", "2021-03 – 2021-05 none ruling"])
        #expect(
            try events("A hearing on the state's request for a preliminary injunction is set for July 15.")
                == ["2025-07-15 none hearing"])
    }

    /// "agreed to hear the case that October": what was agreed, not the hearing, happened then.
    @Test func theVerbBeforeAnInfinitiveIsWhatHappened() throws {
        #expect(try events("The justices agreed to hear the case last October.") == ["2024-10 supreme ruling"])
    }

    /// "the Patent Trial and Appeal Board": a board that hears trials or appeals is a tribunal.
    @Test func aBoardThatHearsAppealsIsATribunal() throws {
        let model = try draft("The Board of Immigration Appeals on Monday ordered a new hearing.")
        #expect(model.courts.map(\.name) == ["Board of Immigration Appeals"])
        #expect(model.courts.first?.level == .other)
        #expect(model.events.first?.courtID == model.courts.first?.id)
        #expect(try events("The district court stayed the case in June.") == ["2024-06 trial ruling"])
    }

    /// The conduct a later date counts from is titled by the clause its date ends.
    @Test func theConductALaterDateCountsFromIsTitledByItsClause() throws {
        let model = try draft("She was hurt in a fall at the store in May 2022.\nShe sued the next year.")
        let conduct = try #require(model.events.first { $0.kind == .conduct })
        #expect(conduct.title == "She was hurt in a fall at the store")
    }

    /// "three weeks ago" counts from the day of writing, not from the event before it, and is
    /// the week the words give.
    @Test func aCountAgoIsFromPublication() throws {
        #expect(
            try events("The family sued Calor in 2024.\nThe trial began three weeks ago.")
                == ["2024 none filing", "2025-03-24 – 2025-03-30 none trial"])
    }

    /// "a family whose house burned in 2023": the date is the fire's, no ruling's.
    @Test func aDateInARelativeClauseDatesWhatTheClauseTells() throws {
        #expect(
            try events("A jury on Tuesday ordered Calor to pay a family whose house burned in 2023.")
                == ["2023 none conduct", "2025-04-15 trial ruling"])
        let model = try draft("The case was heard in Boston, where the suit was filed in 2024.")
        #expect(model.events.map(\.date.display) == ["2024"])
        #expect(model.events.map(\.title) == ["The suit was filed"])
    }

    /// "the Federal Circuit" is a circuit named rather than numbered; "the Circuit Court of Cook
    /// County" is a county's trial court.
    @Test func aNamedCircuitAndACountysCircuitCourt() throws {
        #expect(try events("The Federal Circuit affirmed last December.") == ["2024-12 appeals ruling"])
        let model = try draft("The state sued the landlord in August 2024 in the Circuit Court of Cook County.")
        #expect(model.courts.map(\.name) == ["Circuit Court of Cook County"])
        #expect(model.courts.first?.level == .trial)
    }

    /// "the U.S. District Court for the District of New Jersey" is one court, named whole.
    @Test func aDistrictThatIsAWholeStateNamesOneCourt() throws {
        let model = try draft(
            "A federal court on Monday barred Acme from selling the pills.\n"
                + "The order, entered by Judge Rosa Lin of the U.S. District Court for the District of New Jersey "
                + "Judge Lin wrote, settles a complaint the state filed in October 2024.")
        #expect(model.courts.map(\.name) == ["U.S. District Court for the District of New Jersey"])
        #expect(
            try events("A federal court on Monday barred Acme from selling the pills.") == ["2025-04-14 trial ruling"])
    }

    /// "She sued the hospital that fall": the fall of the year the text last gave.
    @Test func thatSeasonIsTheSeasonOfTheDateBefore() throws {
        #expect(
            try events("Olsen was fired in March 2023.\nShe sued the hospital that fall.")
                .contains("2023-09 – 2023-11 none filing"))
    }

    /// "The family sued Calor": the one sued is a litigant though the one suing is no name.
    @Test func theOneSuedIsALitigantWhateverSues() throws {
        let model = try draft("The family sued Calor in early 2024.")
        #expect(model.parties.map(\.name) == ["Calor"])
        #expect(model.parties.first?.standing == .litigant)
    }

    /// "In reasons released Wednesday": a participle after a court's papers dates the decision.
    @Test func aDecisionReleasedIsDatedByItsRelease() throws {
        #expect(
            try events("In reasons released Wednesday, a three-judge panel rejected the city's argument.")
                == ["2025-04-16 appeals ruling"])
    }

    /// "The crash happened on Jan. 9", "The collision took place in January 2021": conduct; but
    /// "The trial took place" is the trial.
    @Test func whatHappenedIsConductUnlessItIsAnAction() throws {
        #expect(try events("The crash happened on Jan. 9.") == ["2025-01-09 none conduct"])
        #expect(try events("The collision took place in January 2021.") == ["2021-01 none conduct"])
        #expect(try events("The trial took place in October.") == ["2024-10 none trial"])
    }

    /// "petitioned the court to set aside the order": a petition, not the order; "declined to
    /// hear" is the court's refusal; "on Wednesday confirmed the plan, which creditors approved":
    /// the judge's confirmation, not the vote in the clause after it.
    @Test func anInfinitiveYieldsToTheVerbBeforeIt() throws {
        #expect(
            try events("Coastline petitioned the court to set aside the order in May 2024.")
                == ["2024-05 none filing"])
        #expect(try events("The Supreme Court on Monday declined to hear the case.") == ["2025-04-14 supreme ruling"])
        #expect(
            try events("A bankruptcy judge on Wednesday confirmed the plan, which creditors approved last month.")
                .contains("2025-04-16 trial ruling"))
    }

    /// "had thrown out the claims", "the Illinois Appellate Court"; "stayed in service" is no stay.
    @Test func thrownOutAnAppellateCourtAndStayingPut() throws {
        #expect(try events("A county judge had thrown out the claims in November.") == ["2024-11 trial ruling"])
        #expect(try events("The Illinois Appellate Court reversed the verdict in May.") == ["2024-05 appeals ruling"])
        #expect(
            try events("The parents sued on Tuesday.\nThe bus stayed in service in December.")
                == ["2025-04-15 none filing"])
    }

    /// A caption's colon ends it; a place set off by commas after "in" does not end the subject.
    @Test func aTitleSkipsACaptionAndKeepsAPlace() throws {
        let caption = try draft("Roe v. Doe: The Minnesota Court of Appeals on Monday affirmed the dismissal.")
        #expect(caption.events.map(\.title) == ["The Minnesota Court of Appeals affirmed the dismissal"])
        let place = try draft("A federal jury in Waco, Texas, on Thursday found that Vexa infringed a patent.")
        #expect(place.events.first?.title.hasPrefix("A federal jury in Waco, Texas") == true)
    }

    /// A headline drops its articles: "for 2019 warehouse fire" dates the fire, not the ruling.
    @Test func aHeadlinesYearBeforeANounDatesOnlyTheNoun() throws {
        #expect(
            try events(
                "Man jailed for 2019 warehouse fire wins new trial\n\nThe state's high court ordered a new trial on Tuesday."
            )
                == ["2025-04-15 supreme ruling"])
    }

    /// "put on hold the eviction": a court's stay; a landlord "began eviction proceedings": a
    /// filing; a housing, family or probate court and the EU's General Court try cases.
    @Test func aHoldProceedingsAndMoreTrialCourts() throws {
        #expect(
            try events("Housing Court Judge Mark Tierney on Tuesday put on hold the eviction of 14 families.")
                == ["2025-04-15 trial ruling"])
        #expect(
            try events("The landlord began eviction proceedings in November.\nThe tenants sued on Tuesday.")
                == ["2024-11 none filing", "2025-04-15 none filing"])
        #expect(
            try events("The European Union's General Court on Wednesday upheld the fine.") == [
                "2025-04-16 trial ruling"
            ])
        #expect(try events("The company put its plans on hold in May.") == ["2024-05 none conduct"])
    }

    /// "The plaintiffs, who filed the suit in January 2025,": the title's subject is the noun
    /// the pronoun stands for.
    @Test func aRelativePronounsCommonNounIsTheTitlesSubject() throws {
        let model = try draft("The plaintiffs, who filed the suit in January 2025, alleged the labels misled buyers.")
        #expect(model.events.map(\.title) == ["The plaintiffs filed the suit"])
    }

    /// Courts as reporters name them, with the level their name gives: New York's Supreme Court
    /// tries cases, the High Court of Australia and a constitutional court or court of cassation
    /// are a country's highest, "the Appellate Division" has no "court" in its name.
    @Test(arguments: [
        ("A Manhattan Supreme Court justice dismissed the suit on Tuesday.", "Manhattan Supreme Court", "trial"),
        ("The Appellate Division reversed the ruling on Tuesday.", "Appellate Division", "appeals"),
        (
            "The Court of International Trade struck down the tariffs on Tuesday.", "Court of International Trade",
            "trial"
        ),
        ("The Court of King's Bench in Alberta dismissed the claim on Tuesday.", "Court of King's Bench", "trial"),
        ("The Constitutional Court annulled the election on Tuesday.", "Constitutional Court", "supreme"),
        ("The Court of Cassation upheld the conviction on Tuesday.", "Court of Cassation", "supreme"),
        ("A Sheriff Court in Glasgow fined the firm on Tuesday.", "Sheriff Court", "trial"),
        (
            "The Texas Court of Criminal Appeals stayed the execution on Tuesday.", "Texas Court of Criminal Appeals",
            "appeals"
        ),
        ("The High Court of Australia dismissed the appeal on Tuesday.", "High Court of Australia", "supreme"),
    ])
    func namesACourtAtItsLevel(_ sentence: String, _ name: String, _ level: String) throws {
        let model = try draft(sentence)
        #expect(model.courts.map(\.name) == [name])
        #expect(model.courts.map(\.level.rawValue) == [level])
        #expect(model.events.first?.courtID == model.courts.first?.id)
    }

    /// "A federal magistrate judge", "the en banc court": a level in the words before "judge" or
    /// "court".
    @Test func aMagistrateJudgeAndAnEnBancCourt() throws {
        #expect(
            try events("A federal magistrate judge ordered the firm to hand over records on Tuesday.")
                == ["2025-04-15 trial ruling"])
        #expect(try events("The en banc court reversed itself on Tuesday.") == ["2025-04-15 appeals ruling"])
        // An immigration judge hears a case first, as a trial judge does.
        #expect(try events("An immigration judge denied her claim in 2023.") == ["2023 trial ruling"])
    }

    /// "set the trial for March 3 at a hearing last fall": a noun after "at" heads its own
    /// phrase, and the date after it is the hearing's.
    @Test func aNounAfterAtHeadsItsOwnPhrase() throws {
        #expect(
            try events("Judge Carol Amsel set the trial for March 3 at a hearing last fall.")
                .contains("2024-09 – 2024-11 none hearing"))
    }

    /// "inflating revenue from 2021 through 2023": the two ends of a span date no event.
    @Test func theEndsOfASpanFromOneDateToAnotherDateNothing() throws {
        #expect(
            try events(
                "The SEC today filed charges against three executives for inflating revenue from 2021 through 2023.")
                == ["2025-04-16 none filing"])
    }

    /// "pleaded not guilty on Thursday to charges that …": the plea, of the kind its object is;
    /// "announced criminal charges on Wednesday" is a filing.
    @Test func chargesAreAFilingAndAPleaToThemIsThePlea() throws {
        #expect(
            try events("Prosecutors on Wednesday announced criminal charges against the executives.")
                == ["2025-04-16 none filing"])
        let model = try draft(
            "The mayor pleaded not guilty on Thursday to charges that he took bribes, a week after a grand jury indicted him."
        )
        #expect(model.events.map(\.date.display) == ["2025-04-03", "2025-04-10"])
    }

    /// "the U.S. District Court for the Southern District of New York": one court, named whole,
    /// and a court whose name ends in "Court" is told apart from another by its words.
    @Test func aDistrictOfTwoWordsAndCourtsThatEndInCourt() throws {
        let model = try draft(
            "The complaint was filed in the U.S. District Court for the Southern District of New York on Monday.")
        #expect(model.courts.map(\.name) == ["U.S. District Court for the Southern District of New York"])
        let two = try draft(
            "Britain's High Court on Wednesday rejected the appeal.\n"
                + "A district judge at Westminster Magistrates' Court approved the request in June 2024.")
        #expect(Set(two.courts.map(\.name)) == ["Britain's High Court", "Westminster Magistrates Court"])
    }

    /// "At a first-day hearing on Thursday, Judge Morales allowed …": what the court did at the
    /// hearing; "A judge dismissed the case": a judge no court is named for sits at trial.
    @Test func aRulingAtAHearingAndAJudgeAlone() throws {
        #expect(
            try events(
                "At a first-day hearing on Thursday, Judge Ana Morales allowed the carrier to keep paying workers.")
                == ["2025-04-10 none ruling"])
        #expect(try events("A judge dismissed the case in 2022.") == ["2022 trial ruling"])
    }

    /// "The state has agreed to settle the suit, the governor announced Wednesday": the news is
    /// the settlement, that day; unless the sentence dates it otherwise.
    @Test func whatIsAnnouncedIsTheNews() throws {
        #expect(
            try events("The state has agreed to settle the suit, Governor Elena Vasquez announced Wednesday.")
                == ["2025-04-16 none settlement"])
        #expect(
            try events("A federal court on Monday barred Acme from selling pills, the agency announced today.")
                == ["2025-04-14 trial ruling", "2025-04-16 none statement"])
    }

    /// "Then, in the spring of 2021, he noticed a charge. That September he sued": the conduct is
    /// titled by the clause after the date, "Then" saying nothing; "that September" is after the
    /// spring it counts from.
    @Test func theConductAfterAnOpeningWordAndTheMonthAfterASeason() throws {
        let model = try draft(
            "Then, in the spring of 2021, he noticed a charge.\nThat September he filed a class action.")
        #expect(model.events.map(\.title) == ["He noticed a charge", "He filed a class action"])
        #expect(model.events.map(\.date.display) == ["2021-03 – 2021-05", "2021-09"])
    }

    /// "moved to compel arbitration" is a motion; a board that "voted … to pay" the family settles;
    /// a death, a killing, a firing are the conduct a case is about.
    @Test func aMotionAVoteToPayAndWhatWasDone() throws {
        #expect(try events("Zoomly moved to compel arbitration in October.") == ["2024-10 none filing"])
        #expect(
            try events("The county board voted on Wednesday to pay $3 million to the family.")
                == ["2025-04-16 none settlement"])
        #expect(try events("Aaron Fields died in the county jail in 2024.") == ["2024 none conduct"])
        #expect(
            try events("A Dane County circuit judge reached the same conclusion in July 2024.")
                == ["2024-07 trial ruling"])
    }

    /// "the Board" is the board named last.
    @Test func theBoardIsTheBoardNamedLast() throws {
        let model = try draft(
            "The Patent Trial and Appeal Board upheld the patent.\nThe Board rejected a challenge on December 15.")
        let ruling = try #require(model.events.first)
        #expect(model.court(ruling.courtID ?? "")?.name == "Patent Trial and Appeal Board")
    }

    /// "Kestrel today announced that …": the day of the saying; "today announced a $4 million
    /// settlement": the settlement.
    @Test func aDateBeforeAVerbOfSayingIsTheSayings() throws {
        #expect(
            try events("Kestrel Labs today announced that the Board has upheld its patent.") == [
                "2025-04-16 none statement"
            ])
        #expect(
            try events("Attorney General Luis Reyes today announced a $4 million settlement with Brightline.")
                == ["2025-04-16 none settlement"])
    }

    /// "A panel of three federal judges" is a trial court's; "was tried" is the trial; "contested
    /// the will" a filing; "the Circuit Court for Baltimore City" a city's trial court.
    @Test func federalJudgesATrialAContestAndACityCourt() throws {
        #expect(
            try events("A panel of three federal judges ruled on Wednesday that the map was illegal.")
                == ["2025-04-16 trial ruling"])
        #expect(try events("The case was tried over two weeks last July.") == ["2024-07 none trial"])
        #expect(
            try events(
                "Marsh died in August 2024.\nHis children contested the will in the Surrogate's Court that December.")
                == ["2024-08 none conduct", "2024-12 trial filing"])
        let city = try draft("The Circuit Court for Baltimore City entered a judgment on Tuesday.")
        #expect(city.courts.map(\.name) == ["Circuit Court for Baltimore City"])
        #expect(city.courts.map(\.level) == [.trial])
    }

    /// A ruling a party announces was made before the announcement: the day is the saying's.
    @Test func anAnnouncedRulingIsNotDatedByTheAnnouncement() throws {
        #expect(
            try events("The court has entered a judgment against RxLink, the attorney general announced today.")
                == ["2025-04-16 none statement"])
    }

    /// "Last Friday, after a five-day trial, a jury … awarded": the noun a time connective takes
    /// times the verb after it, which the date dates.
    @Test func aNounAfterATimeConnectiveYieldsToTheVerb() throws {
        let model = try draft("On Monday, after a five-day trial, a jury in Fresno awarded the growers $3 million.")
        #expect(model.events.map(\.kind) == [.ruling])
        #expect(model.events.map(\.title) == ["A jury in Fresno awarded the growers $3 million"])
    }

    /// A judge titled only "Judge" sits on the trial court named before, so what the judge does
    /// later is before that court.
    @Test func aJudgeSitsOnTheTrialCourtNamedBefore() throws {
        #expect(
            try events(
                "A jury in the U.S. District Court for the District of Oregon found for the growers in March.\nThe cannery will ask Judge Helen Marsh to set the verdict aside.\nMarsh refused in a ruling last May to dismiss the case."
            ) == ["2024-05 trial ruling", "2025-03 trial ruling"])
    }

    /// "has ruled that …, in a decision published on Monday": the ruling's day, titled by the
    /// clause that tells it.
    @Test func aDecisionPublishedIsTheRuling() throws {
        let model = try draft(
            "A tax tribunal in Cardiff has ruled that the bakery owes no duty, in a decision published on Monday.")
        #expect(model.events.map(\.kind) == [.ruling])
        #expect(model.events.map(\.date.display) == ["2025-04-14"])
        #expect(model.courts.map(\.name) == ["Tax tribunal in Cardiff"])
        #expect(model.events[0].title.hasPrefix("A tax tribunal in Cardiff has ruled"))
    }

    /// An article's first tribunal is where claims are brought, not the appeal tribunal it names
    /// after, nor a higher court it names for another case.
    @Test func claimsAreBroughtBeforeTheFirstTribunal() throws {
        let model = try draft(
            "An employment tribunal in Cardiff ruled on Monday for the drivers.\nThe drivers brought their claims in 2023.\nThe firm will go to the Employment Appeal Tribunal.\nIn 2020 the Supreme Court ruled in another case."
        )
        let filing = try #require(model.events.first { $0.kind == .filing })
        #expect(filing.courtID.flatMap(model.court)?.name == "Employment tribunal in Cardiff")
    }

    /// "a little over two years after", "nearly a year later": a hedged count dates no event.
    @Test func aHedgedCountDatesNothing() throws {
        #expect(
            try events("The cannery was raided in June 2021.\nThe owners sued a little over two years after the raid.")
                == ["2021-06 none seizure"])
        #expect(
            try events("The suit was filed in May 2022. The judge ruled nearly a year later.") == [
                "2022-05 none filing"
            ])
        #expect(try events("The suit was filed in May 2022. The judge ruled a year later.").count == 2)
    }

    /// The second of two joined verbs is titled by their subject and its own words.
    @Test func aSecondJoinedVerbKeepsTheSubject() throws {
        let model = try draft(
            "Mara Quist, 29, was convicted by a jury in Boise in May 2024 and sentenced to six years the next month.")
        #expect(model.events.map(\.title).contains("Mara Quist was sentenced to six years"))
        let sued = try draft(
            "Olsen filed a charge with the state agency that spring, and sued in federal court in June 2023.")
        #expect(sued.events.map(\.title).contains("Olsen sued in federal court"))
    }

    /// "the Supreme Court of Nova Scotia" is named whole, and is that province's trial court, as
    /// British Columbia's is; "the U.S. Supreme Court's decision" names the court.
    @Test func provincialSupremeCourtsAreTrialCourtsNamedWhole() throws {
        let model = try draft("The Supreme Court of Nova Scotia on Monday certified a class of tenants.")
        #expect(model.courts.map(\.name) == ["Supreme Court of Nova Scotia"])
        #expect(model.courts.map(\.level) == [.trial])
        #expect(try draft("The B.C. Supreme Court dismissed the claim in May.").courts.map(\.level) == [.trial])
        #expect(
            try events("The union welcomed the U.S. Supreme Court's decision on Monday to hear the case.")
                == ["2025-04-14 supreme ruling"])
    }

    /// "has certified a class action …, in a ruling released Tuesday": the ruling told before.
    @Test func aRulingReleasedIsTheVerbsRuling() throws {
        let model = try draft(
            "The court in Halifax has certified a class action over late refunds, in a ruling released Monday.")
        #expect(model.events.map(\.title) == ["The court in Halifax has certified a class action over late refunds"])
    }

    /// "the fire that destroyed a duplex in January 2023": a "that" after a common noun opens a
    /// relative clause, whose date dates what it tells; "on that request" is a determiner.
    @Test func aThatAfterANounOpensARelativeClause() throws {
        let model = try draft("Ames was convicted in 2024 of setting the fire that destroyed a barn in March 2023.")
        #expect(model.events.map { "\($0.date.display) \($0.kind.rawValue)" } == ["2023-03 conduct", "2024 ruling"])
        #expect(model.events[0].title == "The fire that destroyed a barn")
        #expect(try events("A decision on that request could come in June.") == ["2025-06 none ruling"])
    }

    /// "moved for summary judgment" is a motion.
    @Test func movedForIsAMotion() throws {
        #expect(try events("The insurer moved for summary judgment in March.") == ["2025-03 none filing"])
    }

    /// "was indicted last October and resigned the same week": a count that dates its own
    /// anchor's action again is no second event.
    @Test func aCountOfTheSameActionIsNoSecondEvent() throws {
        #expect(try events("Pike was indicted last October and resigned the same week.") == ["2024-10 none filing"])
    }

    /// "Miami-Dade Circuit Court" and "the circuit court" are a state's trial court; "jurors" sit
    /// in one.
    @Test func aStatesCircuitCourtHearsCasesFirst() throws {
        #expect(try draft("Ruiz sued in Polk Circuit Court in 2021.").courts.map(\.level) == [.trial])
        #expect(try events("The circuit court had dismissed the case in 2024.") == ["2024 trial ruling"])
        #expect(try events("On Monday, jurors found the landlord liable.") == ["2025-04-14 trial ruling"])
    }

    /// "the trial finally opened in July" is the trial's start, though "opened" is no legal
    /// action elsewhere ("a store opened in 2019").
    @Test func aTrialOpenedIsTheTrial() throws {
        #expect(try events("After delays, the trial finally opened in July.") == ["2024-07 none trial"])
    }

    /// "a 2025 ruling of the Court of Appeals": the court the ruling is of, not the subject's.
    @Test func aRulingOfACourtIsThatCourts() throws {
        #expect(
            try events("The Iowa Supreme Court on Tuesday reversed a 2024 ruling of the Iowa Court of Appeals.")
                == ["2024 appeals ruling", "2025-04-15 supreme ruling"])
    }

    /// "was diagnosed in 2019 and died the next year": the verb after "and" is dated by its own
    /// date; "a lower court's order that would have forced it to act by Dec. 15" dates no ruling.
    @Test func aJoinedVerbWithItsOwnDateIsThatDates() throws {
        let model = try draft("Sam Orr was injured at the plant in 2019 and died the next year.")
        #expect(model.events.map { "\($0.date.display) \($0.kind.rawValue)" } == ["2019 conduct", "2020 conduct"])
        #expect(model.events[1].date.basis.contains("the year after"))
        #expect(
            try events(
                "The panel on Monday stayed a lower court's order that would have forced the city to act by Dec. 15.")
                == ["2025-04-14 appeals ruling"])
    }

    /// "An appeals court said Tuesday it would not …": what a court says, it says in a ruling.
    @Test func whatACourtSaysIsItsRuling() throws {
        #expect(
            try events("A Nevada appeals court said Tuesday it would not reinstate the mining permit.")
                == ["2025-04-15 appeals ruling"])
        #expect(try events("Harlan Mills said Tuesday it would not reopen the plant.") == ["2025-04-15 none statement"])
    }

    /// "told the 4th Circuit on Monday that …": what a party tells a court is a filing there.
    @Test func tellingACourtIsAFiling() throws {
        #expect(
            try events("The city told the 4th Circuit on Monday that a judge wrongly ruled against the ordinance.")
                == ["2025-04-14 appeals filing"])
    }

    /// "asked in March for the suit to be dismissed" asks the court the case is in.
    @Test func aRequestWithNoAddresseeIsBeforeTheCaseCourt() throws {
        #expect(
            try events(
                "U.S. District Judge Amy Chen dismissed the suit on Monday.\nThe bakery had asked in March for the suit to be dismissed."
            ) == ["2025-03 trial filing", "2025-04-14 trial ruling"])
    }

    /// "the state's highest criminal appeals court" is a court of last resort.
    @Test func theHighestCourtIsTheLastResort() throws {
        #expect(
            try events("The conviction was reinstated in March by the state's highest criminal appeals court.")
                == ["2025-03 supreme ruling"])
    }

    /// "will appeal Monday's ruling": a possessive date dates the noun after it.
    @Test func aPossessiveDateDatesItsNoun() throws {
        #expect(try events("Prosecutors say they will appeal Monday's ruling.") == ["2025-04-14 none ruling"])
    }

    /// "On April 2, the court held a hearing": the verb after the date takes its object's kind;
    /// setting a date is a ruling of its own.
    @Test func aVerbAfterTheDateTakesItsObjectsKind() throws {
        #expect(try events("On April 2, a federal judge held a hearing on the motion.") == ["2025-04-02 trial hearing"])
        #expect(
            try events("On April 2, a federal judge scheduled a trial for June 9.")
                == ["2025-04-02 trial ruling", "2025-06-09 trial trial"])
    }

    /// "he was beaten and left to die": violence is the conduct a case is about.
    @Test func violenceIsConduct() throws {
        #expect(try events("The guard was beaten on March 3 outside the warehouse.") == ["2025-03-03 none conduct"])
    }

    /// "challenging Judge Rhea Dunn's March 4 verdict": a day between a possessive and a noun is
    /// the noun's, the judge's name ends at its possessive, and the verdict is the judge's court's.
    @Test func aJudgesDatedRulingIsTheJudgesOwn() throws {
        #expect(
            try events(
                "A federal judge in Ohio sided with the landlord.\nThe chain has appealed to the 6th Circuit, challenging Judge Rhea Dunn's March 4 verdict."
            ) == ["2025-03-04 trial ruling"])
    }

    /// "is appealing "the final judgment entered on Feb. 3"": a paper a participle dates is dated
    /// itself, even quoted by name.
    @Test func aPaperEnteredOnADayIsThatDays() throws {
        #expect(
            try events(
                "A federal judge ruled for the county, and the tenants are appealing the judgment entered on Feb. 3.")
                == ["2025-02-03 trial ruling"])
        #expect(
            try events(
                "U.S. District Judge Ana Ruiz ruled for the county.\nThe tenants are appealing \"the judgment entered on Feb. 3.\""
            )
                == ["2025-02-03 trial ruling"])
    }

    /// "the District of Columbia Circuit U.S. Court of Appeals" is the D.C. Circuit.
    @Test func theDistrictOfColumbiaCircuitIsAnAppealsCourt() throws {
        #expect(
            try events(
                "The agency on April 2 filed a motion in the District of Columbia Circuit U.S. Court of Appeals.")
                == ["2025-04-02 appeals filing"])
    }

    /// "postponed the trial in March": putting a date off is a ruling.
    @Test func postponingIsARuling() throws {
        #expect(try events("A federal judge postponed the trial in March.") == ["2025-03 trial ruling"])
    }

    /// "…, and, on March 9, the appeals court affirmed": a date opening a joined clause dates
    /// that clause's verb, before that clause's court.
    @Test func aDateOpeningAJoinedClauseDatesItsVerb() throws {
        #expect(
            try events(
                "A federal judge in Austin issued an injunction in February 2024, and, on March 9, 2025, the U.S. Court of Appeals for the Fifth Circuit affirmed it."
            ) == ["2024-02 trial ruling", "2025-03-09 appeals ruling"])
    }

    /// "U.S. District Judge Ann Lee imposed the sentence Thursday": a court imposing rules; a
    /// sentence is a ruling.
    @Test func aJudgeImposingASentenceRules() throws {
        #expect(try events("U.S. District Judge Ann Lee imposed the sentence Monday.") == ["2025-04-14 trial ruling"])
        #expect(try events("Roe's sentence on Monday surprised the court.") == ["2025-04-14 none ruling"])
    }

    /// "The justices agreed on Tuesday …  Arguments will be held in March": a hearing with no
    /// court is before the court of the latest event, even one named only by its level.
    @Test func aHearingIsBeforeTheLatestEventsCourtNamedByLevel() throws {
        #expect(
            try events("The justices agreed on Tuesday to review the law.\nArguments will likely be held in October.")
                == ["2025-04-15 supreme ruling", "2025-10 supreme hearing"])
    }

    /// "Samsung asked a court last Thursday to …": asking a court is a filing in the court the
    /// case is in, not a request of someone else.
    @Test func askingACourtIsAFilingInIt() throws {
        #expect(
            try events(
                "Acme asked a court on Monday to set the verdict aside.\nThe suit is in Reno County District Court.")
                == ["2025-04-14 trial filing"])
    }

    /// "A federal appeals court panel on Tuesday questioned the rationale": a court questioning
    /// is a hearing; anyone else questioning makes a statement.
    @Test func aCourtQuestioningIsAHearing() throws {
        #expect(
            try events("A federal appeals court panel on Tuesday questioned the agency's reasons.")
                == ["2025-04-15 appeals hearing"])
        #expect(try events("The senator on Tuesday questioned the agency's reasons.") == ["2025-04-15 none statement"])
    }

    /// "phones it sold in 2010 and 2011": dates of something other than a legal action, and a
    /// date joined to one, date no event.
    @Test func aDateJoinedToAnotherHappeningsDatesNoEvent() throws {
        #expect(
            try events("A jury in Reno decided on Monday that Acme must pay for phones it sold in 2019 and 2020.")
                == ["2025-04-14 trial ruling"])
    }

    /// "imposed the sentence Thursday afternoon" in Thursday's paper: a time of day on the day of
    /// publication is that day, not the next week's.
    @Test func aTimeOfDayOnTheDayOfPublicationIsThatDay() throws {
        #expect(try events("A federal judge dismissed the suit Wednesday afternoon.") == ["2025-04-16 trial ruling"])
    }

    @Test(arguments: [
        ("Roe was sentenced on Monday to five years.", "ruling"),
        ("Roe pleaded guilty in March.", "filing"),
        ("Roe was arrested in January.", "seizure"),
        ("A bankruptcy judge in Delaware approved the sale on Monday.", "ruling"),
        ("Acme agreed on Monday to settle the claims.", "settlement"),
        ("The court will hear arguments on May 5.", "hearing"),
        ("A judge quashed the subpoena on Monday.", "ruling"),
        ("The panel lifted the stay in March.", "ruling"),
        ("The agency sought an injunction in May.", "filing"),
        ("The lawyer was disbarred in June.", "sanction"),
        ("The chemist testified on Monday.", "hearing"),
    ])
    func readsTheActionsOfOtherKindsOfCases(_ sentence: String, _ kind: String) throws {
        #expect(try events(sentence).map { $0.split(separator: " ").last.map(String.init) } == [kind])
    }
}
