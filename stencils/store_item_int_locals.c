/* _STORE_ITEM_INT_LOCALS: _STORE_ITEM_INT with both operands local slots, packed in operand1. */
#define OPERANDS_LOCALS
#include "store_item_int.c"
