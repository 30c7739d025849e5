/* _BINARY_OP_SUBTRACT_FLOAT_CONST: _BINARY_OP_SUBTRACT_FLOAT with its right operand a constant, operand1. */
#define RIGHT_CONST
#include "binary_op_subtract_float.c"
