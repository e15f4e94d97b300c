// iface.c: interface method dispatch and run-time method-set checks.
//
// Every interface value is {type, data} (gosub_rt.h); a type's descriptor
// lists its method set sorted by name, each with a wrapper taking the data
// word.  Generated code caches rt_ifacefn's answer per call site, so the
// binary search below runs once per call site and dynamic type.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gosub_rt.h"

static const GoMethod *find(const GoType *t, const char *name) {
    int64_t lo = 0, hi = t->nmethods;
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        int c = strcmp(t->methods[mid].name, name);
        if (c == 0)
            return &t->methods[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

void *rt_ifacefn(const GoType *t, const char *name) {
    const GoMethod *m = find(t, name);
    if (!m || !m->fn) {  // the checker guarantees the method exists: a compiler bug
        fprintf(stderr, "fatal error: %s has no method %s\n", t->name, name);
        exit(2);
    }
    return m->fn;
}

bool rt_implements(const GoType *t, const GoType *iface) {
    if (!t)
        return false;
    for (int64_t i = 0; i < iface->nmethods; i++) {
        const GoMethod *want = &iface->methods[i];
        const GoMethod *m = find(t, want->name);
        if (!m || !m->fn || (m->sig && want->sig && m->sig != want->sig))
            return false;
    }
    return true;
}
