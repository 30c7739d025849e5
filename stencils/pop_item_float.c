/* _POP_ITEM_FLOAT: see pop_item.h. */
#define KIND_FLOAT
#include "pop_item.h"
