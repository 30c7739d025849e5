/* _ITER_NEXT_BOOL: see iter_next.h. */
#define KIND_BOOL
#include "iter_next.h"
