/*
 * _POW_HALF_FLOAT: x ** 0.5 for a float x, as CPython computes it: with the
 * platform pow, glibc's (sysdeps/ieee754/dbl-64/e_pow.c), whose worst-case
 * error is 0.54 ULP: its exp is within 0.509 ULP and its log's relative
 * error, 1.3 * 2**-68, is scaled by |0.5 log x| <= 22.2 for
 * 2**-64 <= x <= 2**64. Before its last rounding its result is then within
 * 0.01 ULP of the exact square root, so wherever that lies more than 1/64
 * ULP from a midpoint between doubles, pow returns the correctly rounded
 * square root: the hardware's. Closer (about 3% of inputs) and outside that
 * range, glibc's pow itself runs (float_pow.h), bit for bit. A negative x
 * (a complex result) exits: tier 1 computes it.
 */
#if defined(__x86_64__)
/* float_pow.h's fused multiply-adds; the backend runs stencils only on CPUs with FMA. */
#pragma clang attribute push(__attribute__((target("fma"))), apply_to = function)
#endif
#include "jit.h"
#include "float_pow.h"

UOP {
  double x = AS_DOUBLE(LEFT);
  if (x < 0.0) {
    EXIT();
  }
  if (x >= 0x1p-64 && x <= 0x1p64) {
    double r = __builtin_sqrt(x);
    /* r * r exactly, as p + e (Dekker: r split into two 26-bit halves). */
    double c = r * 134217729.0;
    double hi = c - (c - r), lo = r - hi;
    double p = r * r;
    double e = ((hi * hi - p) + 2.0 * hi * lo) + lo * lo;
    /* x - r * r; x - p is exact, p being within an ULP of x. */
    double residual = (x - p) - e;
    /* sqrt(x) - r, in ULPs of r: within 1/2 of 0. */
    double ulp = AS_DOUBLE(AS_BITS(r) & 0x7ff0000000000000LL) * 0x1p-52;
    double off = residual / (2.0 * r) / ulp;
    if (0.5 - (off < 0.0 ? -off : off) >= 1.0 / 64) {
      BINARY(AS_BITS(r));
    }
  }
  BINARY(AS_BITS(py_pow(x, 0.5)));
}
#if defined(__x86_64__)
#pragma clang attribute pop
#endif
