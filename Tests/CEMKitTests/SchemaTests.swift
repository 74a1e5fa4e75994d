import CEMKit
import Testing

@Suite struct SchemaTests {
    func object(_ value: JSONValue) -> [String: JSONValue] {
        guard case .object(let members) = value else { return [:] }
        return Dictionary(uniqueKeysWithValues: members.map { ($0.key, $0.value.value) })
    }

    func keys(_ value: JSONValue?) -> [String] {
        guard let value, case .object(let members) = value else { return [] }
        return members.map(\.key)
    }

    func strings(_ value: JSONValue?) -> [String] {
        guard let value, case .array(let elements) = value else { return [] }
        return elements.compactMap { if case .string(let s) = $0.value { return s } else { return nil } }
    }

    @Test func generatedFromTheReadersKeyLists() {
        #expect(WorkbookSchema.keysWithoutSchema() == [],
                "the reader knows these keys but WorkbookSchema.property(_:of:) gives them no schema; add them there")
        let schema = object(WorkbookSchema.json())
        #expect(schema["$schema"] == .string("https://json-schema.org/draft/2020-12/schema"))
        #expect(keys(schema["properties"]) == WorkbookKeys.root)
        #expect(strings(schema["required"]) == WorkbookKeys.rootRequired)
        #expect(schema["additionalProperties"] == .bool(false))
        let defs = object(schema["$defs"]!)
        let expected: [(String, [String], [String])] = [
            ("scale", WorkbookKeys.scale, WorkbookKeys.scale),
            ("brand", WorkbookKeys.brand, []),
            ("factor", WorkbookKeys.factor, WorkbookKeys.factorRequired),
            ("surveyStat", WorkbookKeys.surveyStat, WorkbookKeys.surveyStatRequired),
            ("requirement", WorkbookKeys.requirement, WorkbookKeys.requirementRequired),
            ("alignment", WorkbookKeys.alignment, []),
            ("kpi", WorkbookKeys.kpi, WorkbookKeys.kpiRequired),
            ("cycle", WorkbookKeys.cycle, WorkbookKeys.cycleRequired),
        ]
        for (name, properties, required) in expected {
            let def = object(defs[name] ?? .null)
            #expect(keys(def["properties"]) == properties, "\(name)")
            #expect(strings(def["required"]) == required, "\(name)")
            #expect(def["additionalProperties"] == .bool(false), "\(name)")
        }
    }

    @Test func valuesTheReaderRestricts() {
        let text = WorkbookSchema.text()
        #expect(text.contains("\"formatVersion\": {\n      \"const\": 1\n    }"))
        #expect(text.contains("\"decision\": {\n          \"enum\": [\"pursue\", \"defer\", \"drop\", null]\n        }"))
        #expect(text.contains("\"pattern\": \"^[a-z0-9][a-z0-9-]*$\""))
        #expect(text.contains("\"uniqueItems\": true"))
        #expect(text.hasSuffix("}\n"))
        // The schema is itself a canonical JSON document that the project's reader parses.
        #expect((try? WorkbookReader.parseDocument(Array(text.utf8))) != nil)
    }
}
