/* _BINARY_OP_MULTIPLY_INT_CONST: _BINARY_OP_MULTIPLY_INT with its right operand a constant, operand1. */
#define RIGHT_CONST
#include "binary_op_multiply_int.c"
