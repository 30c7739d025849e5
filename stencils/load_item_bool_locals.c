/* _LOAD_ITEM_BOOL_LOCALS: _LOAD_ITEM_BOOL with both operands local slots, packed in operand1. */
#define OPERANDS_LOCALS
#include "load_item_bool.c"
