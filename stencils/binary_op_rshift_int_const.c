/* _BINARY_OP_RSHIFT_INT_CONST: _BINARY_OP_RSHIFT_INT with its right operand a constant, operand1. */
#define RIGHT_CONST
#include "binary_op_rshift_int.c"
