import ReaderScoring
import Testing

/// Speaker comparison: exact names after folding, `speaker_any`, and null.
@Suite struct SpeakerMatchTests {
  @Test func exactNameMatches() {
    let gold = GoldQuote(text: "x", speaker: "Lee Jae-myung")
    #expect(SpeakerMatch.isAccepted("Lee Jae-myung", gold.acceptedSpeakers))
    #expect(!SpeakerMatch.isAccepted("Lee", gold.acceptedSpeakers))
    #expect(!SpeakerMatch.isAccepted(nil, gold.acceptedSpeakers))
  }

  @Test func anyAcceptedReadingMatches() {
    let gold = GoldQuote(
      text: "x", speaker: "Korean Central News Agency",
      speakerAny: ["Korean Central News Agency", "Choe Ju Hyun"])
    #expect(SpeakerMatch.isAccepted("Choe Ju Hyun", gold.acceptedSpeakers))
    #expect(SpeakerMatch.isAccepted("Korean Central News Agency", gold.acceptedSpeakers))
    #expect(!SpeakerMatch.isAccepted("Emmanuel Macron", gold.acceptedSpeakers))
  }

  @Test func speakerIsAcceptedEvenWhenMissingFromAny() {
    let gold = GoldQuote(text: "x", speaker: "Anna Berg", speakerAny: ["Berg Holdings"])
    #expect(gold.acceptedSpeakers == ["Anna Berg", "Berg Holdings"])
    #expect(SpeakerMatch.isAccepted("Anna Berg", gold.acceptedSpeakers))
  }

  @Test func nullMatchesOnlyNull() {
    let gold = GoldQuote(text: "x", speaker: nil)
    #expect(SpeakerMatch.isAccepted(nil, gold.acceptedSpeakers))
    #expect(!SpeakerMatch.isAccepted("Somebody", gold.acceptedSpeakers))
  }

  @Test func typographicApostrophesFold() {
    let gold = GoldQuote(text: "x", speaker: "Kenya Smallholders\u{2019} Union")
    #expect(SpeakerMatch.isAccepted("Kenya Smallholders' Union", gold.acceptedSpeakers))
    #expect(!SpeakerMatch.isAccepted("kenya smallholders' union", gold.acceptedSpeakers))
  }
}
