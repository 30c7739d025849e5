/* _BINARY_OP_TRUE_DIVIDE_FLOAT_LOCALS: _BINARY_OP_TRUE_DIVIDE_FLOAT with both operands local slots, packed in operand1. */
#define OPERANDS_LOCALS
#include "binary_op_true_divide_float.c"
