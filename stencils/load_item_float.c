/* _LOAD_ITEM_FLOAT: see load_item.h. */
#define KIND_FLOAT
#include "load_item.h"
