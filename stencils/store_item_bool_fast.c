/* _STORE_ITEM_BOOL_FAST: _STORE_ITEM_BOOL with its index the local slot operand1. */
#define RIGHT_FAST
#include "store_item_bool.c"
