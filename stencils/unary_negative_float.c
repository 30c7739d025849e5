/*
 * float unary -: flips the sign bit, of NaN and 0.0 too. Done on the bits so
 * the result does not depend on how the compiler lowers a negation.
 */
#include "jit.h"

UOP {
  CONTINUE(sp, tos ^ INT64_MIN_);
}
