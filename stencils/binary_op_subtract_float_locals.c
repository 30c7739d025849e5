/* _BINARY_OP_SUBTRACT_FLOAT_LOCALS: _BINARY_OP_SUBTRACT_FLOAT with both operands local slots, packed in operand1. */
#define OPERANDS_LOCALS
#include "binary_op_subtract_float.c"
