/* _COMPARE_OP_FLOAT_GUARD_FAST: _COMPARE_OP_FLOAT_GUARD with its right operand the local slot operand1. */
#define RIGHT_FAST
#include "compare_op_float_guard.c"
