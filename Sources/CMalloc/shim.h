// glibc's malloc tuning (mallopt), used by the `lessons` executable.
#include <malloc.h>
