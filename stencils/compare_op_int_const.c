/* _COMPARE_OP_INT_CONST: _COMPARE_OP_INT with its right operand a constant, operand1. */
#define RIGHT_CONST
#include "compare_op_int.c"
