import Notebook

/// Every lesson, in curriculum order. Adding a lesson is one new file and one line here.
public enum Catalog {
    public static let all: [any Lesson] = [
        KLAndJSDivergence(),
        OptimalDiscriminatorLesson(),
        NashEquilibriumLesson(),
        LowDimensionalSupportsLesson(),
        VanishingGradientLesson(),
        ModeCollapseLesson(),
        EvaluationLesson(),
        ImprovedTrainingLesson(),
        WassersteinLesson(),
        LipschitzCriticsLesson(),
        WGANLesson(),
        NewPokemonLesson(),
    ]

    /// The lesson named by its number ("3", "03") or slug ("nash"), if any.
    public static func lesson(named name: String) -> (any Lesson)? {
        let key = name.lowercased()
        return all.first { key == $0.slug || Int(key) == $0.number || key == $0.folderName }
    }
}
