/* _LOAD_ITEM_INT_LOCALS: _LOAD_ITEM_INT with both operands local slots, packed in operand1. */
#define OPERANDS_LOCALS
#include "load_item_int.c"
