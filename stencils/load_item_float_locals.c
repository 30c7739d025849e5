/* _LOAD_ITEM_FLOAT_LOCALS: _LOAD_ITEM_FLOAT with both operands local slots, packed in operand1. */
#define OPERANDS_LOCALS
#include "load_item_float.c"
