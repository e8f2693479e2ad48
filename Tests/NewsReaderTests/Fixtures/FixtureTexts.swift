/// Invented articles in other house styles, kept as Swift literals so that SwiftPM has no
/// unhandled resource files to warn about.
enum FixtureTexts {
  /// AP-style dateline, straight quotes, a quote running over two paragraphs.
  static let insulinBill = """
    DENVER (AP) — Colorado Gov. Maria Lopez signed a bill Friday that caps insulin costs at $35 a month, calling it "a promise kept" to the state's 400,000 diabetics.

    "Why should anyone choose between medicine and rent?" Lopez asked at a signing ceremony in Denver. She said the law would take effect Jan. 1.

    Sen. Tom Baker, a Republican who voted against the measure, said it would "raise premiums for everyone else." He added: "Good intentions are not a plan."

    The Colorado Medical Society, which represents about 12,000 doctors, backed the bill. Its president, Dr. Alan Park, said in an interview that patients had been "rationing their doses for years."

    "We saw people in the ER who had skipped insulin for weeks," Park said. "Some of them did not survive.

    "This will save lives."

    Drugmaker Helix Pharma Inc. declined to comment. The company earned $1.3 billion last year, according to its annual report.
    """

  /// Headline line, ` date` header with a two-word city, a business story.
  static let chipmakerProfit = """
    Chipmaker posts record profit as AI demand soars

     date 2024-04-18 SAN FRANCISCO: Orion Semiconductor reported a record quarterly profit of $4.5 billion on Thursday, up 38 percent from a year earlier, as demand for artificial intelligence chips kept surging.

    Chief executive Mei Tanaka told analysts on a call that the company expected revenue to grow "at least another 20%" in the second half. "Customers are asking for more than we can build," she said.

    Shares of Orion rose 6% in after-hours trading. The stock has nearly tripled since March 15, 2023.

    Not everyone is convinced. "The valuation assumes nothing can go wrong," said Raj Patel, a portfolio manager at Elm Street Capital in Boston.

    Orion said it would spend $12 billion on a new plant in Arizona, creating about 3,000 jobs.
    """
}
