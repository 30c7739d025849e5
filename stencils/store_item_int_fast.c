/* _STORE_ITEM_INT_FAST: _STORE_ITEM_INT with its index the local slot operand1. */
#define RIGHT_FAST
#include "store_item_int.c"
