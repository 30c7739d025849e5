/* _BINARY_OP_ADD_INT_LOCALS_STORE: _BINARY_OP_ADD_INT with both operands local slots, packed in operand1, and its result stored to slot oparg. */
#define OPERANDS_LOCALS_STORE
#include "binary_op_add_int.c"
