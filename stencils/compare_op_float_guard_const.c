/* _COMPARE_OP_FLOAT_GUARD_CONST: _COMPARE_OP_FLOAT_GUARD with its right operand a constant, operand1. */
#define RIGHT_CONST
#include "compare_op_float_guard.c"
