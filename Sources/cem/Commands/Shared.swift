// Pieces the commands share.

import CEMKit
import Foundation

extension Invocation {
    /// The first positional argument; the parser has checked that the command's FILE is there.
    var file: String { positionals[0] }
}
