/* _LOAD_ITEM_INT_KEEP: _LOAD_ITEM_INT keeping its operands under the item. */
#define OPERANDS_KEEP
#include "load_item_int.c"
