/* _BINARY_OP_XOR_INT_CONST: _BINARY_OP_XOR_INT with its right operand a constant, operand1. */
#define RIGHT_CONST
#include "binary_op_xor_int.c"
