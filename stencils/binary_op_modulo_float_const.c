/* _BINARY_OP_MODULO_FLOAT_CONST: _BINARY_OP_MODULO_FLOAT with its right operand a constant, operand1. */
#define RIGHT_CONST
#include "binary_op_modulo_float.c"
