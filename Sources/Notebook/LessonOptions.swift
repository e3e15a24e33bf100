/// The values of a lesson option: the cases of an enum, spelled on the command line by their raw values.
public typealias OptionValues = RawRepresentable & CaseIterable & Sendable

/// A typed setting of one lesson: its name on the command line, its default case and its help.
///
/// A lesson declares each key once (`static let data = OptionKey("data", default: ToyDataSet.eightGaussians, help: …)`),
/// lists `data.declaration` in its `options`, and reads the chosen case with `notebook.value(of: Self.data)`.
public struct OptionKey<Value: OptionValues>: Sendable where Value.RawValue == String {
    public let name: String
    public let defaultValue: Value
    public let help: String

    /// Creates the key of option `name` with its default case.
    public init(_ name: String, default defaultValue: Value, help: String) {
        self.name = name
        self.defaultValue = defaultValue
        self.help = help
    }

    /// What the command line, `lessons list`, the book and the lab read: the values' spellings, the default first.
    public var declaration: LessonOption {
        LessonOption(name: name, values: [defaultValue.rawValue] + Value.allCases.map(\.rawValue).filter { $0 != defaultValue.rawValue },
                     help: help)
    }
}

/// A lesson option as its readers see it: a name, the allowed spellings (the default first) and help.
public struct LessonOption: Sendable, Equatable {
    public let name: String
    /// The allowed values, the default first.
    public let values: [String]
    public let help: String

    /// The default value's spelling.
    public var defaultValue: String { values[0] }

    /// Creates an option; `values` must not be empty. Lessons declare options through `OptionKey.declaration`.
    init(name: String, values: [String], help: String) {
        precondition(!values.isEmpty, "LessonOption \(name): no values")
        self.name = name
        self.values = values
        self.help = help
    }
}

/// The values chosen for lesson options, each checked against an option's declaration when it was chosen.
public struct LessonSettings: Sendable, Equatable {
    /// One chosen value: the option and its value's spelling, which the option allows.
    public struct Choice: Sendable, Equatable {
        public let option: LessonOption
        public let value: String
    }

    /// The choices in the order given; a later choice of the same option replaces an earlier one.
    public private(set) var choices: [Choice] = []

    /// No option chosen: every lesson runs with its defaults.
    public static let defaults = LessonSettings()

    private init() {}

    /// Parses `name=value` settings against the options the selected lessons declare.
    public init(parsing settings: [String], against options: [LessonOption]) throws(LessonSettingError) {
        for setting in settings {
            let parts = setting.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty else { throw .malformed(setting) }
            guard let option = options.first(where: { $0.name == parts[0] }) else {
                throw .unknownOption(parts[0], known: Set(options.map(\.name)).sorted())
            }
            guard option.values.contains(parts[1]) else { throw .unknownValue(parts[1], option: option) }
            choices.removeAll { $0.option.name == option.name }
            choices.append(Choice(option: option, value: parts[1]))
        }
    }

    /// The choices among `options` only (what one lesson of several sees).
    public func restricted(to options: [LessonOption]) -> LessonSettings {
        var kept = self
        kept.choices = choices.filter { choice in options.contains { $0.name == choice.option.name } }
        return kept
    }

    /// The case chosen for `key`, or its default.
    public func value<Value>(of key: OptionKey<Value>) -> Value {
        choices.last { $0.option.name == key.name }.flatMap { Value(rawValue: $0.value) } ?? key.defaultValue
    }
}

/// Why a `name=value` setting was refused; `description` is the message for the user.
public enum LessonSettingError: Error, Equatable, CustomStringConvertible {
    /// Not of the form name=value.
    case malformed(String)
    /// No selected lesson declares this option; `known` lists those that exist.
    case unknownOption(String, known: [String])
    /// The option does not allow this value.
    case unknownValue(String, option: LessonOption)

    public var description: String {
        switch self {
        case .malformed(let setting): "--option needs name=value, got '\(setting)'"
        case .unknownOption(let name, let known):
            "no selected lesson has an option '\(name)'" + (known.isEmpty ? "" : "; options: " + known.joined(separator: ", "))
        case .unknownValue(let value, let option):
            "option \(option.name) must be one of \(option.values.joined(separator: ", ")), got '\(value)'"
        }
    }
}
