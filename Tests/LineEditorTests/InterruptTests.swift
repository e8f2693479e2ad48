import Glibc
import LineEditor
import Testing

@Suite struct InterruptTests {
  @Test func sigintRaisesTheFlagAndResetLowersIt() {
    Interrupt.installHandler()
    Interrupt.reset()
    #expect(!Interrupt.isPending)
    // To this thread, unblocked, so the handler has run when raise returns.
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, SIGINT)
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
    raise(SIGINT)
    #expect(Interrupt.isPending)
    #expect(Interrupt.reset())
    #expect(!Interrupt.isPending)
    #expect(!Interrupt.reset())
  }
}
