/* _POW_HALF_FLOAT_CONST: see pow_half_float.c; the exponent 0.5 is operand1, never read. */
#define RIGHT_CONST
#include "pow_half_float.c"
