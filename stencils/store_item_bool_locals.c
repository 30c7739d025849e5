/* _STORE_ITEM_BOOL_LOCALS: _STORE_ITEM_BOOL with both operands local slots, packed in operand1. */
#define OPERANDS_LOCALS
#include "store_item_bool.c"
