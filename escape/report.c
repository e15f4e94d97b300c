// report.c: the decisions -- written back to the sites and, with -m, printed.
//
// -m prints one line per decision in gc's words, at gc's positions, sorted by
// position (gc sorts its diagnostics the same way before printing):
//
//     x.go:9:2: moved to heap: a                 a variable whose address escapes
//     x.go:11:10: new(Student) escapes to heap   an allocation that escapes
//     x.go:6:14: make([]int, 0, 20) does not escape
//     x.go:10:22: leaking param: name            a parameter's summary
//     x.go:11:15: leaking param: p to result ~r0 level=0
//
// -m=2 adds, under the decisions, the flow that explains each escape and
// leak ("flow: {heap} ← &x:" and the "from ... at ..." notes), as gc prints
// them.
#include "esc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct Line {
    Pos pos;
    int kind;   // 0 explanation, 1 decision: gc prints the flows before the decisions
    int seq;    // emission order, for a stable sort
    const char *text;
} Line;

static Vec lines;  // of Line*

static void add_line(Pos pos, int kind, const char *fmt, va_list ap) {
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    char *text = arena_alloc((size_t)(n > 0 ? n : 0) + 1);
    vsnprintf(text, (size_t)(n > 0 ? n : 0) + 1, fmt, ap);
    Line *l = NEW(Line);
    l->pos = pos;
    l->kind = kind;
    l->seq = lines.len;
    l->text = text;
    vec_push(&lines, l);
}

void esc_report(Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    add_line(pos, 1, fmt, ap);
    va_end(ap);
}

void esc_explain(Pos pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    add_line(pos, 0, fmt, ap);
    va_end(ap);
}

static int cmp_line(const void *a, const void *b) {
    const Line *x = *(Line *const *)a, *y = *(Line *const *)b;
    if (x->pos.file != y->pos.file)
        return x->pos.file < y->pos.file ? -1 : 1;
    if (x->pos.line != y->pos.line)
        return x->pos.line < y->pos.line ? -1 : 1;
    if (x->pos.col != y->pos.col)
        return x->pos.col < y->pos.col ? -1 : 1;
    if (x->kind != y->kind)
        return x->kind - y->kind;
    return x->seq - y->seq;
}

void esc_report_flush(void) {
    if (lines.len)
        qsort(lines.data, (size_t)lines.len, sizeof(void *), cmp_line);
    for (int i = 0; i < lines.len; i++) {
        Line *l = VEC_AT(lines, i);
        if (diag_is_library(l->pos.file))
            continue;  // gc prints -m lines only for the package it compiles
        if (l->pos.file >= 0)
            fprintf(stderr, "%s: %s\n", diag_pos_string(l->pos), l->text);
        else
            fprintf(stderr, "%s\n", l->text);
    }
    lines.len = 0;
}

// ---------------------------------------------------------------- -m=2 flows

// gc names functions without their package: "F", "F.func1".
const char *esc_func_name(Func *fn) {
    if (!fn || !fn->name)
        return "?";
    const char *dot = strchr(fn->name, '.');
    return dot ? dot + 1 : fn->name;
}

void esc_explain_flow(Batch *b, Pos pos, Loc *dst, Loc *src, int derefs, Note *notes) {
    char ops[64] = "&";
    if (derefs >= 0) {
        int n = derefs < 63 ? derefs : 63;
        memset(ops, '*', (size_t)n);
        ops[n] = 0;
    }
    esc_explain(pos, "  flow: %s ← %s%s:", esc_loc_name(b, dst), ops, esc_loc_name(b, src));
    for (Note *n = notes; n; n = n->next)
        if (n->where)
            esc_explain(pos, "    from %s (%s) at %s", n->where, n->why, diag_pos_string(n->pos));
}

void esc_explain_path(Batch *b, Loc *root, Loc *src) {
    Pos pos = src->pos;
    // A path visits each location once; the bound guards against cycles.
    for (int steps = 0; src && src->dst && steps <= b->locs.len + 3; steps++) {
        Loc *dst = src->dst;
        Edge *ed = &dst->edges[src->dst_edge];
        esc_explain_flow(b, pos, dst, src, ed->derefs, ed->notes);
        if (dst == root)
            break;
        src = dst;
    }
}

// ---------------------------------------------------------------- decisions

static bool is_blank_param(Obj *o) {
    return !o || !o->name || !o->name[0] || strcmp(o->name, "_") == 0 || o->name[0] == '~';
}

static void report_leaks(Func *fn, Obj *param, Leaks *lk) {
    bool warned = false;
    int x = leaks_get(lk, LEAK_HEAP);
    if (x >= 0) {
        if (x == 0)
            esc_report(param->pos, "leaking param: %s", param->name);
        else
            esc_report(param->pos, "leaking param content: %s", param->name);
        warned = true;
    }
    for (int i = 0; i < ESC_RESULTS && i < fn->results.len; i++) {
        if ((x = leaks_get(lk, LEAK_RESULT0 + i)) >= 0) {
            Obj *r = VEC_AT(fn->results, i);
            esc_report(param->pos, "leaking param: %s to result %s level=%d", param->name, r->name, x);
            warned = true;
        }
    }
    if (!warned)
        esc_report(param->pos, "%s does not escape", param->name);
}

// The summary of fn, now that its batch is solved (gc's paramTag).
static void tag_func(Batch *b, Func *fn) {
    FuncInfo *fi = esc_info(fn);
    bool walked = fi->state == FN_STARTED;
    fi->state = FN_TAGGED;
    fi->param_leaks = arena_alloc(sizeof(Leaks) * (size_t)(fn->params.len + 1));
    for (int i = 0; i < fn->params.len; i++) {
        Obj *p = VEC_AT(fn->params, i);
        if (!p || !p->type || !type_has_pointers(p->type) || is_blank_param(p))
            continue;
        Loc *l = esc_var_loc(p);
        if (!l)
            continue;
        Leaks lk = l->param_esc;
        leaks_optimize(&lk);
        fi->param_leaks[i] = lk;
        if (b->verbosity && walked && !(l->attrs & ATTR_ESCAPES))
            report_leaks(fn, p, &lk);
    }
    for (int i = 0; i < fn->closures.len; i++)
        tag_func(b, VEC_AT(fn->closures, i));
}

// Implicit allocations larger than this stay on the heap whatever the
// analysis says: gc's MaxImplicitStackVarSize (64 KiB), which walk applies
// to literals the escape pass does not size-check.
enum { MAX_IMPLICIT_STACK = 64 * 1024 };

static void decide(Batch *b, Loc *l) {
    bool esc = l->attrs & ATTR_ESCAPES;
    const char *what;
    if (l->var) {
        if (!esc)
            what = NULL;
        else
            what = arena_sprintf("moved to heap: %s", l->var->name);
    } else if (l->is_append) {
        what = esc ? "append escapes to heap" : "append does not escape";
    } else {
        what = arena_sprintf("%s %s", l->text, esc ? "escapes to heap" : "does not escape");
    }
    if (what && b->verbosity)
        esc_report(l->pos, "%s", what);
    if (l->is_str_bytes && !esc && !(l->attrs & ATTR_MUTATES) && b->verbosity)
        esc_report(l->pos, "zero-copy string->[]byte conversion");
    Site *s = l->site;
    if (!s)
        return;
    if (s->kind != SITE_VAR && l->text)
        s->text = l->text;  // with gc's rewrites: make([]int, 0, 20) for make([]int, 0, l)
    s->decision = esc ? SITE_HEAP : SITE_STACK;
    s->reason = what ? what : "does not escape";
    if (esc && l->heap_reason)
        s->reason = arena_sprintf("%s (%s)", s->reason, l->heap_reason);
    if (!esc && s->kind != SITE_VAR && s->size > MAX_IMPLICIT_STACK) {
        s->decision = SITE_HEAP;
        s->reason = "too large for stack";
    }
}

void esc_finish(Batch *b) {
    for (int i = 0; i < b->funcs->len; i++)
        tag_func(b, VEC_AT(*b->funcs, i));
    for (int i = 0; i < b->locs.len; i++) {
        Loc *l = VEC_AT(b->locs, i);
        if (l->site || l->reported || (l->var && (l->attrs & ATTR_ESCAPES)))
            decide(b, l);
    }
}
