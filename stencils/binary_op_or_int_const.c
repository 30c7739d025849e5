/* _BINARY_OP_OR_INT_CONST: _BINARY_OP_OR_INT with its right operand a constant, operand1. */
#define RIGHT_CONST
#include "binary_op_or_int.c"
