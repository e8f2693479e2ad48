/// The words and marks that make up most of English news copy, so the tokenizer can hand out
/// one shared `String` for each instead of building a new one per token.
///
/// Function words, the commonest verbs and reporting words, and ASCII punctuation. The list
/// changes nothing the reader decides: a word missing from it is only built the slow way.
enum CommonWords {
  static let list: [String] = [
    "the", "a", "an", "of", "to", "in", "and", "or", "but", "for", "on", "at", "by", "with",
    "from", "as", "that", "this", "these", "those", "it", "its", "is", "was", "were", "are",
    "be", "been", "being", "has", "have", "had", "having", "will", "would", "could", "can",
    "may", "might", "must", "should", "shall", "do", "does", "did", "not", "no", "he", "she",
    "they", "we", "i", "you", "him", "her", "them", "us", "me", "his", "their", "our", "my",
    "your", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "than",
    "then", "there", "here", "if", "so", "up", "out", "about", "after", "before", "over",
    "under", "into", "onto", "between", "against", "during", "since", "until", "while",
    "because", "although", "though", "also", "more", "most", "less", "some", "many", "much",
    "all", "any", "each", "every", "both", "other", "another", "such", "only", "just", "even",
    "still", "now", "very", "too", "again", "once", "new", "old", "first", "last", "next",
    "year", "years", "day", "days", "week", "weeks", "month", "months", "time", "people",
    "said", "says", "say", "told", "tell", "added", "asked", "according", "saying", "stated",
    "wrote", "explained", "announced", "noted", "warned", "insisted", "argued", "claimed",
    "per", "cent", "percent", "million", "billion", "thousand", "hundred", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "who", "get", "got",
    "make", "made", "take", "took", "go", "went", "come", "came", "see", "saw", "know", "think",
    "want", "need", "keep", "work", "working", "done", "good", "well", "way", "like", "back",
    "because", "around", "across", "through", "without", "within", "among", "near", "never",
    "ever", "yet", "already", "however", "including", "around", "down", "off", "own", "same",
    "s", "'s", "n't", "it's", "don't", "can't", "we're", "they're", "i'm", "that's",
    ",", ".", ";", ":", "!", "?", "(", ")", "[", "]", "'", "\"", "-", "/", "&", "%", "$",
    "…", "—", "–", "“", "”", "‘", "’",
  ]
}
