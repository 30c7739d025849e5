/* _ITER_NEXT_INT: see iter_next.h. */
#define KIND_INT
#include "iter_next.h"
