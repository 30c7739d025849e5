/* _BINARY_OP_XOR_INT_LOCALS: _BINARY_OP_XOR_INT with both operands local slots, packed in operand1. */
#define OPERANDS_LOCALS
#include "binary_op_xor_int.c"
