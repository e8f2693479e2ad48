import NewsModel
import NewsReader
import Testing

@Suite struct EntityTests {
  @Test func rolesFromPremodifiers() {
    let article = Reading.article(
      "Brazilian Foreign Minister Ana Duarte met veteran diplomat Tomas Reyes in Lima.")
    #expect(Reading.entity(article, "Ana Duarte")?.role == "Brazilian Foreign Minister")
    #expect(Reading.entity(article, "Tomas Reyes")?.role == "veteran diplomat")
    #expect(Reading.names(article, .place) == ["Lima"])
  }

  @Test func demonymsAreNotPlaces() {
    let article = Reading.article("French officials and Japanese engineers met on Monday.")
    #expect(Reading.names(article, .place).isEmpty)
  }

  @Test func surnameAlias() {
    let article = Reading.article(
      "Opposition leader Marta Silvan spoke first.\n\nSilvan said the vote was “rigged”.")
    #expect(Reading.entity(article, "Marta Silvan")?.aliases == ["Silvan"])
    #expect(Reading.speaker(article) == "Marta Silvan")
  }

  @Test func sharedSurnamesStayApart() {
    let article = Reading.article(
      "Opposition lawmaker Maria Costa criticised the plan.\n\n"
        + "Prime minister Paulo Costa defended it on Friday.\n\n"
        + "“It is fair,” Costa said.")
    #expect(Reading.names(article, .person) == ["Maria Costa", "Paulo Costa"])
    #expect(Reading.speaker(article) == "Paulo Costa")
    #expect(Reading.entity(article, "Maria Costa")?.aliases == [])
  }

  @Test func explicitAndImplicitAcronyms() {
    let article = Reading.article(
      "The Coastal Rescue Alliance sent two boats.\n\n"
        + "CRA said the crews were “exhausted but safe”.")
    #expect(Reading.entity(article, "Coastal Rescue Alliance")?.aliases == ["CRA"])
    #expect(Reading.speaker(article) == "Coastal Rescue Alliance")
  }

  @Test func descriptionAliases() {
    let article = Reading.article(
      "Italian President Carla Neri arrived on Monday.\n\n"
        + "The visit by the Italian leader was brief.")
    #expect(Reading.entity(article, "Carla Neri")?.aliases == ["the Italian leader"])
  }

  @Test func describedOrganisationNeedsAReference() {
    let article = Reading.article(
      "A regional fishing group filed a complaint.\n\nThe group said stocks were “collapsing”.")
    #expect(Reading.names(article, .org) == ["regional fishing group"])
    #expect(Reading.entity(article, "regional fishing group")?.aliases == ["the group"])
    let lonely = Reading.article("A regional fishing group filed a complaint.")
    #expect(Reading.names(lonely, .org).isEmpty)
  }

  @Test func particlesAndHyphens() {
    let article = Reading.article(
      "Economist Pieter van Laar met lawyer Jean-Luc Moreau in Paris.\n\nVan Laar left early.")
    #expect(Reading.names(article, .person) == ["Pieter van Laar", "Jean-Luc Moreau"])
    #expect(Reading.entity(article, "Jean-Luc Moreau")?.role == "lawyer")
  }

  @Test func stateMediaIsTheNamedAgency() {
    let article = Reading.article(
      "Lisbon’s state media reported the launch.\n\n"
        + "The Harbor News Agency said it was a success.")
    #expect(
      Reading.entity(article, "Harbor News Agency")?.aliases == ["Lisbon’s state media"])
  }

  @Test func directionStandsForThePlace() {
    let article = Reading.article(
      "South Sudan held talks.\n\nLater, the oil-rich South announced a deal.")
    #expect(Reading.entity(article, "South Sudan")?.aliases == ["the oil-rich South"])
  }

  @Test func mentionsInDocumentOrder() {
    let article = Reading.article("Lima and Quito signed a pact. Quito will host talks.")
    #expect(Reading.names(article, .place) == ["Lima", "Quito"])
    #expect(Reading.entity(article, "Quito")?.mentionCount == 2)
    #expect(article.mentions.map(\.sentence) == [0, 0, 1])
  }
}

@Suite struct OrganisationRuleTests {
  @Test func bracketedAcronym() {
    let article = Reading.article(
      "The Federation of River Pilots (FRP) called a strike.\n\n"
        + "FRP spokesman Ole Berg said the talks had “failed completely”.")
    #expect(Reading.entity(article, "Federation of River Pilots")?.aliases == ["FRP"])
    #expect(Reading.entity(article, "Ole Berg")?.role == "FRP spokesman")
    #expect(Reading.speaker(article) == "Ole Berg")
  }

  @Test func descriptorBeforeName() {
    let article = Reading.article(
      "Port operator Nordby Terminals said berths would reopen “as soon as possible”.")
    #expect(Reading.names(article, .org) == ["Nordby Terminals"])
    #expect(Reading.names(article, .person).isEmpty)
    #expect(Reading.speaker(article) == "Nordby Terminals")
  }

  @Test func possessiveStateBody() {
    let article = Reading.article(
      "Kenya's central bank held rates on Tuesday, saying inflation was “within target”.")
    #expect(Reading.names(article, .org) == ["Kenya's central bank"])
    #expect(Reading.speaker(article) == "Kenya's central bank")
    #expect(article.quotes[0].cue == "saying")
  }

  @Test func definiteDescriptionByHeadNoun() {
    let article = Reading.article(
      "The Regional Recovery Fund approved a loan.\n\nThe fund said the risk was “moderate”.")
    #expect(
      Reading.entity(article, "Regional Recovery Fund")?.aliases
        == ["The fund"].map {
          $0.lowercased().replacingOccurrences(of: "the fund", with: "the fund")
        })
    #expect(Reading.speaker(article) == "Regional Recovery Fund")
  }
}

@Suite struct PersonRuleTests {
  @Test func appositionWithWorkplace() {
    let article = Reading.article(
      "\"There was no room to cut,\" said Grace Mwende, an economist at a local bank.")
    #expect(Reading.speaker(article) == "Grace Mwende")
    #expect(Reading.entity(article, "Grace Mwende")?.role == "economist")
  }

  @Test func surnameOfSeveralWordsAndAgeApposition() {
    let article = Reading.article(
      "Union negotiator Anke de Wit met employers.\n\n"
        + "De Wit, 52, said members would \"stay vigilant\".")
    #expect(Reading.entity(article, "Anke de Wit")?.aliases == ["De Wit"])
    #expect(Reading.speaker(article) == "Anke de Wit")
  }
}

@Suite struct TitleRuleTests {
  @Test func placeAndDottedTitleFormTheRole() {
    let article = Reading.article(
      "Colorado Gov. Maria Lopez signed the bill, calling it \"a promise kept\".")
    #expect(Reading.entity(article, "Maria Lopez")?.role == "Colorado Gov.")
    #expect(Reading.names(article, .place).isEmpty)
    #expect(Reading.speaker(article) == "Maria Lopez")
  }

  @Test func nameInsideCommasBeforeTheCue() {
    let article = Reading.article(
      "Its president, Dr. Alan Park, said patients were \"rationing their doses\".")
    #expect(Reading.speaker(article) == "Alan Park")
  }

  @Test func nameBeforeARelativeClauseApposition() {
    let article = Reading.article(
      "Sen. Tom Baker, a Republican who voted no, said it would \"raise premiums\".")
    #expect(Reading.speaker(article) == "Tom Baker")
    #expect(Reading.entity(article, "Tom Baker")?.role == "Sen.")
  }

  @Test func theCompanyRefersToACorporateName() {
    let article = Reading.article(
      "Drugmaker Helix Pharma Inc. declined to comment.\n\nThe company earned $1.3 billion.")
    #expect(Reading.entity(article, "Helix Pharma Inc.")?.aliases == ["the company"])
  }
}

@Suite struct NameFormTests {
  @Test func titledSurnameAfterFullName() {
    let article = Reading.article(
      "Farmer Ada Okafor won the vote.\n\nLater, President Okafor said she was \"humbled\".")
    #expect(Reading.names(article, .person) == ["Ada Okafor"])
    #expect(Reading.entity(article, "Ada Okafor")?.aliases == ["Okafor"])
    #expect(Reading.speaker(article) == "Ada Okafor")
  }

  @Test func fullNameAfterTitledSurname() {
    let article = Reading.article(
      "President Okafor spoke first.\n\nAda Okafor, a former farmer, said she was \"humbled\".")
    #expect(Reading.names(article, .person) == ["Ada Okafor"])
    #expect(Reading.entity(article, "Ada Okafor")?.aliases == ["Okafor"])
    #expect(Reading.entity(article, "Ada Okafor")?.role == "President")
  }
}

@Suite struct MorePatternTests {
  @Test func placeAfterTownOf() {
    let article = Reading.article("Floods hit the small town of Verdalen on Monday.")
    #expect(Reading.names(article, .place) == ["Verdalen"])
  }

  @Test func roleBeforeCommaAndName() {
    let article = Reading.article(
      "Her spokesman, Diego Ruiz, said the aid would arrive “within days”.")
    #expect(Reading.entity(article, "Diego Ruiz")?.role == "spokesman")
    #expect(Reading.speaker(article) == "Diego Ruiz")
  }

  @Test func unnamedBodyThatSpeaks() {
    let article = Reading.article(
      "In a statement, the regional government said it was “deeply grateful”.")
    #expect(Reading.speaker(article) == "regional government")
    let silent = Reading.article("The regional government met on Monday.")
    #expect(Reading.names(silent, .org).isEmpty)
  }

  @Test func roleDescriptionAfterTheQuote() {
    let article = Reading.article(
      "Interior Minister Lucia Ferro visited the area.\n\n"
        + "“We will rebuild every home,” said the minister.")
    #expect(Reading.speaker(article) == "Lucia Ferro")
    #expect(article.quotes[0].speakerMention == "the minister")
  }
}

@Suite struct CompanyTests {
  @Test func companyNameAndItsShortForm() {
    let article = Reading.article(
      "Orion Semiconductor reported a record profit.\n\n"
        + "Shares of Orion rose 6%. Orion said it would hire more staff.")
    #expect(Reading.names(article, .org) == ["Orion Semiconductor"])
    #expect(Reading.names(article, .person).isEmpty)
    #expect(Reading.entity(article, "Orion Semiconductor")?.mentionCount == 3)
  }

  @Test func sentenceInitialTitleWordJoinsTheRole() {
    let article = Reading.article("Chief executive Mei Tanaka told analysts profits were “strong”.")
    #expect(Reading.entity(article, "Mei Tanaka")?.role == "Chief executive")
  }

  @Test func genericFirstWordIsNotTheOrganisation() {
    let article = Reading.article(
      "The International Monetary Fund cut its forecast.\n\nInternational observers agreed.")
    #expect(Reading.entity(article, "International Monetary Fund")?.mentionCount == 1)
  }
}

@Suite struct ForwardReferenceTests {
  @Test func acronymBeforeTheName() {
    let article = Reading.article(
      "CRA said the crews were “exhausted but safe”.\n\n"
        + "The Coastal Rescue Alliance sent two more boats on Monday.")
    #expect(Reading.names(article, .org) == ["Coastal Rescue Alliance"])
    #expect(Reading.entity(article, "Coastal Rescue Alliance")?.aliases == ["CRA"])
    #expect(Reading.speaker(article) == "Coastal Rescue Alliance")
  }

  @Test func unexplainedAcronymThatSpeaksStays() {
    let article = Reading.article("XQR said the plan was “dead”.")
    #expect(Reading.speaker(article) == "XQR")
    let silent = Reading.article("The AI boom continued.")
    #expect(Reading.names(silent, .org).isEmpty)
  }

  @Test func stateMediaRelayingBeforeTheAgencyIsNamed() {
    let article = Reading.article(
      "Marshal Ivo Kern vowed to “crush every rebel”, state media reported on Monday.\n\n"
        + "The Central Harbor News Agency also carried the speech.")
    #expect(Reading.speaker(article) == "Ivo Kern")
    #expect(article.quotes[0].via.map { article.entities[$0].name } == "Central Harbor News Agency")
  }
}

@Suite struct AppositionTests {
  @Test func roleAfterTheName() {
    let article = Reading.article(
      "Ana Duarte, the Brazilian foreign minister, said the deal was “historic”.")
    #expect(Reading.entity(article, "Ana Duarte")?.role == "Brazilian foreign minister")
    #expect(Reading.speaker(article) == "Ana Duarte")
  }

  @Test func quoteSplitByItsAttribution() {
    let article = Reading.article(
      "“We will win,” coach Lena Varga told reporters, “because we trained harder.”")
    #expect(article.quotes.count == 2)
    #expect(Reading.speaker(article, 1) == "Lena Varga")
  }
}

@Suite struct InitialTests {
  @Test func middleInitialStaysInTheName() {
    let article = Reading.article(
      "Historian Mara T. Olsen spoke first.\n\nOlsen said the archive was “priceless”.")
    #expect(Reading.names(article, .person) == ["Mara T. Olsen"])
    #expect(Reading.speaker(article) == "Mara T. Olsen")
  }
}

@Suite struct NameParticleTests {
  @Test func particlesInARowStayInTheName() {
    let article = Reading.article(
      "Dr. Ingrid van der Berg of the University of Amsterdam said the plan was sound.")
    #expect(Reading.names(article, .person) == ["Ingrid van der Berg"])
  }
}
