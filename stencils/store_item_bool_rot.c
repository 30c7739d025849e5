/* _STORE_ITEM_BOOL_ROT: _STORE_ITEM_BOOL with the value on top of the list and index. */
#define OPERANDS_ROT
#include "store_item_bool.c"
