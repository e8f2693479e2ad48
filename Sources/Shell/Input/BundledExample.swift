/// The example article newsq opens when no path is given, compiled into the binary so it works
/// from any directory without a resource bundle. `examples/articles/kim-shoigu.txt` is the same
/// text; a test keeps the two identical.
public enum BundledExample {
  /// The name rows show in their `article` field.
  public static let path = "kim-shoigu.txt"

  public static let text = #"""
     date 2025-05-06 SEOUL: North Korean leader Kim Jong Un vowed to “unconditionally support” Russia in its war in Ukraine and said he expected Moscow to emerge victorious, Pyongyang’s state media said Thursday.

    North Korea has become one of Moscow's main allies during its more than three-year Ukraine offensive, sending thousands of troops and container-loads of weapons to help the Kremlin oust Ukrainian forces from Russia's Kursk border region.

    Meeting top Russian security official Sergei Shoigu on Wednesday, Kim said that Pyongyang would “unconditionally support the stand of Russia and its foreign policies in all the crucial international political issues including the Ukrainian issue”, the Korean Central News Agency reported.

    Kim “expressed expectation and conviction that Russia would, as ever, surely win victory in the sacred cause of justice”, KCNA said.

    The two sides agreed to “continue to dynamically expand” relations, the state news agency reported.

    Russia and North Korea signed a sweeping military deal last year, including a mutual defence clause, during a rare visit by Russian leader Vladimir Putin to the nuclear-armed North.

    Shoigu hailed the deal as “fully meeting the interests of both countries” during a visit in March.

    Around 600 North Korean soldiers have been killed and thousands more wounded fighting for Russia, according to South Korean lawmaker Lee Seong-kweun, citing the country's intelligence service.

    North Korea in April confirmed for the first time that it had deployed troops to Russia to support Moscow's war in Ukraine -- and admitted that its troops had been killed in combat.

    South Korea has also accused the nuclear-armed North of sending significant volumes of weapons, including missiles, to help Russia's war effort.

    The visit was Shoigu's second to Pyongyang in less than three months.

    Deepening ties

    A multilateral sanctions monitoring group including South Korea, the United States, Japan and eight other countries last week condemned ties between Russia and North Korea as “unlawful”.

    According to the group, Russian-flagged cargo vessels delivered as many as “nine million rounds of mixed artillery and multiple rocket launcher ammunition” from North Korea to Russia last year.

    In return, “Russia is believed to have provided North Korea with air defence equipment and anti-aircraft missiles”, it said.

    The meeting between Kim and Shoigu in Pyongyang came the same day the North's arch-enemy South Korea swore in new president Lee Jae-myung.

    In a speech upon taking office Wednesday, Lee vowed to reach out to the North -- a marked departure from his hawkish predecessor Yoon Suk Yeol, under whom relations plummeted to their worst level in years.

    Lee said Seoul would “deter North Korean nuclear and military provocations while opening communication channels and pursuing dialogue and cooperation to build peace on the Korean Peninsula”.

    KCNA reported on Lee's inauguration in a two-line report on Thursday but did not respond to his overtures for talks.

    It also issued a commentary Thursday slamming French President Emmanuel Macron over “imprudent” comments on Pyongyang’s ties with Moscow, calling them “shocking claptrap”.

    The commentary by analyst Choe Ju Hyun took aim at comments by the French leader during the recent Shangri-La Dialogue in Singapore.

    Macron suggested that the NATO defence alliance could become involved in Asia if China did not do more to press North Korea to stop sending forces to help Russia's war in Ukraine.

    “It is a mistake if Macron thinks that he can cloak NATO’s aggressive and wicked intention to put dirty military shoes on the Asia-Pacific region by taking issue with the DPRK-Russia cooperative relations,“ the commentary said, referring to North Korea by its official name, the Democratic People’s Republic of Korea.
    """#
}
