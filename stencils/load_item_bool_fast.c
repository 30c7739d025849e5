/* _LOAD_ITEM_BOOL_FAST: _LOAD_ITEM_BOOL with its right operand the local slot operand1. */
#define RIGHT_FAST
#include "load_item_bool.c"
