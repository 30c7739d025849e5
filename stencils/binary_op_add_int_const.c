/* _BINARY_OP_ADD_INT_CONST: _BINARY_OP_ADD_INT with its right operand a constant, operand1. */
#define RIGHT_CONST
#include "binary_op_add_int.c"
