/* _BINARY_OP_SUBTRACT_INT_CONST: _BINARY_OP_SUBTRACT_INT with its right operand a constant, operand1. */
#define RIGHT_CONST
#include "binary_op_subtract_int.c"
