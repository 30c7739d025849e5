/* _STORE_ITEM_BOOL: see store_item.h. */
#define KIND_BOOL
#include "store_item.h"
