/* _STORE_ITEM_FLOAT_LOCALS: _STORE_ITEM_FLOAT with both operands local slots, packed in operand1. */
#define OPERANDS_LOCALS
#include "store_item_float.c"
