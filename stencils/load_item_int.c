/* _LOAD_ITEM_INT: see load_item.h. */
#define KIND_INT
#include "load_item.h"
