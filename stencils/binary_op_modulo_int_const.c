/* _BINARY_OP_MODULO_INT_CONST: _BINARY_OP_MODULO_INT with its right operand a constant, operand1. */
#define RIGHT_CONST
#include "binary_op_modulo_int.c"
