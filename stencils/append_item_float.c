/* _APPEND_ITEM_FLOAT: see append_item.h. */
#define KIND_FLOAT
#include "append_item.h"
