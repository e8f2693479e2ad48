import NewsModel
import NewsReader
import Testing

@Suite struct NumberTests {
  private func numbers(_ body: String) -> [String] {
    Reading.article(body).numbers.map {
      "\($0.text)|\($0.value.map { String($0) } ?? "nil")|\($0.unit ?? "nil")|\($0.qualifier ?? "nil")"
    }
  }

  @Test func digitsWithUnits() {
    #expect(numbers("Floods damaged 3,200 homes.") == ["3,200|3200.0|homes|nil"])
    #expect(numbers("Inflation hit 4.8% in the spring.") == ["4.8%|4.8|%|nil"])
    #expect(numbers("The pound bought $1.2610 at noon.") == ["$1.2610|1.261|$|nil"])
    #expect(
      numbers("Imports reached 137.3 billion pounds.") == [
        "137.3 billion|137300000000.0|pounds|nil"
      ])
  }

  @Test func wordsAndCompounds() {
    #expect(numbers("They built nine million bricks.") == ["nine million|9000000.0|bricks|nil"])
    #expect(numbers("It was a three-year plan.") == ["three-year|3.0|year|nil"])
    #expect(numbers("She sent a two-line note.") == ["two-line|2.0|line|nil"])
    #expect(numbers("Twenty-five riders finished.") == ["Twenty-five|25.0|riders|nil"])
  }

  @Test func qualifiers() {
    #expect(numbers("More than 40 boats sailed.") == ["40|40.0|boats|more than"])
    #expect(numbers("Around 600 Danish sailors waited.") == ["600|600.0|sailors|around"])
    #expect(numbers("It lasted less than three weeks.") == ["three|3.0|weeks|less than"])
    #expect(
      numbers("Crews moved as many as “ten thousand crates” overnight.") == [
        "ten thousand|10000.0|crates|as many as"
      ])
  }

  @Test func notQuantities() {
    #expect(numbers("Profit rose 38 percent.") == ["38|38.0|percent|nil"])
    #expect(numbers("Thousands of people marched.").isEmpty)
    #expect(numbers("It was the second visit and the first in years.").isEmpty)
    #expect(numbers("Oslo is one of the cleanest cities.").isEmpty)
    #expect(numbers("The bridge opened in 1998.").isEmpty)
  }
}
