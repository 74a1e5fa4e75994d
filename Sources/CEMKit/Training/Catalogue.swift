// The built-in exercises by id and language, read through the same validating reader as a trainer's file.

public enum ExerciseCatalogue {
    /// The ids of the built-in exercises, in list order.
    public static var ids: [String] {
        var ids: [String] = []
        for file in BuiltInExercises.files {
            let id = String(file.name.prefix { $0 != "." })
            if !ids.contains(id) { ids.append(id) }
        }
        return ids
    }

    /// The built-in exercise `id` in `language` (falling back to the other language when it exists in one only).
    public static func exercise(_ id: String, language: Language) -> Exercise? {
        let names = [language, language.other].map { "\(id).\($0.rawValue).exercise.json" }
        for name in names {
            if let file = BuiltInExercises.files.first(where: { $0.name == name }) {
                // The built-ins are checked by tests; a failure here would be a bug in this package.
                return try? ExerciseReader.read(file.text)
            }
        }
        return nil
    }

    /// Every built-in exercise in `language`, in list order.
    public static func all(language: Language) -> [Exercise] {
        ids.compactMap { exercise($0, language: language) }
    }
}
