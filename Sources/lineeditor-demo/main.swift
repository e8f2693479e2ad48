// A tiny REPL over LineEditor, for driving the editor through a pseudo-terminal in
// tests: echoes each line as `got: <line>`, completes a fixed word list, keeps history
// in $LINEEDITOR_DEMO_HISTORY. A line ending in `\` continues on the next line (prompt
// `...> `) and the whole statement is one history entry. `item` completes to 150 words.
import Glibc
import LineEditor

let words =
  [
    "select", "from", "where", "limit", "language", "quotes", "Newark", "\"New York\"",
    "Pyongyang’s",
  ] + (0..<150).map { "item" + String(String($0 + 1000).dropFirst()) }

func completeWord(line: String, cursor: Int) -> Completion {
  let scalars = Array(line.unicodeScalars)
  var start = cursor
  while start > 0, scalars[start - 1] != " " {
    start -= 1
  }
  var typed = String.UnicodeScalarView()
  typed.append(contentsOf: scalars[start..<cursor])
  let word = String(typed)
  let matches = words.filter { $0.hasPrefix(word) || $0.hasPrefix("\"" + word) }
  return Completion(range: start..<cursor, texts: matches.map { $0 + " " })
}

func emit(_ text: String, to fileDescriptor: Int32) {
  var bytes = Array(text.utf8)[...]
  while !bytes.isEmpty {
    let count = bytes.withUnsafeBytes { write(fileDescriptor, $0.baseAddress, $0.count) }
    if count < 0, errno == EINTR { continue }
    guard count > 0 else { return }
    bytes = bytes.dropFirst(count)
  }
}

let historyPath = getenv("LINEEDITOR_DEMO_HISTORY").map { String(cString: $0) }
Interrupt.installHandler()
let editor = LineEditor(
  programName: "lineeditor-demo", historyPath: historyPath, completer: completeWord)
if let warning = editor.takeHistoryWarning() {
  emit("warning: \(warning)\n", to: 2)
}

var statement: [String] = []
loop: while true {
  switch editor.readLine(prompt: statement.isEmpty ? "demo> " : "...> ") {
  case .line(let line):
    if line.hasSuffix("\\") {
      statement.append(String(line.dropLast()))
      continue
    }
    statement.append(line)
    let entry = statement.joined(separator: "\n")
    statement = []
    emit("got: \(entry)\n", to: 1)
    editor.addHistory(entry)
    if let warning = editor.takeHistoryWarning() {
      emit("warning: \(warning)\n", to: 2)
    }
  case .interrupted:
    statement = []
  case .endOfInput:
    break loop
  }
}
exit(0)
