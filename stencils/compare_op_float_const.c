/* _COMPARE_OP_FLOAT_CONST: _COMPARE_OP_FLOAT with its right operand a constant, operand1. */
#define RIGHT_CONST
#include "compare_op_float.c"
