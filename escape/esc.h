// esc.h: the escape analysis's internal shapes, shared by escape/*.c.
//
// The model is described at the top of escape.c.  This header is sectioned by
// source file:
//   escape.c    the driver: batches of functions, callees first
//   graph.c     locations, holes and the edges between them
//   expr.c      building the graph from the typed IR: expressions
//   assign.c    assignments and declarations
//   stmt.c      statements, loop depth, function bodies
//   call.c      calls: parameter summaries at call sites, builtins, intrinsics
//   static.c    static values: constant sizes, static callees
//   solve.c     the walk that finds what escapes and what leaks
//   summary.c   parameter leak summaries ("leaks") and the call graph's SCCs
//   report.c    the -m lines and the decisions written back to the sites
//   ptrmap.c    a pointer-keyed hash map for the side tables
#ifndef GOSUB_ESC_H
#define GOSUB_ESC_H

#include "escape.h"

typedef struct Loc Loc;
typedef struct Note Note;

// ---------------------------------------------------------------- ptrmap.c
// An open-addressed map from pointers to pointers: the pass's side tables
// (variable -> location, function -> FuncInfo) without touching the IR.
typedef struct PtrMap {
    const void **keys;
    void **vals;
    int count, cap;
} PtrMap;

void *ptrmap_get(PtrMap *m, const void *key);
void ptrmap_put(PtrMap *m, const void *key, void *val);
void ptrmap_clear(PtrMap *m);

// ---------------------------------------------------------------- summary.c
// A parameter's leak summary, as gc encodes it: for the heap, the mutator,
// the callee pseudo-location and each of the first ESC_RESULTS results, the
// minimal number of dereferences on a flow from the parameter to it, plus one
// (0 means no flow).
enum { LEAK_HEAP, LEAK_MUTATOR, LEAK_CALLEE, LEAK_RESULT0, LEAK_SLOTS = 8 };
enum { ESC_RESULTS = LEAK_SLOTS - LEAK_RESULT0 };  // gc's numEscResults

typedef struct Leaks {
    uint8_t v[LEAK_SLOTS];
} Leaks;

int leaks_get(const Leaks *l, int slot);          // -1: no flow
void leaks_add(Leaks *l, int slot, int derefs);   // keeps the minimum
void leaks_optimize(Leaks *l);                    // drops flows no shorter than the heap's
Leaks leaks_heap(void);                           // "leaking param: p" (unknown callees)

// Per-function state.  Every Func of the program (closures included) has one.
typedef enum FuncState { FN_UNKNOWN, FN_PLANNED, FN_STARTED, FN_TAGGED } FuncState;

typedef struct FuncInfo {
    Func *fn;
    FuncState state;
    Leaks *param_leaks;       // one per param, valid once state == FN_TAGGED
    bool closure_results_lost;  // a closure called where its results are not tracked
    // Tarjan's bookkeeping (top-level functions only)
    int tarjan_index, tarjan_low;
    bool on_stack;
    Vec callees;              // of Func*: top-level functions this one (or its closures) names
} FuncInfo;

FuncInfo *esc_info(Func *fn);
void esc_summary_reset(void);
// Calls visit(batch, recursive) for the strongly connected components of the
// call graph of top-level functions, callees before callers (Tarjan 1972).
void esc_visit_bottom_up(Program *prog, void (*visit)(Vec *batch, void *arg), void *arg);

// ---------------------------------------------------------------- graph.c
// Location attributes (gc's locAttr).
enum {
    ATTR_ESCAPES = 1 << 0,   // the address outlives its frame: heap allocate
    ATTR_PERSISTS = 1 << 1,  // the address outlives the statement
    ATTR_MUTATES = 1 << 2,   // memory reachable from here may be written
    ATTR_CALLS = 1 << 3,     // closures reachable from here may be called untracked
};

typedef struct Edge {
    Loc *src;
    int derefs;   // >= -1
    Note *notes;  // for -m=2
} Edge;

// A note explaining one step of a flow (-m=2): "from WHERE (WHY) at POS".
struct Note {
    Note *next;
    const char *where;
    Pos pos;
    const char *why;
};

// An abstract memory location: a variable, an allocation, or a temporary.
struct Loc {
    Site *site;          // the allocation site it stands for, or NULL
    Obj *var;            // the variable it stands for, or NULL
    const char *text;    // what -m calls it: "new(T)", "func literal"; NULL for temporaries
    Pos pos;             // where -m reports it
    bool reported;       // gets a -m line even without a site (func literals)
    bool is_append;      // gc words append sites specially
    bool is_str_bytes;   // []byte(s): reports zero-copy conversions
    const char *heap_reason;  // "too large for stack", ...: on the heap whatever flows
    Func *fn;            // the enclosing function
    Func *closure;       // a func literal's location: the closure it makes
    Edge *edges;         // incoming edges
    int nedges, cap_edges;
    int loop_depth;      // at declaration
    int result_index;    // 1-based for results, else 0
    bool is_param, is_result;
    // gc's capture bookkeeping, for -m=2's "capturing by" lines
    bool captured, reassigned, addrtaken;
    uint8_t attrs;
    Leaks param_esc;     // parameters: where they leak

    // solve.c's walk state
    int derefs;
    uint32_t walkgen;
    Loc *dst;            // the next step towards the walk's root
    int dst_edge;
    bool queued_all;
    uint32_t queued_one;
};

// A hole: the context an expression's value flows into.  Evaluating p in
// "x = **p" flows into the hole {dst: x, derefs: 2}.
typedef struct Hole {
    Loc *dst;
    int derefs;      // >= -1
    Note *notes;
    bool addrtaken;
} Hole;

// State shared by one batch (one SCC of the call graph).
typedef struct Batch {
    Vec locs;            // of Loc*: every location of the batch
    Vec closures;        // of ClosureFlow*: closures seen, flowed after the walk
    Loc heap, mutator, callee, blank;
    int verbosity;
    Vec *funcs;          // of Func*: the batch's top-level functions
} Batch;

// State of the walk of one function body (closures get their own).
typedef struct Esc {
    Batch *b;
    Func *fn;
    int loop_depth;      // 1 at the top of a function, +1 per enclosing loop
    Vec looping_labels;  // of const char*: labels a later goto jumps back to
    Hole *go_defer_k;    // while walking a go/defer call: where its arguments also flow
} Esc;

typedef struct ClosureFlow {
    Hole k;
    Func *fn;
} ClosureFlow;

Loc *esc_new_loc(Esc *e, Site *site, Obj *var, bool persists);
Loc *esc_var_loc(Obj *var);        // the location of a local variable (NULL for globals)
void esc_bind_var(Obj *var, Loc *loc);
void esc_graph_reset(void);
Hole esc_hole(Loc *l);
Hole hole_shift(Hole k, int delta);
Hole hole_note(Batch *b, Hole k, const char *where, Pos pos, const char *why);
Hole hole_addr(Batch *b, Hole k, const char *where, Pos pos, const char *why);
Hole hole_deref(Batch *b, Hole k, const char *where, Pos pos, const char *why);
void esc_flow(Batch *b, Hole k, Loc *src);
Hole esc_heap_hole(Esc *e);
Hole esc_discard_hole(Esc *e);
Hole esc_mutator_hole(Esc *e);
Hole esc_callee_hole(Esc *e);
Hole esc_tee(Esc *e, Hole *ks, int n);
Hole esc_later(Esc *e, Hole k);
Hole esc_spill(Esc *e, Hole k, Loc *loc);  // loc allocated here: k <- &loc
const char *esc_loc_name(Batch *b, Loc *l);   // for -m=2: "x", "{heap}", "{storage for new(T)}"

// ---------------------------------------------------------------- expr.c
void esc_expr(Esc *e, Hole k, Expr *x);
void esc_discard(Esc *e, Expr *x);
const char *esc_text(Expr *x);    // gc's spelling of x for -m lines
// The checker's printer of gc's -m spelling (frontend/check_site.c).
const char *site_text(Expr *e);
Expr *esc_unparen(Expr *x);
bool esc_is_blank_obj(Obj *o);
bool esc_is_local_var(Obj *o);
// The location of a local variable (made on first sight if the checker did
// not list it in its function's locals).
Loc *esc_local_loc(Esc *e, Obj *var);
// A hole that drops values of t when t holds no pointers.
Hole esc_filter_scalar(Esc *e, Hole k, Type *t);
// The hole for x.(T) with x flowing into k: a non-pointer T is boxed, one
// dereference away.
Hole esc_dot_type(Esc *e, Hole k, Type *t, Expr *where, const char *why);
// Where closure fn first uses the captured var (gc's closure variable position).
Pos esc_capture_pos(Func *fn, Obj *var);
void esc_note_capture_use(Esc *e, Obj *var, Pos pos);  // for -m=2 positions
void esc_capture_reset(void);

// ---------------------------------------------------------------- assign.c
Hole esc_addr(Esc *e, Expr *x);   // a hole storing into the addressable x
void esc_dcl(Esc *e, Obj *var);   // var is declared here: its loop depth
bool esc_declared_here(Expr *ident);
void esc_assign_list(Esc *e, Vec *lhs, Vec *rhs, Stmt *where, const char *why);
void esc_assign(Esc *e, Stmt *s);
void esc_var_decl(Esc *e, Decl *d);
void esc_return(Esc *e, Stmt *s);
const char *esc_stmt_text(Stmt *s);

// ---------------------------------------------------------------- stmt.c
void esc_walk_func(Batch *b, Func *fn);

// ---------------------------------------------------------------- call.c
// Evaluates a call; ks[0..nks) receive its results (nks == 0: results unused).
void esc_call(Esc *e, Hole *ks, int nks, Expr *call);
bool esc_in_batch(Func *fn);

// ---------------------------------------------------------------- static.c
// Records that var is initialised by x at its declaration (for static values).
void esc_record_defn(Obj *var, Expr *x);
// The expression var's value is statically known to be, following
// never-reassigned variables (gc's ir.StaticValue), or x itself.
Expr *esc_static_value(Expr *x);
// The top-level function or closure a call's fn statically denotes, or NULL.
Func *esc_static_callee(Expr *fn);
Intrinsic esc_static_intrinsic(Expr *fn);
// Where an argument for parameter i of fn goes, results going to ks (gc's tagHole).
Hole esc_tag_hole(Esc *e, Hole *ks, int nks, Func *fn, int i);
// The constant integer x is statically known to be, for make's sizes.
bool esc_static_int(Expr *x, int64_t *out);
void esc_static_reset(void);
// gc's -m spelling of the constant v: "20", "float32(1.5)", "'a'", "\"s\"".
const char *esc_const_text(Expr *v);
// The checker's spelling of a type, without the package's own qualifier.
const char *type_str_local(Type *t);

// ---------------------------------------------------------------- solve.c
void esc_walk_all(Batch *b);
bool esc_outlives(Batch *b, Loc *l, Loc *other);

// ---------------------------------------------------------------- report.c
// Records a -m line (printed sorted by position at the end).
void esc_report(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
// -m=2 explanation lines, printed with the decision at pos.
void esc_explain(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void esc_report_flush(void);
const char *esc_func_name(Func *fn);  // "F", "F.func1": gc's spelling
void esc_explain_path(Batch *b, Loc *root, Loc *src);
void esc_explain_flow(Batch *b, Pos pos, Loc *dst, Loc *src, int derefs, Note *notes);
void esc_finish(Batch *b);

#endif
