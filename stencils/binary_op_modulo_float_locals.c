/* _BINARY_OP_MODULO_FLOAT_LOCALS: _BINARY_OP_MODULO_FLOAT with both operands local slots, packed in operand1. */
#define OPERANDS_LOCALS
#include "binary_op_modulo_float.c"
