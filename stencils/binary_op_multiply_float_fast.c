/* _BINARY_OP_MULTIPLY_FLOAT_FAST: _BINARY_OP_MULTIPLY_FLOAT with its right operand the local slot operand1. */
#define RIGHT_FAST
#include "binary_op_multiply_float.c"
