/* _BINARY_OP_FLOOR_DIVIDE_FLOAT_CONST: _BINARY_OP_FLOOR_DIVIDE_FLOAT with its right operand a constant, operand1. */
#define RIGHT_CONST
#include "binary_op_floor_divide_float.c"
