/*
 * The item strategy a sequence stencil is built for: its file defines one
 * of KIND_INT, KIND_FLOAT, KIND_BOOL or KIND_NESTED, then includes its
 * template. STRATEGY is the strategy word; ITEM(p, j) is item j of the
 * items at p as a native slot holds it; PUT(v) is the 8 bytes a slot's
 * value v is stored as; STORABLE(v) says whether a list of this strategy
 * can hold it.
 */
#include "jit.h"

#if defined(KIND_INT)
#define STRATEGY SEQ_INT
#define ITEM(P, J) ((int64_t)AS_DOUBLE((P)[J]))
#define PUT(V) AS_BITS((double)(V))
#define STORABLE(V) ((V) >= -SAFE_INT_MAX && (V) <= SAFE_INT_MAX)
#elif defined(KIND_FLOAT)
#define STRATEGY SEQ_FLOAT
#define ITEM(P, J) ((P)[J])
#define PUT(V) (V)
#define STORABLE(V) 1
#elif defined(KIND_BOOL)
#define STRATEGY SEQ_BOOL
#define ITEM(P, J) ((int64_t)(AS_DOUBLE((P)[J]) != 0.0))
#define PUT(V) AS_BITS((V) ? 1.0 : 0.0)
#define STORABLE(V) 1
#elif defined(KIND_NESTED)
#define STRATEGY SEQ_NESTED
#define ITEM(P, J) ((P)[J])
#else
#error "define the item strategy first"
#endif
