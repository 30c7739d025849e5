/* _BINARY_OP_AND_INT_CONST: _BINARY_OP_AND_INT with its right operand a constant, operand1. */
#define RIGHT_CONST
#include "binary_op_and_int.c"
