/* _BINARY_OP_TRUE_DIVIDE_FLOAT_FAST: _BINARY_OP_TRUE_DIVIDE_FLOAT with its right operand the local slot operand1. */
#define RIGHT_FAST
#include "binary_op_true_divide_float.c"
