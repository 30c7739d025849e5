/* _BINARY_OP_TRUE_DIVIDE_FLOAT_CONST: _BINARY_OP_TRUE_DIVIDE_FLOAT with its right operand a constant, operand1. */
#define RIGHT_CONST
#include "binary_op_true_divide_float.c"
