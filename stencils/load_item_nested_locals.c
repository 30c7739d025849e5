/* _LOAD_ITEM_NESTED_LOCALS: _LOAD_ITEM_NESTED with both operands local slots, packed in operand1. */
#define OPERANDS_LOCALS
#include "load_item_nested.c"
