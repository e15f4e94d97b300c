// check.c: the type checker's driver (spec: Packages, Program initialization).
//
// check_program runs these steps over one package:
//   1. collect   every package-level object into the package scope (imports
//                into their file's scope), reporting redeclarations;
//   2. resolve   each object lazily, in source order: a reference to an object
//                not yet resolved resolves it first (so `var a = b; var b = 1`
//                works), and a reference to one being resolved is a cycle;
//   3. bodies    of functions, in source order, recording which package-level
//                variables and functions each body refers to;
//   4. order     global initialisers by dependency (spec: Package
//                initialization): repeatedly the first variable in declaration
//                order whose dependencies (transitively through functions) are
//                all initialised;
//   5. report    unused imports and a missing main, then flush the errors.
//
// Errors are buffered and printed sorted by position, as gc prints them; like
// gc, at most ten are printed before "too many errors".
#include "check.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

Checker ck;

typedef struct Error {
    Pos pos;
    int seq;
    const char *msg;
} Error;

void errorf(Pos pos, const char *fmt, ...) {
    char buf[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    Error *e = NEW(Error);
    e->pos = pos;
    e->seq = ck.errors.len;
    e->msg = arena_strdup(buf);
    vec_push(&ck.errors, e);
}

// gc spells a position inside a message relative to the directory: ./f.go:3:4.
const char *pos_in_message(Pos pos) {
    const char *s = diag_pos_string(pos);
    return s[0] == '/' || s[0] == '.' ? s : arena_sprintf("./%s", s);
}

static int error_cmp(const void *a, const void *b) {
    const Error *x = *(Error *const *)a, *y = *(Error *const *)b;
    int c = diag_pos_cmp(x->pos, y->pos);
    return c ? c : x->seq - y->seq;
}

// Prints the errors sorted by position (diag_error stops the process after
// ten unless a test captures the output).  When diag holds errors back (the
// driver) they go in the order reported: diag sorts them, and picks the ten
// gc would print.
static void flush_errors(void) {
    int n = ck.errors.len;
    if (n > 1 && !diag_holding())  // qsort(NULL, 0, ...) is undefined (UBSan: nonnull argument)
        qsort(ck.errors.data, (size_t)n, sizeof(void *), error_cmp);
    for (int i = 0; i < n; i++) {
        Error *e = ck.errors.data[i];
        diag_error(e->pos, "%s", e->msg);
    }
    ck.errors.len = 0;
}

// ---------------------------------------------------------------- scopes and objects

Scope *open_scope(void) {
    ck.scope = scope_new(ck.scope);
    return ck.scope;
}

void close_scope(void) { ck.scope = ck.scope->outer; }

// spec: Declarations and scope ("No identifier may be declared twice in the same block").
bool declare_obj(Scope *s, Obj *obj) {
    if (!strcmp(obj->name, "_"))
        return true;
    Obj *old = scope_insert(s, obj);
    if (!old)
        return true;
    if (old->pos.file < 0)
        errorf(obj->pos, "%s redeclared in this block", obj->name);
    else
        errorf(obj->pos, "%s redeclared in this block\n\t%s: other declaration of %s", obj->name,
               diag_pos_string(old->pos), obj->name);
    return false;
}

// Declares a local variable of the current function in the current scope.
Obj *declare_local(Expr *ident, Type *type) {
    Obj *o = obj_new(OBJ_VAR, ident->name, ident->pos, type);
    o->func = ck.fn;
    o->loop_depth = ck.loop_depth;
    if (ck.fn) {
        o->index = ck.fn->locals.len;
        vec_push(&ck.fn->locals, o);
    }
    if (!declare_obj(ck.scope, o))
        o->used = true;  // reported as redeclared; not also as unused
    ident->obj = strcmp(ident->name, "_") ? o : NULL;
    ident->type = type;
    return o;
}

Func *func_new(const char *name) {
    Func *f = NEW(Func);
    f->name = name;
    vec_push(&ck.prog->funcs, f);
    return f;
}

static DeclInfo *info_of(Obj *o) { return o->check_info; }

// Records that the package-level declaration being checked refers to obj.
void add_dep(Obj *obj) {
    if (ck.cur_decl && info_of(obj))
        vec_push(&ck.cur_decl->deps, obj);
}

void use_import(Obj *pkg_obj) {
    for (int i = 0; i < ck.imports.len; i++) {
        Import *imp = ck.imports.data[i];
        if (imp->obj == pkg_obj)
            imp->used = true;
    }
}

// ---------------------------------------------------------------- collection

static Vec pkg_objs;  // of Obj*, in source order
static Vec method_decls;  // of Decl*: methods, attached by check_attach_methods

// Kept for the callers that once suppressed errors for unsupported methods:
// methods are supported now, so no error is suppressed.
bool has_method(Type *t, const char *name) {
    (void)t;
    (void)name;
    return false;
}
static Vec func_infos;  // of DeclInfo*, functions with bodies (init included), in source order
static Vec resolving;   // of Obj*: the resolution stack, for cycle messages

static Obj *collect_obj(ObjKind kind, Expr *name, Decl *d, Spec *spec, int index, Scope *fs) {
    Obj *o = obj_new(kind, name->name, name->pos, NULL);
    DeclInfo *info = NEW(DeclInfo);
    info->spec = spec;
    info->index = index;
    info->decl = d;
    info->file_scope = fs;
    o->check_info = info;
    o->decl = d;
    o->pkg = ck.pkg;
    name->obj = o;
    vec_push(&pkg_objs, o);
    if (strcmp(o->name, "_"))
        declare_obj(ck.pkg_scope, o);
    return o;
}

// spec: Import declarations
static void collect_import(Spec *s, Scope *fs) {
    Package *p = pkg_find(s->path);
    bool known = p != NULL;
    if (!p) {
        // gc names its GOROOT; gosub names the one of the Go toolchain it mirrors.
        if (go_std_has(s->path))
            errorf(s->pos, "package %s not supported (gosub's standard library subset: docs/stdlib.md)",
                   s->path);
        else
            errorf(s->pos, "package %s is not in std (/usr/local/go/src/%s)", s->path, s->path);
        // A stand-in with no scope, so uses of it raise no further errors.
        p = NEW(Package);
        p->path = s->path;
        const char *slash = strrchr(s->path, '/');
        p->name = slash ? slash + 1 : s->path;
    }
    const char *name = p->name;
    if (s->names.len) {
        Expr *n = s->names.data[0];
        name = n->name;
        if (!strcmp(name, ".")) {
            errorf(n->pos, "dot imports not supported");
            return;
        }
        if (!strcmp(name, "_"))
            return;
    }
    Obj *o = obj_new(OBJ_PKG, name, s->pos, NULL);
    o->pkg = p;
    Import *imp = NEW(Import);
    imp->obj = o;
    imp->pos = s->pos;
    imp->used = !known;
    vec_push(&ck.imports, imp);
    Obj *clash = scope_lookup_local(ck.pkg_scope, name);
    if (clash)
        errorf(clash->pos, "%s already declared through import of package %s", name, p->path);
    declare_obj(fs, o);
}

static const char *link_name(const char *name) {
    return arena_sprintf("%s.%s", ck.pkg->name, name);
}

static void collect_func(Decl *d, Scope *fs) {
    // Methods are attached to their receiver types once all types are
    // collected (check_attach_methods, check_method.c).
    if (d->recv)
        vec_push(&method_decls, d);
    const char *name = d->name->name;
    Func *f = func_new(link_name(name));
    f->decl = d;
    d->func = f;
    // Without a body the function is external; gc accepts that when
    // compiling a package (go build rejects it for lack of assembly).
    if (!d->body && !strcmp(ck.pkg->name, "main"))
        errorf(d->name->pos, "missing function body");
    Obj *o;
    if (d->recv || !strcmp(name, "init") || !strcmp(name, "_")) {
        // init functions are not declared: they cannot be referred to.
        o = obj_new(OBJ_FUNC, name, d->name->pos, NULL);
        DeclInfo *fi = NEW(DeclInfo);
        fi->decl = d;
        fi->file_scope = fs;
        o->check_info = fi;
        o->decl = d;
        o->pkg = ck.pkg;
        d->name->obj = o;
        vec_push(&pkg_objs, o);
        if (!d->recv && !strcmp(name, "init")) {
            f->name = arena_sprintf("%s.init.%d", ck.pkg->name, ck.prog->init_funcs.len);
            vec_push(&ck.prog->init_funcs, f);
        }
    } else {
        o = collect_obj(OBJ_FUNC, d->name, d, NULL, 0, fs);
        if (!strcmp(name, "main") && !strcmp(ck.pkg->name, "main"))
            ck.prog->main_func = f;
    }
    DeclInfo *info = o->check_info;
    info->func = f;
    o->func = f;
    o->link_name = f->name;
    f->obj = o;
    if (d->body)
        vec_push(&func_infos, info);
}

static void collect_decl(Decl *d, Scope *fs) {
    if (d->kind == DECL_FUNC) {
        collect_func(d, fs);
        return;
    }
    for (int i = 0; i < d->specs.len; i++) {
        Spec *s = d->specs.data[i];
        if (d->kind == DECL_IMPORT) {
            collect_import(s, fs);
            continue;
        }
        for (int j = 0; j < s->names.len; j++) {
            Expr *n = s->names.data[j];
            ObjKind k = d->kind == DECL_CONST ? OBJ_CONST : d->kind == DECL_VAR ? OBJ_VAR : OBJ_TYPE;
            Obj *o = collect_obj(k, n, d, s, j, fs);
            if (k == OBJ_VAR) {
                o->is_global = true;
                o->link_name = link_name(o->name);
                vec_push(&ck.prog->globals, o);
            } else if (k == OBJ_TYPE && !s->is_alias) {
                o->type = type_named(link_name(o->name), o);
            }
        }
    }
}

static void collect_file(File *f) {
    Scope *fs = scope_new(ck.pkg_scope);
    for (int i = 0; i < f->imports.len; i++)
        collect_import(f->imports.data[i], fs);
    for (int i = 0; i < f->decls.len; i++) {
        Decl *d = f->decls.data[i];
        if (d->kind == DECL_IMPORT) {
            for (int j = 0; j < d->specs.len; j++)
                collect_import(d->specs.data[j], fs);
            continue;
        }
        collect_decl(d, fs);
    }
}

// ---------------------------------------------------------------- resolution

// "initialization cycle for a\n\ta refers to b\n\tb refers to a"
static void report_cycle(Obj **cycle, int n) {
    if (n == 1) {
        errorf(cycle[0]->pos, "initialization cycle: %s refers to itself", cycle[0]->name);
        return;
    }
    char *msg = arena_sprintf("initialization cycle for %s", cycle[0]->name);
    for (int i = 0; i < n; i++)
        msg = arena_sprintf("%s\n\t%s: %s refers to %s", msg, diag_pos_string(cycle[i]->pos),
                            cycle[i]->name, cycle[(i + 1) % n]->name);
    errorf(cycle[0]->pos, "%s", msg);
}

// "invalid recursive type A\n\tA refers to B\n\tB refers to A" for the
// types on the resolution stack from obj up.
void report_type_cycle(Obj *obj) {
    int start = resolving.len - 1;
    while (start > 0 && resolving.data[start] != obj)
        start--;
    int n = resolving.len - start;
    Obj **cycle = (Obj **)resolving.data + start;
    if (n <= 1) {
        errorf(obj->pos, "invalid recursive type: %s refers to itself", obj->name);
        return;
    }
    char *msg = arena_sprintf("invalid recursive type %s", obj->name);
    for (int i = 0; i < n; i++)
        msg = arena_sprintf("%s\n\t%s: %s refers to %s", msg, diag_pos_string(cycle[i]->pos),
                            cycle[i]->name, cycle[(i + 1) % n]->name);
    errorf(obj->pos, "%s", msg);
}

// A reference to an object whose resolution is in progress.
static void resolve_cycle(Obj *obj) {
    if (obj->kind == OBJ_TYPE || obj->kind == OBJ_FUNC)
        return;  // types: check_type decides; funcs: their type is already set
    int start = resolving.len - 1;
    while (start > 0 && resolving.data[start] != obj)
        start--;
    report_cycle((Obj **)resolving.data + start, resolving.len - start);
    if (!obj->type)
        obj->type = type_invalid;
}

typedef struct Saved {
    Scope *scope;
    Func *fn;
    DeclInfo *cur_decl;
    int64_t iota;
    int loop_depth, ptr_depth;
    Vec targets;
} Saved;

static Saved save_state(void) {
    Saved s = {ck.scope, ck.fn, ck.cur_decl, ck.iota, ck.loop_depth, ck.ptr_depth, ck.targets};
    return s;
}

static void restore_state(Saved s) {
    ck.scope = s.scope;
    ck.fn = s.fn;
    ck.cur_decl = s.cur_decl;
    ck.iota = s.iota;
    ck.loop_depth = s.loop_depth;
    ck.ptr_depth = s.ptr_depth;
    ck.targets = s.targets;
}

static void resolve_func(Obj *obj, DeclInfo *info) {
    Type *sig = check_signature(info->decl->type);
    if (info->decl->recv)
        sig = check_method_sig(obj, sig);
    obj->type = sig;
    info->func->sig = sig;
    if (!info->decl->recv && (!strcmp(obj->name, "init") ||
                             (!strcmp(obj->name, "main") && !strcmp(ck.pkg->name, "main")))) {
        if (sig->nparams || sig->nresults)
            errorf(obj->pos, "func %s must have no arguments and no return values", obj->name);
    }
}

static void resolve_const(DeclInfo *info) {
    Vec objs = {0};
    for (int i = 0; i < info->spec->names.len; i++) {
        Expr *n = info->spec->names.data[i];
        vec_push(&objs, n->obj);
    }
    check_const_spec(info->spec, &objs);
}

// spec: Declarations and scope.  Resolves a package-level object once.
void resolve_obj(Obj *obj) {
    DeclInfo *info = info_of(obj);
    if (!info || info->state == 2)
        return;
    if (info->state == 1) {
        resolve_cycle(obj);
        return;
    }
    info->state = 1;
    info->ptr_depth = ck.ptr_depth;
    vec_push(&resolving, obj);
    Saved saved = save_state();
    ck.scope = info->file_scope;
    ck.fn = NULL;
    ck.iota = -1;
    ck.loop_depth = 0;
    ck.targets = (Vec){0};
    if (obj->kind != OBJ_TYPE)
        ck.cur_decl = info;
    switch (obj->kind) {
    case OBJ_TYPE: check_type_decl(obj, info->spec); break;
    case OBJ_CONST: resolve_const(info); break;
    case OBJ_VAR: check_global_var(obj); break;
    case OBJ_FUNC: resolve_func(obj, info); break;
    default: break;
    }
    restore_state(saved);
    resolving.len--;
    info->state = 2;
}

static void check_bodies(void) {
    for (int i = 0; i < func_infos.len; i++) {
        DeclInfo *info = func_infos.data[i];
        Saved saved = save_state();
        ck.scope = info->file_scope;
        ck.cur_decl = info;
        ck.iota = -1;
        if (info->func->sig)
            check_func_body(info->func, info->decl->body);
        restore_state(saved);
    }
}

// ---------------------------------------------------------------- initialisation order

// A package-level variable in the initialisation graph (types2's
// dependencyGraph after function nodes are removed: a variable depends on the
// variables its initialiser refers to, directly or through functions).
typedef struct InitNode {
    Obj *var;
    GlobalInit *init;    // its initialisation, or NULL (zero value)
    DeclInfo *info;      // the declaring info (deps)
    Vec deps;            // of InitNode*
    int ndeps;           // dependencies not yet initialised
    bool done;
} InitNode;

static int dfs_stamp;

// Collects the variables reachable from deps through functions into out.
static void var_deps(Vec *deps, Vec *out, int stamp) {
    for (int i = 0; i < deps->len; i++) {
        Obj *o = deps->data[i];
        DeclInfo *info = info_of(o);
        if (!info || info->visit == stamp)
            continue;
        info->visit = stamp;
        if (o->kind == OBJ_VAR)
            vec_push(out, o);
        else if (o->kind == OBJ_FUNC)
            var_deps(&info->deps, out, stamp);
    }
}

// Finds a path of references from obj back to target; fills path.
static bool find_path(Obj *obj, Obj *target, Vec *path, int stamp) {
    DeclInfo *info = info_of(obj);
    for (int i = 0; i < info->deps.len; i++) {
        Obj *d = info->deps.data[i];
        DeclInfo *di = info_of(d);
        if (d == target) {
            vec_push(path, obj);
            return true;
        }
        if (!di || di->visit == stamp || (d->kind != OBJ_VAR && d->kind != OBJ_FUNC))
            continue;
        di->visit = stamp;
        if (find_path(d, target, path, stamp)) {
            vec_push(path, obj);
            return true;
        }
    }
    return false;
}

static void report_init_cycle(InitNode *n) {
    Obj *v = NULL;
    for (int j = 0; j < n->init->lhs.len && !v; j++)
        v = n->init->lhs.data[j];
    if (!v)
        return;
    Vec path = {0};
    if (!find_path(v, v, &path, ++dfs_stamp))
        return;
    // path holds the cycle in reverse, starting at the object referring to v.
    Obj **cycle = arena_alloc(sizeof(Obj *) * (size_t)path.len);
    for (int i = 0; i < path.len; i++)
        cycle[i] = path.data[path.len - 1 - i];
    report_cycle(cycle, path.len);
}

static bool emitted(GlobalInit *gi) {
    for (int i = 0; i < ck.prog->inits.len; i++)
        if (ck.prog->inits.data[i] == gi)
            return true;
    return false;
}

// spec: Package initialization, as types2's initOrder implements it: the
// node with the fewest uninitialised dependencies goes next, ties broken by
// declaration order; variables without initialiser are nodes too, so
//     var b = trace(10)     // trace appends to order, declared later
//     var g = greet()       // greet reads name
//     var name = "gopher"
//     var order []string
// initialises name, then g, then (once order is done) b.
static void order_inits(Vec *nodes) {
    for (int left = nodes->len; left > 0; left--) {
        InitNode *pick = NULL;
        for (int i = 0; i < nodes->len; i++) {
            InitNode *n = nodes->data[i];
            if (!n->done && (!pick || n->ndeps < pick->ndeps))
                pick = n;
        }
        // Still waiting: pick is on a cycle or depends on one.  As in types2,
        // the cycle through pick (if any) is reported and the order goes on,
        // so that each separate cycle is reported once.
        if (pick->ndeps > 0 && pick->init)
            report_init_cycle(pick);
        pick->done = true;
        if (pick->init && !emitted(pick->init))
            vec_push(&ck.prog->inits, pick->init);
        for (int i = 0; i < nodes->len; i++) {
            InitNode *n = nodes->data[i];
            for (int j = 0; j < n->deps.len; j++)
                if (n->deps.data[j] == pick)
                    n->ndeps--;
        }
    }
}

static InitNode *node_of(Vec *nodes, Obj *v) {
    for (int i = 0; i < nodes->len; i++)
        if (((InitNode *)nodes->data[i])->var == v)
            return nodes->data[i];
    return NULL;
}

// One node per package-level variable, in declaration order.
static void build_init_order(void) {
    Vec nodes = {0};
    for (int i = 0; i < pkg_objs.len; i++) {
        Obj *o = pkg_objs.data[i];
        if (o->kind != OBJ_VAR)
            continue;
        InitNode *n = NEW(InitNode);
        n->var = o;
        n->info = info_of(o);
        n->init = n->info ? n->info->init : NULL;
        vec_push(&nodes, n);
    }
    for (int i = 0; i < nodes.len; i++) {
        InitNode *n = nodes.data[i];
        if (!n->init)
            continue;
        Vec vars = {0};
        var_deps(&n->info->deps, &vars, ++dfs_stamp);
        for (int j = 0; j < vars.len; j++) {
            InitNode *d = node_of(&nodes, vars.data[j]);
            if (d)
                vec_push(&n->deps, d);
        }
        n->ndeps = n->deps.len;
    }
    order_inits(&nodes);
}

// ---------------------------------------------------------------- the program

static void report_unused_imports(void) {
    for (int i = 0; i < ck.imports.len; i++) {
        Import *imp = ck.imports.data[i];
        if (imp->used)
            continue;
        if (strcmp(imp->obj->name, imp->obj->pkg->name))
            errorf(imp->pos, "\"%s\" imported as %s and not used", imp->obj->pkg->path,
                   imp->obj->name);
        else
            errorf(imp->pos, "\"%s\" imported and not used", imp->obj->pkg->path);
    }
}

static void reset(void) {
    memset(&ck, 0, sizeof ck);
    pkg_objs = (Vec){0};
    func_infos = (Vec){0};
    method_decls = (Vec){0};
    resolving = (Vec){0};
    ck.iota = -1;
}

static bool check_package_clause(File **files, int nfiles, const char *path) {
    const char *name = files[0]->package ? files[0]->package : "main";
    ck.pkg->name = name;
    ck.pkg->path = path ? path : name;
    bool ok = true;
    for (int i = 1; i < nfiles; i++) {
        if (files[i]->package && strcmp(files[i]->package, name)) {
            errorf(files[i]->pkg_pos, "package %s; expected package %s", files[i]->package, name);
            ok = false;
        }
    }
    return ok;
}

// Checks one package into prog: an imported Go-source package (path set,
// packages.c calls this dependencies first) or the main package (path NULL).
Package *check_package(Program *prog, const char *path, File **files, int nfiles) {
    reset();
    universe();
    ck.prog = prog;
    ck.pkg = NEW(Package);
    ck.pkg_scope = scope_new(universe());
    ck.pkg->scope = ck.pkg_scope;
    type_local_pkg = ck.pkg;
    if (!path) {
        ck.prog->main_pkg = ck.pkg;
        for (int i = 0; i < nfiles; i++)
            vec_push(&ck.prog->files, files[i]);
    }
    if (nfiles == 0 || !check_package_clause(files, nfiles, path)) {
        flush_errors();
        return NULL;
    }
    for (int i = 0; i < nfiles; i++)
        collect_file(files[i]);
    check_attach_methods(&method_decls);
    for (int i = 0; i < pkg_objs.len; i++)
        resolve_obj(pkg_objs.data[i]);
    type_relayout();
    check_bodies();
    build_init_order();
    report_unused_imports();
    if (!strcmp(ck.pkg->name, "main") && !ck.prog->main_func)
        errorf(files[0]->pkg_pos, "function main is undeclared in the main package");
    bool failed = ck.errors.len > 0;
    flush_errors();
    return failed ? NULL : ck.pkg;
}

// The program: the Go-source packages main imports (packages.c), then main.
Program *check_program(File **files, int nfiles) {
    Program *prog = NEW(Program);
    if (!pkg_load_imports(prog, files, nfiles))
        return NULL;
    return check_package(prog, NULL, files, nfiles) ? prog : NULL;
}
