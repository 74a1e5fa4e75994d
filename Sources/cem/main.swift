// cem: the executable only wires arguments, files and the terminal to CEMKit.
#if canImport(Glibc)
import Glibc
#endif

// A reader that goes away (`cem show X | head`) is a failed write (EPIPE), not a signal that kills cem.
signal(SIGPIPE, SIG_IGN)
// Every writer's temporary files go away on SIGTERM, SIGHUP, SIGQUIT and SIGINT, not only the session's.
Platform.cleanUpOnSignals()
exit(CLI.main(Array(CommandLine.arguments.dropFirst())))
