// cem: the executable only wires arguments, files and the terminal to CEMKit.
#if canImport(Glibc)
import Glibc
#endif

exit(CLI.run(Array(CommandLine.arguments.dropFirst())))
