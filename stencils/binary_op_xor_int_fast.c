/* _BINARY_OP_XOR_INT_FAST: _BINARY_OP_XOR_INT with its right operand the local slot operand1. */
#define RIGHT_FAST
#include "binary_op_xor_int.c"
