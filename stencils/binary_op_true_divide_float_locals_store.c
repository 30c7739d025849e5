/* _BINARY_OP_TRUE_DIVIDE_FLOAT_LOCALS_STORE: _BINARY_OP_TRUE_DIVIDE_FLOAT with both operands local slots, packed in operand1, and its result stored to slot oparg. */
#define OPERANDS_LOCALS_STORE
#include "binary_op_true_divide_float.c"
