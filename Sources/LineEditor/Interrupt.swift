import Glibc
import Synchronization

/// The process-wide "interrupted" flag raised by SIGINT (Ctrl-C while a query runs).
///
/// While a line is edited the terminal does not send SIGINT (Ctrl-C is a key that
/// abandons the line); while a statement runs it does, and the handler only raises this
/// flag, which long-running work polls. The handler is installed without `SA_RESTART`,
/// so a blocking read returns `EINTR` instead of hiding the interrupt.
public enum Interrupt {
  /// Installs the SIGINT handler. Safe to call more than once.
  public static func installHandler() {
    flag.store(false, ordering: .relaxed)  // initialise the global before any signal
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in
      Interrupt.flag.store(true, ordering: .relaxed)
    }
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(SIGINT, &action, nil)
  }

  /// Whether SIGINT arrived since the last ``reset()``.
  public static var isPending: Bool {
    flag.load(ordering: .relaxed)
  }

  /// Lowers the flag; returns whether it was raised.
  @discardableResult
  public static func reset() -> Bool {
    flag.exchange(false, ordering: .relaxed)
  }

  /// Raises the flag as SIGINT would (for tests and for cancelling from code).
  public static func raise() {
    flag.store(true, ordering: .relaxed)
  }

  fileprivate static let flag = Atomic<Bool>(false)
}
