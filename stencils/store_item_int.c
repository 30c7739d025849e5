/* _STORE_ITEM_INT: see store_item.h. */
#define KIND_INT
#include "store_item.h"
