/* _BINARY_OP_MULTIPLY_FLOAT_CONST: _BINARY_OP_MULTIPLY_FLOAT with its right operand a constant, operand1. */
#define RIGHT_CONST
#include "binary_op_multiply_float.c"
