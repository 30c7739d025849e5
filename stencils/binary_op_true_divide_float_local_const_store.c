/* _BINARY_OP_TRUE_DIVIDE_FLOAT_LOCAL_CONST_STORE: _BINARY_OP_TRUE_DIVIDE_FLOAT with its left operand the local in oparg's high half, its right one the constant operand1, and its result stored to the slot in oparg's low half. */
#define OPERANDS_LOCAL_CONST_STORE
#include "binary_op_true_divide_float.c"
