#if canImport(Glibc)
  import Glibc
#endif

// SIGPIPE would kill us mid-write when a pager or `head` closes the pipe; ignoring it turns
// that into EPIPE, which the output stream notices so the run can end quietly.
signal(SIGPIPE, SIG_IGN)
exit(NewsqCommand.runFromCommandLine())
