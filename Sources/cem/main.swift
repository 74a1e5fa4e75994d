// cem: the executable only wires arguments, files and the terminal to CEMKit.
#if canImport(Glibc)
import Glibc
#endif

// A reader that goes away (`cem show X | head`) is a failed write (EPIPE), not a signal that kills cem.
signal(SIGPIPE, SIG_IGN)
exit(CLI.main(Array(CommandLine.arguments.dropFirst())))
