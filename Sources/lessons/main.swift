import Foundation
import LessonRunner

#if os(Linux)
import CMalloc
// Training allocates many short-lived buffers of 64 KB – 4 MB. Above glibc's default mmap threshold each one is
// mapped and unmapped, and the page faults cost more system time than the arithmetic (measured: lesson 5 quick,
// 3.5 s → 1.3 s). Keep such buffers in the heap instead.
_ = mallopt(M_MMAP_THRESHOLD, 256 << 20)
_ = mallopt(M_TRIM_THRESHOLD, 256 << 20)
#endif

exit(LessonsCommand.execute(Array(CommandLine.arguments.dropFirst())))
