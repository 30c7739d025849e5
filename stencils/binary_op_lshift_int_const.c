/* _BINARY_OP_LSHIFT_INT_CONST: _BINARY_OP_LSHIFT_INT with its right operand a constant, operand1. */
#define RIGHT_CONST
#include "binary_op_lshift_int.c"
