import CourtlineTestSupport
import Foundation
import Testing

@Suite("The courtline command", .temporaryFiles)
struct CommandLineTests {
    @Test func printsTheTimelineWhenRunBare() throws {
        let run = try Courtline.run()
        #expect(run.status == 0)
        #expect(run.stderr.isEmpty)
        #expect(run.lines.count == 26)
        #expect(
            run.lines.contains {
                $0.hasPrefix("2024-12-20") && $0.contains("District") && $0.contains("summary judgment")
            })
        #expect(run.lines.last?.hasPrefix("date unknown") == true)
        #expect(try Courtline.run("list").stdout == run.stdout)
    }

    @Test func opensTheBundledCaseFromAnyFolder() throws {
        let root = try Courtline.run("verify", in: URL(fileURLWithPath: "/"))
        #expect(root.status == 0, "\(root.stderr)")
        #expect(try Courtline.run("list", in: Courtline.packageRoot).stdout == (try Courtline.run("list").stdout))
    }

    @Test func filtersTheList() throws {
        let supreme = try Courtline.run("list", "--court", "supreme-court")
        #expect(supreme.lines.count == 2)
        #expect(supreme.lines.allSatisfy { $0.contains("Supreme") })
        let noCourt = try Courtline.run("list", "--court", "none")
        #expect(noCourt.lines.allSatisfy { $0.contains("—") })
        let party = try Courtline.run("list", "--party", "woog")
        #expect(party.lines.count == 1)
        #expect(party.lines.first?.contains("Carl Woog") == true)
        let both = try Courtline.run("list", "--court", "district", "--search", "liable")
        #expect(both.lines.count == 2, "the finding, and the ruling whose cited sentence says it")
        #expect(both.lines.contains { $0.contains("liable for hacking") })
    }

    @Test func listsAsJSONTheExportsEventsArray() throws {
        let run = try Courtline.run("list", "--court", "ninth-circuit", "--format", "json")
        #expect(run.status == 0)
        let events = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        #expect(events.map { $0["id"] as? String } == ["immunity-appeal", "ninth-circuit-upholds"])
        #expect(events.allSatisfy { $0["court"] as? String == "ninth-circuit" })
    }

    @Test func showsAnEventWithItsDateBasisAndQuotes() throws {
        let run = try Courtline.run("show", "summary-judgment")
        #expect(run.status == 0)
        #expect(run.stdout.contains("Friday → 2024-12-20 (the Friday on or before publication, 2024-12-20, supplied)"))
        #expect(run.stdout.contains("US District Court, Oakland, California"))
        #expect(
            run.stdout.contains("parties:  WhatsApp (plaintiff; messaging app, a unit of Meta); NSO Group (defendant;"))
        #expect(run.stdout.contains("Phyllis Hamilton (US District Judge)"))
        #expect(
            run.stdout.contains(
                "Messaging giant WhatsApp won a landmark ruling Friday against the best-known maker of spyware"))
        #expect(
            run.stdout.contains(
                "«District Judge Phyllis Hamilton granted WhatsApp's motion for summary judgment against Israel-based NSO», finding"
            ))
        #expect(run.stdout.contains("[1 of 6] landmark (000_6aff62c01c763dfa.txt), sentence 3 of 17"))
    }

    @Test func showsSourcesWithNumberedSentencesAndOffsets() throws {
        let run = try Courtline.run("sources")
        #expect(run.status == 0)
        #expect(run.stdout.contains("published:  2024-12-20 (supplied by the case file"))
        #expect(run.stdout.contains("outlet:     Reuters (the article says “(Reuters)”)"))
        #expect(run.stdout.contains("outlet:     not named in the article"))
        #expect(
            run.lines.contains { $0.hasPrefix("  1 ") && $0.contains("[0, 72)") && $0.contains("Israel-based maker") })
        let json = try Courtline.run("sources", "reuters", "--format", "json")
        let sources = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(sources.count == 1)
        #expect(sources.first?["outlet"] as? String == "Reuters")
        #expect((sources.first?["sentences"] as? [Any])?.count == 20)
    }

    @Test func segmentsAnyFile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("note.txt", "Mr. Smith went to Washington. He stayed.\nA new line")
        let run = try Courtline.run("sources", "--file", path)
        #expect(run.status == 0)
        #expect(run.stdout.contains("3 sentences"))
        #expect(run.lines.contains { $0.contains("[0, 29)") && $0.hasSuffix("Mr. Smith went to Washington.") })
        let json = try Courtline.run("sources", "--file", path, "--format", "json")
        let sources = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(sources.first?["published"] is NSNull)
        #expect((sources.first?["sentences"] as? [[String: Any]])?.map { $0["end"] as? Int } == [29, 40, 51])
    }

    @Test func verifiesTheBundledCase() throws {
        let run = try Courtline.run("verify")
        #expect(run.status == 0)
        #expect(run.stdout.contains("Coverage: 36 of 37 sentences cited"))
        #expect(run.stdout.contains("landmark sentence 12: “The victory is among the strongest"))
        #expect(run.stdout.contains("reason: The reporter's assessment"))
        #expect(run.stdout.hasSuffix("Sound.\n"))
    }

    @Test func verifyAndShowSetDifferingSourcesSideBySide() throws {
        let verify = try Courtline.run("verify")
        #expect(verify.status == 0)
        #expect(verify.lines.contains("Corroboration: 7 of 26 events told by more than one source"))
        #expect(verify.lines.contains("  hack: reuters, landmark"))
        #expect(verify.lines.contains("  summary-judgment: landmark, reuters"))
        let show = try Courtline.run("show", "hack")
        #expect(show.lines.contains("  sources:  reuters, landmark (told by 2 sources)"))
        let heading = try #require(
            show.lines.firstIndex(of: "  the sources differ on a count; by their words the figures can all be true:"))
        // The two accounts stand in columns: each row holds a piece of each, the left one padded.
        let rows = show.lines[(heading + 1)...].prefix { $0.hasPrefix("    ") }
        let first = try #require(rows.first)
        let column = first.distance(
            from: first.startIndex, to: try #require(first.range(of: "landmark, sentence 2 of 17")).lowerBound)
        #expect(first.hasPrefix("    reuters, sentence 16 of 20 "))
        let left = rows.map { $0.prefix(column).trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        let right = rows.map { $0.dropFirst(column).trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(left.contains("«1,400 people» to be monitored"))
        #expect(right.contains("«more than a thousand targeted phones»"))
        for event in ["suit", "summary-judgment"] {
            #expect(try !Courtline.run("show", event).stdout.contains("differ on"))
        }
    }

    @Test func exportsTheWholeCase() throws {
        let run = try Courtline.run("export", "--format", "json")
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "courtline/1")
        #expect((json["events"] as? [Any])?.count == 26)
        #expect((json["sources"] as? [Any])?.count == 2)
    }

    @Test func exportsTheTimelineAsMarkdownAndCSVChosenByTheListsFilters() throws {
        let markdown = try Courtline.run("export", "--format", "markdown", "--court", "supreme-court")
        #expect(markdown.status == 0, "\(markdown.stderr)")
        #expect(markdown.stdout.hasPrefix("# WhatsApp v. NSO Group\n"))
        let rows = markdown.lines.filter { $0.hasPrefix("| 20") }
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.contains("| Supreme |") })
        let csv = try Courtline.run("export", "--format", "csv", "--party", "woog")
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.components(separatedBy: "\r\n")
        #expect(lines.first?.hasPrefix("id,date,earliest,latest,precision,") == true)
        #expect(lines.count == 3, "a header, one event, and the end of the last line")
        #expect(lines[1].contains("Carl Woog"))
        let json = try Courtline.run("export", "--format", "json", "--court", "ninth-circuit")
        let events = try #require(
            (try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["events"] as? [Any])
        #expect(events.count == 2)
        let timeline = try Courtline.run("export", "--format", "timelinejs", "--court", "district")
        let slides = try #require(
            (try JSONSerialization.jsonObject(with: Data(timeline.stdout.utf8)) as? [String: Any])?["events"]
                as? [[String: Any]])
        let district = try Courtline.run("list", "--court", "district")
        // Events still to come (`date unknown`) cannot stand on a timeline.
        #expect(slides.count == district.lines.filter { !$0.hasPrefix("date unknown") }.count)
        #expect(slides.count < district.lines.count)
        #expect(try Courtline.run("export", "--format", "csv", "--court", "nowhere").status == 64)
    }

    @Test func listAndExportTakeTheSameFacetsAsTheUI() throws {
        let rulings = try Courtline.run(
            "list", "--kind", "ruling", "--court", "oakland", "--from", "2024", "--to", "2024-12")
        #expect(rulings.status == 0, "\(rulings.stderr)")
        #expect(!rulings.lines.isEmpty)
        #expect(rulings.lines.allSatisfy { $0.hasPrefix("2024-") && $0.contains("District") }, "\(rulings.lines)")
        let all = try Courtline.run("list", "--court", "district")
        #expect(rulings.lines.count < all.lines.count)
        let exported = try Courtline.run(
            "export", "--format", "json", "--kind", "ruling", "--court", "oakland", "--from", "2024", "--to", "2024-12")
        let events = try #require(
            (try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any])?["events"] as? [Any])
        #expect(events.count == rulings.lines.count)
        #expect(try Courtline.run("list", "--status", "draft").lines.isEmpty)
        let phrase = try Courtline.run("list", "--search", "\"found NSO liable\" hamilton").lines
        #expect(phrase.contains { $0.contains("liability-finding") })
        #expect(try Courtline.run("list", "--search", "\"liable NSO\" hamilton").lines.isEmpty)
        for (option, value, message) in [
            ("--kind", "verdict", "unknown kind 'verdict'"), ("--from", "2024-13", "'2024-13' is not a year"),
            ("--status", "final", "unknown status 'final'"), ("--party", "a", "'a' names more than one party"),
        ] {
            let run = try Courtline.run("list", option, value)
            #expect(run.status == 64, "\(option) \(value)")
            #expect(run.stderr.contains(message), "\(run.stderr)")
        }
    }

    @Test func aCSVForExcelBeginsWithAByteOrderMarkAndKeepsTypographicMarks() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("timeline.csv").path
        let run = try Courtline.run("export", "--format", "csv", "--bom", "--out", path)
        #expect(run.status == 0, "\(run.stderr)")
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(bytes.prefix(3) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("id,date,"))
        #expect(text.contains("’") || text.contains("“"))
        #expect(try Courtline.run("export", "--format", "json", "--bom").status == 64)
        let plain = try Courtline.run("export", "--format", "csv")
        #expect(plain.stdout.hasPrefix("id,date,"))
    }
}

@Suite("Exit statuses and errors", .temporaryFiles)
struct ExitStatusTests {
    @Test func usageErrorsExit64() throws {
        for arguments in [
            ["list", "--court", "nowhere"], ["show", "no-such-event"], ["list", "--format", "xml"], ["frobnicate"],
            ["sources", "nope"],
        ] {
            let run = try Courtline.run(arguments)
            #expect(run.status == 64, "\(arguments)")
            #expect(!run.stderr.isEmpty, "\(arguments)")
        }
        #expect(try Courtline.run(["list", "--court", "nowhere"]).stderr.contains("unknown court 'nowhere'"))
    }

    @Test func aMissingCaseFileExits66() throws {
        let run = try Courtline.run(["list", "--case", "/nonexistent/case.yaml"])
        #expect(run.status == 66)
        #expect(run.stderr == "/nonexistent/case.yaml: case file no such file\n")
        #expect(run.stdout.isEmpty)
        #expect(try Courtline.run(["sources", "--file", "/nonexistent/a.txt"]).status == 66)
    }

    @Test func badDataExits65NamingFileLineAndFact() throws {
        let path = try TemporaryFolder.oneEventCase(
            article: "Acme sued Widget in 2019. The judge ruled for Acme on Friday.", quote: "Acme sued Widgit")
        let run = try Courtline.run(["list", "--case", path])
        #expect(run.status == 65)
        #expect(
            run.stderr
                == "\(path):15: event 'suit': in source 'a': “Acme sued Widgit”: quote not found; "
                + "closest text in the source: “Acme sued Widget”\n")
        #expect(!run.stderr.contains("Fatal error"))
    }

    @Test func verifyFailsWhenASentenceIsNeitherCitedNorExplained() throws {
        let path = try TemporaryFolder.oneEventCase(
            article: "Acme sued Widget in 2019. Nobody knows why.", quote: "Acme sued Widget")
        let run = try Courtline.run(["verify", "--case", path])
        #expect(run.status == 65)
        #expect(run.stdout.contains("a sentence 2: “Nobody knows why.”"))
        #expect(try Courtline.run(["list", "--case", path]).status == 0)
    }
}

extension Courtline {
    static func run(_ arguments: [String]) throws -> Run {
        try run(arguments: arguments, in: nil)
    }
}

@Suite("Hostile text on the command line", .temporaryFiles)
struct HostileTextTests {
    @Test func controlCharactersAreShownNotObeyedAndColumnsStayAligned() throws {
        let path = try TemporaryFolder.oneEventCase(
            article: "法院 sued Ａcme\u{1B}]52;c;cHduZWQ=\u{07} in 2019 \u{9B}31m\u{202E}now. Nobody knows why.",
            quote: "法院 sued Ａcme", title: "法院 sues \\e]0;pwned\\a\\u202Eevil")
        let list = try Courtline.run("list", "--case", path)
        #expect(list.status == 0)
        #expect(list.stdout == "2019  —  suit  法院 sues ␛]0;pwned␇⍰evil\n")
        let show = try Courtline.run("show", "suit", "--case", path)
        #expect(!show.stdout.contains("\u{1B}") && !show.stdout.contains("\u{9B}") && !show.stdout.contains("\u{202E}"))
        #expect(show.stdout.contains("␛]52;c;cHduZWQ=␇"))
        let sources = try Courtline.run("sources", "--case", path)
        #expect(!sources.stdout.contains("\u{1B}") && sources.stdout.contains("⍰31m⍰now."))
        let json = try Courtline.run("export", "--format", "json", "--case", path)
        #expect(json.stdout.contains("\\u001b]52;c;cHduZWQ=\\u0007"), "JSON escapes, and keeps the text exact")
    }
}
