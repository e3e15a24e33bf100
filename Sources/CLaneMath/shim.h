// Lane-wise math for the engine's SIMD loops (`Lanes`), header only.
//
// Swift's scalar squareRoot() on Linux keeps C's errno rule: a hardware sqrt, a test, and a call into libm for
// negative input; SIMD8<Float>.squareRoot() runs that once per lane. __builtin_elementwise_sqrt is one IEEE square
// root per lane (sqrtps), correctly rounded like the scalar one, so it gives the same bits without the branches.
#pragma once

/// Eight Floats: Swift imports this type as SIMD8<Float>.
typedef float lane_float8 __attribute__((ext_vector_type(8)));

/// √x per lane, correctly rounded (IEEE 754), NaN for negative lanes.
static inline __attribute__((always_inline)) lane_float8 lane_sqrt8(lane_float8 x) {
    return __builtin_elementwise_sqrt(x);
}
