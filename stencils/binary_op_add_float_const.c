/* _BINARY_OP_ADD_FLOAT_CONST: _BINARY_OP_ADD_FLOAT with its right operand a constant, operand1. */
#define RIGHT_CONST
#include "binary_op_add_float.c"
