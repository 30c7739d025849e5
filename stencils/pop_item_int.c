/* _POP_ITEM_INT: see pop_item.h. */
#define KIND_INT
#include "pop_item.h"
