import CourtlineModel
import Foundation
import Testing

@Suite("Sentence segmenter")
struct SentenceSegmenterTests {
    private func sentences(_ text: String) -> [String] {
        SentenceSegmenter().sentences(in: SourceText(text)).map(\.text)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let expected: [String]
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "One. Two. Three.", expected: ["One.", "Two.", "Three."]),
        Case(text: "Is it? Yes! Fine…  Done", expected: ["Is it?", "Yes!", "Fine…", "Done"]),
        Case(
            text: "It violated the U.S. Computer Fraud and Abuse Act. Then it ended.",
            expected: ["It violated the U.S. Computer Fraud and Abuse Act.", "Then it ended."]),
        Case(
            text: "The 9th U.S. Circuit Court of Appeals agreed.",
            expected: ["The 9th U.S. Circuit Court of Appeals agreed."]),
        Case(
            text: "He grew up in the U.S. The court disagreed.",
            expected: ["He grew up in the U.S.", "The court disagreed."]),
        Case(
            text: "Meta Platforms Inc. WhatsApp sued. Apple Inc. The suit was dropped.",
            expected: ["Meta Platforms Inc. WhatsApp sued.", "Apple Inc.", "The suit was dropped."]),
        Case(text: "It was filed on Jan. 6 in court.", expected: ["It was filed on Jan. 6 in court."]),
        Case(text: "Mr. Woog and Dr. Smith spoke.", expected: ["Mr. Woog and Dr. Smith spoke."]),
        Case(text: "Ms. Lee met Prof. Ng at St. Mary's.", expected: ["Ms. Lee met Prof. Ng at St. Mary's."]),
        Case(
            text: "John F. Kennedy and J. R. R. Tolkien met.", expected: ["John F. Kennedy and J. R. R. Tolkien met."]),
        Case(text: "See rule No. 5 of the code.", expected: ["See rule No. 5 of the code."]),
        Case(text: "It costs 1.5 million dollars.", expected: ["It costs 1.5 million dollars."]),
        Case(text: "Use tools, e.g. hammers, now.", expected: ["Use tools, e.g. hammers, now."]),
        Case(text: "WhatsApp v. NSO Group was decided.", expected: ["WhatsApp v. NSO Group was decided."]),
        Case(
            text: "\"We're grateful for today's decision,\" Woog wrote in a statement. NSO did not respond.",
            expected: ["\"We're grateful for today's decision,\" Woog wrote in a statement.", "NSO did not respond."]),
        Case(
            text: "\"Their illegal actions will not be tolerated.\" NSO did not respond.",
            expected: ["\"Their illegal actions will not be tolerated.\"", "NSO did not respond."]),
        Case(
            text: "“Illegal spying will not be tolerated.” He left.",
            expected: ["“Illegal spying will not be tolerated.”", "He left."]),
        Case(
            text: "“Is it over?” she asked. “No,” he said.",
            expected: ["“Is it over?” she asked.", "“No,” he said."]),
        Case(text: "He shouted “Stop!” and ran.", expected: ["He shouted “Stop!” and ran."]),
        Case(
            text: "(Reuters) – A U.S. judge on Friday ruled for WhatsApp. NSO appealed.",
            expected: ["(Reuters) – A U.S. judge on Friday ruled for WhatsApp.", "NSO appealed."]),
        Case(
            text: "Citizen Lab – which first highlighted Pegasus in 2016 – spoke. It was short.",
            expected: ["Citizen Lab – which first highlighted Pegasus in 2016 – spoke.", "It was short."]),
        Case(
            text: "A headline without a stop\nThe body starts here, and it runs on for a while.",
            expected: ["A headline without a stop", "The body starts here, and it runs on for a while."]),
        Case(
            text: "A federal judge on Friday ruled that\nNSO Group violated the law.",
            expected: ["A federal judge on Friday ruled that\nNSO Group violated the law."]),
        Case(
            text: "The court heard Mr.\nSmith on Monday. It\nadjourned.",
            expected: ["The court heard Mr.\nSmith on Monday.", "It\nadjourned."]),
        Case(
            text:
                "By Ada Reporter\nOAKLAND, Calif.\nThe jury sat for a week and then it\nreturned a verdict for the plaintiff.",
            expected: [
                "By Ada Reporter", "OAKLAND, Calif.",
                "The jury sat for a week and then it\nreturned a verdict for the plaintiff.",
            ]),
        Case(
            text:
                "The order lists three steps that the firm\nmust take at once\n- pay the fine\n- hand over the code\n1. file a report",
            expected: [
                "The order lists three steps that the firm\nmust take at once", "- pay the fine",
                "- hand over the code", "1. file a report",
            ]),
        // A dateline's state is an abbreviation after its place, and a dash goes on with it.
        Case(
            text:
                "SALEM, Ore. (Valley Wire) — A judge ruled. He was ill. Doctors came. She moved to Salem, Ore. Then she left.",
            expected: [
                "SALEM, Ore. (Valley Wire) — A judge ruled.", "He was ill.", "Doctors came.",
                "She moved to Salem, Ore.", "Then she left.",
            ]),
        Case(
            text: "The first paragraph has no stop\n\nThe second one starts",
            expected: ["The first paragraph has no stop", "The second one starts"]),
        Case(text: "Windows line\r\nends here.\r\n", expected: ["Windows line", "ends here."]),
        Case(text: "  \n\n  Spaces around.  \n ", expected: ["Spaces around."]),
        Case(
            text: "It was (mostly) done. (So it seems.) Next.",
            expected: ["It was (mostly) done.", "(So it seems.)", "Next."]),
        Case(text: "Under the Act. , which takes precedence.", expected: ["Under the Act. , which takes precedence."]),
        Case(
            text: "Ends with an abbreviation etc. and goes on.",
            expected: ["Ends with an abbreviation etc. and goes on."]),
        Case(
            text: "Numbers start sentences. 2019 was the year.",
            expected: ["Numbers start sentences.", "2019 was the year."]),
        Case(text: "Überall. Ärger folgt.", expected: ["Überall.", "Ärger folgt."]),
        Case(text: "判決が出た。 Then English.", expected: ["判決が出た。", "Then English."]),
        Case(text: "", expected: []),
        // A byline is a line of its own, even in a paragraph of short lines.
        Case(
            text: "By Ana Ruiz, Court Reporter\nPosted May 2, 2025\n\nThe firm sued.",
            expected: ["By Ana Ruiz, Court Reporter", "Posted May 2, 2025", "The firm sued."]),
        Case(
            text: "The judge said she would rule\nby Friday on the motion.",
            expected: ["The judge said she would rule\nby Friday on the motion."]),
        // Lists run together in a line.
        Case(text: "1) File the suit 2) Serve the firm", expected: ["1) File the suit", "2) Serve the firm"]),
        Case(text: "1. File it. 2. Serve it.", expected: ["1. File it.", "2. Serve it."]),
        Case(text: "a. Appeal b. Settle c. Wait", expected: ["a. Appeal", "b. Settle", "c. Wait"]),
        Case(text: "• 4. Argue • 5. Rule", expected: ["• 4. Argue", "• 5. Rule"]),
        Case(text: "He scored 2. Then he left.", expected: ["He scored 2.", "Then he left."]),
        // A wrap inside a date or a citation is no list item, though the next line starts "14. ".
        Case(
            text: "A hearing on the sale of the stores is set for April\n14. The firm said it would object.",
            expected: ["A hearing on the sale of the stores is set for April\n14.", "The firm said it would object."]),
        Case(
            text: "The order cited the earlier case, No.\n12. It was sealed.",
            expected: ["The order cited the earlier case, No.\n12.", "It was sealed."]),
        Case(
            text: "The steps are these, in order:\n1. File the suit\n2. Serve the firm",
            expected: ["The steps are these, in order:", "1. File the suit", "2. Serve the firm"]),
        // Ellipses.
        Case(text: "The ruling . . . stands. It is final.", expected: ["The ruling . . . stands.", "It is final."]),
        Case(
            text: "The judge wrote that it ended. . . . The firm appealed.",
            expected: ["The judge wrote that it ended.", ". . . The firm appealed."]),
        Case(text: "The law says “no more. . . .”", expected: ["The law says “no more. . . .”"]),
        Case(text: "“The firm [...] refused” (Order 4).", expected: ["“The firm [...] refused” (Order 4)."]),
        Case(text: "It waited.... Then it sued.", expected: ["It waited....", "Then it sued."]),
        // Times, the pronoun I and initials.
        Case(
            text: "At 9 a.m. Judge Ada Smith sat. The jury left at 4 p.m. Ms. Roe stayed.",
            expected: ["At 9 a.m. Judge Ada Smith sat.", "The jury left at 4 p.m.", "Ms. Roe stayed."]),
        Case(text: "The recess ends at 2 p.m. Eastern time.", expected: ["The recess ends at 2 p.m. Eastern time."]),
        Case(
            text: "The clerk and I. Did Ada B. Roe sign?", expected: ["The clerk and I.", "Did Ada B. Roe sign?"]),
        Case(text: "It is at N°. 12. Go there.", expected: ["It is at N°. 12.", "Go there."]),
        // Citations and names in legal writing.
        Case(
            text: "The case, No. 3:19-cv-07123, cites 18 U.S.C. § 1030 and 9 F.3d 45 (9th Cir. 1993).",
            expected: ["The case, No. 3:19-cv-07123, cites 18 U.S.C. § 1030 and 9 F.3d 45 (9th Cir. 1993)."]),
        Case(
            text:
                "Roe Corp. and Doe Inc. sued. Roe v. Doe was heard by Hon. Ada Smith on Jan. 6 with Lee et al. present.",
            expected: [
                "Roe Corp. and Doe Inc. sued.",
                "Roe v. Doe was heard by Hon. Ada Smith on Jan. 6 with Lee et al. present.",
            ]),
    ]

    @Test(arguments: cases)
    func splits(_ testCase: Case) {
        #expect(sentences(testCase.text) == testCase.expected)
    }

    /// An article hard-wrapped at any width, paragraphs apart, reads as the same sentences as the
    /// article set a paragraph to a line, with line breaks where the spaces were.
    @Test(arguments: [24, 40, 57, 72, 100])
    func wrappingAnArticleKeepsItsSentences(width: Int) throws {
        for seed in [Seeds.landmark, Seeds.reuters] {
            let paragraphs = try Seeds.text(of: seed).split(separator: "\n").map(String.init)
            let wrapped = paragraphs.map { Self.wrap($0, width: width) }.joined(separator: "\n\n")
            let expected = sentences(paragraphs.joined(separator: "\n"))
            let text = SourceText(wrapped)
            let found = SentenceSegmenter().sentences(in: text)
            #expect(found.map { $0.text.replacingOccurrences(of: "\n", with: " ") } == expected, "\(seed)")
            for sentence in found { #expect(text[sentence.range] == sentence.text) }
        }
    }

    /// Greedy wrapping, as mail and text editors do it.
    static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    @Test func offsetsAreUnicodeScalarsAndEndExclusive() {
        let text = SourceText("Café “ok”. 😀 Next one.")
        let found = SentenceSegmenter().sentences(in: text)
        #expect(found.map(\.range) == [0..<10, 11..<22])
        #expect(found.map(\.index) == [1, 2])
        for sentence in found { #expect(text[sentence.range] == sentence.text) }
    }

    @Test func segmentsTheFirstArticleExactly() throws {
        let text = try Seeds.text(of: Seeds.landmark)
        #expect(
            sentences(text) == [
                "Israel-based maker of Pegasus program loses five-year-old landmark case.",
                "Messaging giant WhatsApp won a landmark ruling Friday against the best-known maker of spyware when a federal judge in California ruled that NSO Group had hacked into the Meta unit's systems by sending malicious software through its servers to more than a thousand targeted phones.",
                "District Judge Phyllis Hamilton granted WhatsApp's motion for summary judgment against Israel-based NSO, finding in the five-year-old case that it had violated the U.S. Computer Fraud and Abuse Act with the pernicious spying program known as Pegasus.",
                "Hamilton also found that WhatsApp was entitled to sanctions against NSO for its refusal to turn over source code for the software in discovery, with the penalty to be determined later.",
                "She ruled that with the underlying legal issues settled, the case should proceed to trial only to determine how much NSO should pay in civil damages.",
                "WhatsApp spokesman Carl Woog said the company believed the ruling is the first to hold a major spyware vendor responsible for breaking the fundamental U.S. hacking law, as well as California's state version of it.",
                "\"We're grateful for today's decision,\" Woog wrote in a statement.",
                "\"NSO can no longer avoid accountability for their unlawful attacks on WhatsApp, journalists, human rights activists and civil society.",
                "With this ruling, spyware companies should be on notice that their illegal actions will not be tolerated.\"",
                "NSO did not immediately respond to questions.",
                "Apple dropped a similar case against NSO in September after Israeli authorities reportedly seized the company's source code and NSO said it could no longer produce it.",
                "The victory is among the strongest in court against an industry that has found itself at the center of global disputes over governmental surveillance powers and individual freedoms.",
                "The U.S. government has sanctioned NSO and a few other companies and individuals after determining that they were operating in opposition to U.S. interests.",
                "Most American allies, however, have been slow to follow suit.",
                "Like its peer companies, NSO argues that it should be exempt from legal punishment because it sells only to government agencies, which determine which people to target with the programs.",
                "Pegasus and similar wares have used a series of security flaws, including those in WhatsApp and Apple's operating system, to get inside phones and capture pictures, emails and texts, even those in WhatsApp and Signal that are fully encrypted in transmission.",
                "In some cases, those exploits require no user interaction and leave the software all but indiscoverable.",
            ])
    }

    @Test func segmentsTheSecondArticleExactly() throws {
        let text = try Seeds.text(of: Seeds.reuters)
        #expect(
            sentences(text) == [
                "(Reuters) – A U.S. judge on Friday ruled in favor of Meta Platforms Inc (Nasdaq) WhatsApp in a lawsuit accusing Israel's NSO Group of exploiting a bug in the messaging app to install spyware that allowed unauthorized surveillance.",
                "US District Judge Phyllis Hamilton in Oakland, California, granted a request from WhatsApp and found NSO liable for hacking and breach of contract.",
                "Hamilton said the case will now proceed to trial on the issue of damages only.",
                "NSO Group did not immediately respond to an email request for comment.",
                "Will Cathcart, head of WhatsApp, said the ruling was a victory for privacy.",
                "“We have spent five years making our case because we firmly believe that spyware companies cannot hide behind impunity or avoid accountability for their illegal actions,” Cathcart said in a social media post.",
                "“Surveillance companies should be aware that illegal spying will not be tolerated.”",
                "A WhatsApp spokesperson said they were grateful for the decision.",
                "“We are proud to stand against NSO and thank the many organizations that have supported this cause.",
                "WhatsApp will never stop working to protect people's private communications,” he said.",
                "Cybersecurity experts welcomed the ruling.",
                "John Scott-Railton, a senior researcher at Canadian internet watchdog Citizen Lab – which first highlighted NSO's Pegasus spyware in 2016 – described the ruling as a landmark ruling with “huge implications for the spyware industry.”",
                "“The entire industry has hidden behind the claim that anything their customers do with their hacking tools, it is not their responsibility,” he said in an instant message.",
                "“Today’s ruling makes clear that NSO Group is in fact responsible for breaking numerous laws.”",
                "In 2019, WhatsApp sued NSO for an injunction and damages, accusing it of accessing WhatsApp servers without permission six months earlier to install Pegasus on victims' mobile devices.",
                "The lawsuit claimed that the hack allowed 1,400 people to be monitored, including journalists, human rights activists and dissidents.",
                "NSO claimed that Pegasus helps law enforcement and intelligence agencies fight crime and protect national security and that its technology is intended to help catch terrorists, child molesters and hardened criminals.",
                "NSO appealed a judge's decision in 2020 to deny it “conduct-based immunity,” a common law principle that protects foreign officials acting in their official capacity.",
                "Upholding that ruling in 2021, the San Francisco-based 9th U.S. Circuit Court of Appeals called it an “easy case” because NSO’s mere licensing of Pegasus and providing technical support does not protect it from liability under a federal law called the Foreign Sovereign Immunities Act. , which takes precedence over common law.",
                "Last year, the US Supreme Court rejected NSO's appeal of the lower court's decision, allowing the lawsuit to continue.",
            ])
    }
}
