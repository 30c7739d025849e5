/* _STORE_ITEM_INT_ROT: _STORE_ITEM_INT with the value on top of the list and index. */
#define OPERANDS_ROT
#include "store_item_int.c"
