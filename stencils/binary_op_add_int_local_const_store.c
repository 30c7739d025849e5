/* _BINARY_OP_ADD_INT_LOCAL_CONST_STORE: _BINARY_OP_ADD_INT with its left operand the local in oparg's high half, its right one the constant operand1, and its result stored to the slot in oparg's low half. */
#define OPERANDS_LOCAL_CONST_STORE
#include "binary_op_add_int.c"
