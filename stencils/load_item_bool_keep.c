/* _LOAD_ITEM_BOOL_KEEP: _LOAD_ITEM_BOOL keeping its operands under the item. */
#define OPERANDS_KEEP
#include "load_item_bool.c"
