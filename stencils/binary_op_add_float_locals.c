/* _BINARY_OP_ADD_FLOAT_LOCALS: _BINARY_OP_ADD_FLOAT with both operands local slots, packed in operand1. */
#define OPERANDS_LOCALS
#include "binary_op_add_float.c"
