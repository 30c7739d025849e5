/* _STORE_ITEM_FLOAT: see store_item.h. */
#define KIND_FLOAT
#include "store_item.h"
