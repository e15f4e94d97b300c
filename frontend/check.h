// check.h: the type checker's internal interface, shared by check*.c and const.c.
//
// The checker is one pass over the package, split by concept:
//   check.c          the driver: collects package-level objects, resolves them
//                    lazily (with cycle detection), checks bodies, orders
//                    global initialisation, buffers and sorts errors as gc does
//   check_decl.c     const/var/type declarations, type expressions, signatures
//   check_expr.c     expressions: operands, operators, untyped constants
//   check_assign.c   assignability, implicit conversions, boxing
//   check_call.c     calls, conversions and builtins
//   check_lit.c      composite and function literals, closures and captures
//   check_stmt.c     statements, labels, terminating statements
//   check_site.c     allocation sites and gc's -m expression printer
//   check_defer.c    defer statements and recover
//   check_map.c      map types, indexing, literals, make/delete
//   check_method.c   methods, embedding, selector lookup, method sets
//   check_iface.c    interface types (embedded interfaces) and type switches
// All state lives in the single Checker `ck`: a compilation checks one package.
#ifndef GOSUB_CHECK_H
#define GOSUB_CHECK_H

#include "frontend.h"

// ---------------------------------------------------------------- const.c
typedef enum ConstErr { CONST_OK, CONST_ERR_OVERFLOW, CONST_ERR_DIV_ZERO, CONST_ERR_OP } ConstErr;

ConstVal const_int(__int128 v);
ConstVal const_float(long double v);
ConstVal const_complex(long double re, long double im);
ConstVal const_bool(bool v);
ConstVal const_str(const char *s, int64_t n);
long double const_as_float(ConstVal *v);  // the real part of a number
long double const_imag(ConstVal *v);      // the imaginary part: 0 unless complex
bool const_to_int(ConstVal *v, ConstVal *out);
bool const_unary(int op, ConstVal *a, Type *t, ConstVal *out);
ConstErr const_binary(int op, ConstVal *a, ConstVal *b, bool integer, ConstVal *out);
bool const_compare(int op, ConstVal *a, ConstVal *b);
ConstErr const_shift(int op, ConstVal *a, uint64_t count, ConstVal *out);

// ---------------------------------------------------------------- types.c (checker-only)
// The type as the checker's messages spell it: named types of the package being
// checked without their "main." qualifier, as types2 prints them.
const char *type_str_local(Type *t);
// The package being checked (check_package sets it): its types are the local ones.
extern Package *type_local_pkg;
// Recomputes struct and array layouts until they are stable: a named type used
// by value before its declaration was resolved (type A struct{ p *B }; type B
// struct{ a A }) gets its size once everything is known.
void type_relayout(void);

// ---------------------------------------------------------------- check.c
// Checker-private bookkeeping for a package-level object (Obj.check_info).
typedef struct DeclInfo {
    Spec *spec;         // const/var/type: its spec
    int index;          // the object's position in spec->names
    Decl *decl;         // its declaration
    Scope *file_scope;  // the scope its expressions resolve in (imports)
    int state;          // 0 unresolved, 1 resolving, 2 resolved
    int ptr_depth;      // type decls: ck.ptr_depth when resolution started
    Vec deps;           // package-level vars and funcs referred to (init order)
    Func *func;         // funcs: the Func being built
    GlobalInit *init;   // vars with an initialiser: their unit of initialisation
    int visit;          // init order: the stamp of the last walk that visited it
} DeclInfo;


typedef struct Import {
    Obj *obj;           // OBJ_PKG in the file scope
    Pos pos;
    bool used;
} Import;

// The target of break/continue: an enclosing for, range or switch.
typedef struct Target {
    Stmt *stmt;
    const char *label;  // the label naming it, or NULL
    bool is_loop;
} Target;

typedef struct Checker {
    Program *prog;
    Package *pkg;
    Scope *pkg_scope;
    Scope *scope;        // the innermost scope
    Func *fn;            // the function being checked; NULL at package level
    DeclInfo *cur_decl;  // the package-level object being checked (for deps)
    int loop_depth;
    int64_t iota;        // the current const spec's iota; -1 outside const declarations
    int ptr_depth;       // open indirections (pointer, slice, map, func) in a type expression
    Vec imports;         // of Import*
    Vec errors;          // buffered errors, flushed sorted by position
    Vec targets;         // of Target*: enclosing breakable statements
    Vec labels;          // of Obj* (kind OBJ_BAD, decl unused): labels of the function
    Vec broken;          // of Stmt*: statements a break refers to (terminating analysis)
    int pkg_closures;    // closures at package level: main.init.func1, ...
    bool skipped_code;   // the function has statements not checked (not supported):
                         // its unused variables are not reported
    Vec sorted_files;
} Checker;

extern Checker ck;

void errorf(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *pos_in_message(Pos pos);  // "./f.go:3:4", as gc cites a position in a message
void resolve_obj(Obj *obj);
void report_type_cycle(Obj *obj);
bool has_method(Type *t, const char *name);
void add_dep(Obj *obj);
void use_import(Obj *pkg_obj);
Scope *open_scope(void);
void close_scope(void);
Obj *declare_local(Expr *ident, Type *type);
bool declare_obj(Scope *s, Obj *obj);  // false (and an error) when redeclared
Func *func_new(const char *name);

// ---------------------------------------------------------------- packages.c
// The member name of the imported package pkg (an OBJ_PKG), reporting gc's
// "undefined: p.X" / "name x not exported by package p" at pos; NULL then.
Obj *pkg_member(Obj *pkg, const char *name, Pos pos);

// ---------------------------------------------------------------- check_decl.c
Type *check_type(Expr *e);
Type *check_signature(Expr *ftype);
void check_type_decl(Obj *obj, Spec *spec);
void check_const_spec(Spec *spec, Vec *objs);
void check_global_var(Obj *obj);
void check_local_decl(Decl *d);
void check_func_body(Func *f, Block *body);
// "assignment mismatch: 2 variables but f returns 1 value"
void call_mismatch(Expr *call, int nvars, int nres);
void declare_params(Func *f, Expr *ftype);

// ---------------------------------------------------------------- check_expr.c
void check_raw(Expr *e);          // any expression: value, type, builtin, tuple
void check_value(Expr *e);        // a single value (possibly untyped)
void check_multi(Expr *e);        // a value or a tuple (call results)
bool is_invalid(Expr *e);
Pos start_pos(Expr *e);
// Describes an operand as types2 does: `x (variable of type int)`.
const char *operand_string(Expr *e);
Expr *strip_parens(Expr *e);
Obj *root_var(Expr *e);           // the variable at the root of x.f[i].g, or NULL
void mark_addr_taken(Expr *e);
void mark_reassigned(Expr *e);
Expr *check_addr(Expr *e);        // &x
Expr *new_expr(ExprKind kind, Pos pos, Type *t);
bool parse_int_lit(const char *lit, __int128 *out);

// ---------------------------------------------------------------- check_assign.c
// Converts untyped e to t in place (spec: Conversions of untyped constants);
// reports errors with context ctx ("assignment", "argument to f", ...).
bool convert_untyped(Expr *e, Type *t);
void set_type_rec(Expr *e, Type *t);
void use_default(Expr *e);        // untyped -> default type
bool assignable(Expr *e, Type *t, const char **reason);
// Checks e is assignable to t and returns e converted (boxed for interfaces).
Expr *assign_conv(Expr *e, Type *t, const char *ctx);
Expr *box(Expr *e, Type *iface);  // wraps e in EXPR_CONVERT to interface iface
bool implements(Type *t, Type *iface, const char **missing);
bool representable_or_error(Expr *e, Type *t, const char *ctx);
// assign_conv naming the target as type_expr spells it ("byte", not "uint8").
Expr *assign_conv_named(Expr *e, Type *t, Expr *type_expr, const char *ctx);

// ---------------------------------------------------------------- check_call.c
void check_call(Expr *e);
void check_conversion(Expr *e, Type *t, Expr *x);
void check_builtin(Expr *e, Builtin b);

// ---------------------------------------------------------------- check_lit.c
void check_composite(Expr *e, Type *hint);
void check_func_lit(Expr *e);
void note_var_use(Obj *obj);      // captures and deps for a variable reference
void finalize_captures(Func *f);

// ---------------------------------------------------------------- check_stmt.c
void check_block(Block *b);
void check_stmts(Vec *stmts);
bool is_terminating_list(Vec *stmts);
void collect_labels(Block *body);
void check_unused_labels(void);
void check_gotos(Block *body);    // goto into a block or over a declaration

// ---------------------------------------------------------------- check_map.c
bool is_map_index(Expr *e);       // m[k] (parentheses allowed)
Type *check_map_type(Expr *e);    // map[K]V
void check_map_index(Expr *e, Type *u);
bool comma_ok_map(Expr *rhs);     // v, ok := m[k]: types rhs as (elem, bool)
void check_map_lit(Expr *e, Type *t, Type *u);
void builtin_make_map(Expr *e, Type *t);
void builtin_delete(Expr *e);
// check_lit.c: a composite element (elided literal type allowed) converted to t.
Expr *check_element(Expr *v, Type *t, const char *ctx);
// check_call.c: make's size argument i converted to int (what: "size", "index").
Expr *check_size_arg(Expr *e, int i, const char *what);

// ---------------------------------------------------------------- check_constset.c
// A set of constant expressions keyed by (type, value), for duplicate cases and
// map keys in linear time.  Zero-initialise; memory is the arena's.
typedef struct ConstSet {
    Expr **slots;
    int count, cap;
} ConstSet;

// Adds constant e, or returns the earlier member of its type equal to it.
Expr *constset_add(ConstSet *s, Expr *e);

// ---------------------------------------------------------------- check_defer.c
void check_defer(Stmt *s);        // STMT_DEFER (STMT_GO: its errors only)
void check_recover(Expr *e);      // the recover builtin

// ---------------------------------------------------------------- check_site.c
Site *site_new(SiteKind kind, Pos pos, Type *type, Expr *e);
Site *var_site(Obj *var);         // the SITE_VAR of var, created on first use
const char *expr_text(Expr *e);   // gc's spelling of an expression (types2 messages)
const char *site_text(Expr *e);   // the same as -m prints it (variadic packs as "... argument...")

// ---------------------------------------------------------------- check_method.c
enum { SEL_MAX_PATH = 16 };  // embedding depth searched; deeper is unheard of in practice
typedef enum SelKind { SEL_NONE, SEL_FIELD, SEL_METHOD, SEL_IFACE, SEL_AMBIGUOUS } SelKind;
// What x.name selects: the embedded fields path[0..npath) lead from x's type
// (or its pointer base) to holder; index is the field (SEL_FIELD) or the
// interface method (SEL_IFACE); method the declared or interface method.
typedef struct Selection {
    SelKind kind;
    int path[SEL_MAX_PATH];
    int npath;
    int index;
    Method *method;
    Type *holder;
    bool indirect;      // an embedded pointer lies on the path
} Selection;

void check_attach_methods(Vec *decls);
Type *check_method_sig(Obj *obj, Type *sig);
Method *check_find_method(Type *t, const char *name);
Selection check_lookup(Type *t, const char *name);
const char *check_lookup_fold(Type *t, const char *name, const char **what, Package **pkg);
// ", but does have field X" (types2's lookupError), or "".
const char *lookup_hint(Type *t, const char *name);
bool check_in_value_set(Type *t, Selection *sel);
bool check_member_selector(Expr *e, bool called);
void check_method_expr(Expr *e);
bool check_implements(Type *t, Type *iface, const char **missing);
extern const char *implements_reason;
extern Expr *ck_callee;           // the fn of the call being checked (check_call)

// ---------------------------------------------------------------- check_iface.c
Type *check_iface_embeds(Expr *e, Vec *methods, Vec *mpos);  // appends embedded interfaces' methods
void check_type_switch(Stmt *s, const char *label);
const char *check_embedded_name(Expr *type_expr);

#endif
