// OpenBLAS's CBLAS interface (Debian/Ubuntu: libopenblas-dev; found through pkg-config "openblas").
#include <cblas.h>
