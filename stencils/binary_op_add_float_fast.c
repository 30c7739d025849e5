/* _BINARY_OP_ADD_FLOAT_FAST: _BINARY_OP_ADD_FLOAT with its right operand the local slot operand1. */
#define RIGHT_FAST
#include "binary_op_add_float.c"
