/* _BINARY_OP_ADD_FLOAT_LOCALS_STORE: _BINARY_OP_ADD_FLOAT with both operands local slots, packed in operand1, and its result stored to slot oparg. */
#define OPERANDS_LOCALS_STORE
#include "binary_op_add_float.c"
