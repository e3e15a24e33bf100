import Foundation
import LessonRunner

exit(LessonsCommand.execute(Array(CommandLine.arguments.dropFirst())))
