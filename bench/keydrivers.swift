// A seeded wide survey for the key-driver benchmark: FACTORS factors (experience only) and overall, ROWS
// respondents, and the workbook to import into. Same seed, same bytes (SplitMix64).
//
//   swiftc -O bench/keydrivers.swift -o .build/keydrivers && .build/keydrivers FACTORS ROWS DIR
//   then: cem import DIR/wide.csv --into DIR/wide.cem.json --importance derived --dry-run

import Foundation

struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

let arguments = CommandLine.arguments
guard arguments.count == 4, let factors = Int(arguments[1]), let rows = Int(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: keydrivers FACTORS ROWS DIR\n".utf8))
    exit(2)
}
let folder = URL(fileURLWithPath: arguments[3])
var random = SplitMix64(state: 42)
let ids = (1...factors).map { "f\($0)" }

var workbook = "{\n  \"format\": \"cem-workbook\",\n  \"formatVersion\": 1,\n  \"title\": \"wide\",\n  \"language\": \"en\",\n"
workbook += "  \"cycle\": 1,\n  \"scale\": {\n    \"min\": 0,\n    \"max\": 10\n  },\n  \"importanceScale\": {\n    \"min\": 0,\n"
workbook += "    \"max\": 10\n  },\n  \"brand\": {\n    \"statement\": \"\"\n  },\n  \"factors\": [\n"
workbook += ids.map { id in
    "    {\n      \"id\": \"\(id)\",\n      \"name\": \"\(id)\",\n      \"description\": \"\",\n      \"brandValue\": null,\n"
        + "      \"experience\": null,\n      \"expectation\": null,\n      \"importance\": null,\n      \"ideal\": null,\n      \"notes\": \"\"\n    }"
}.joined(separator: ",\n")
workbook += "\n  ],\n  \"requirements\": [],\n  \"history\": []\n}\n"
try Data(workbook.utf8).write(to: folder.appendingPathComponent("wide.cem.json"))

var csv = "id," + ids.map { "experience.\($0)" }.joined(separator: ",") + ",overall\n"
for row in 1...rows {
    var line = String(row), total = 0
    for _ in ids {
        let score = Int(random.next() % 11)
        total += score
        line += "," + String(score)
    }
    line += "," + String(min(10, total / factors + Int(random.next() % 3)))
    csv += line + "\n"
}
try Data(csv.utf8).write(to: folder.appendingPathComponent("wide.csv"))
