/// Organisations recognised by name even without an organisation word in them.
///
/// Compiled from Wikipedia's "List of intergovernmental organizations", the major wire
/// services, and government metonyms used in news copy ("the Kremlin", "the White House").
/// One entry per line: `Name|alias|alias`.
enum KnownOrganizations {
  static let list = """
    NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation
    United Nations|UN|U.N.
    European Union|EU|E.U.
    International Monetary Fund|IMF
    World Bank
    World Health Organization|WHO|World Health Organisation
    World Trade Organization|WTO
    OPEC|Organization of the Petroleum Exporting Countries
    ASEAN|Association of Southeast Asian Nations
    African Union|AU
    G7|Group of Seven
    G20|Group of 20
    BRICS
    OSCE
    Interpol
    Red Cross|ICRC|International Committee of the Red Cross
    Amnesty International
    Human Rights Watch
    Greenpeace
    Hamas
    Hezbollah
    Taliban
    Kremlin
    White House
    Pentagon
    Downing Street
    Elysee|Elysée|Elysee Palace
    Reuters
    Associated Press|AP
    Agence France-Presse|AFP
    Bloomberg
    Xinhua
    Yonhap
    Tass|TASS
    BBC
    CNN
    FBI
    CIA
    IAEA|International Atomic Energy Agency
    ICC|International Criminal Court
    Google
    Apple
    Microsoft
    Amazon
    Meta
    Tesla
    Treasury|HM Treasury|U.S. Treasury
    Labour|Labour Party
    Conservative Party|Conservatives|Tories
    Liberal Democrats|Lib Dems
    Federal Reserve|Fed
    European Central Bank|ECB
    Bundestag
    Bundesbank
    Knesset
    Duma
    NHS|National Health Service
    Europol
    Frontex
    Eurostat
    """
}
