// check_method.c: methods, embedding and selector lookup (spec: Method
// declarations, Selectors, Method sets, Method values, Method expressions).
//
// Methods are collected with the package's other functions (check.c) and
// attached to their receiver's defined type once every type name is known
// (check_attach_methods).  A method's OBJ_FUNC has the *full* signature, the
// receiver first: func (p *T) Set(v int) is the function main.(*T).Set of
// type func(*T, int).  Calls of concrete methods therefore become ordinary
// direct calls with the receiver as first argument (frontend.h, invariant 13):
//
//     t.Set(1)      with t a T variable    ->  main.(*T).Set(&t, 1)
//     p.Get()       with Get on T, p *T    ->  main.T.Get(*p)
//     s.Get()       with s struct{ *T }    ->  main.T.Get(*(s.T))
//
// Selector lookup follows go/types' lookupFieldOrMethod: a breadth-first
// search by embedding depth; the shallowest match wins, two matches at one
// depth are ambiguous.  The path of embedded fields found is spelled out as
// explicit selectors, so later passes never search.
//
// A method with a pointer receiver is in the method set of a value type T
// only when the path to it crosses an embedded pointer (then the receiver
// is addressable whatever T's value is): Selection.indirect.
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "check.h"

// ---------------------------------------------------------------- attaching methods

// The receiver's base type name: T in T, *T, (T), (*T).
static Expr *recv_base(Expr *t, bool *ptr) {
    *ptr = false;
    while (t && (t->kind == EXPR_PAREN || t->kind == EXPR_STAR)) {
        if (t->kind == EXPR_STAR)
            *ptr = true;
        t = t->x;
    }
    return t;
}

// A position cited inside a message, as gc prints it: "./t.go:3:10".
static const char *cited_pos(Pos pos) {
    const char *s = diag_pos_string(pos);
    if (s[0] == '/' || s[0] == '.')
        return s;
    return arena_sprintf("./%s", s);
}

// The position of field name in the struct type declaring named type t.
static Pos field_pos(Type *t, const char *name) {
    DeclInfo *info = t->obj ? t->obj->check_info : NULL;
    Expr *st = info && info->spec ? info->spec->type : NULL;
    for (int i = 0; st && st->kind == EXPR_STRUCT_TYPE && i < st->fields.len; i++) {
        Field *f = st->fields.data[i];
        for (int j = 0; j < f->names.len; j++) {
            Expr *n = f->names.data[j];
            if (!strcmp(n->name, name))
                return n->pos;
        }
    }
    return (Pos){-1, 0, 0};
}

// Adds m to named type t's methods, reporting duplicates and clashes.
static void add_method(Type *t, Method *m, Pos pos) {
    for (int i = 0; i < t->nmethods; i++) {
        if (!strcmp(t->methods[i].name, m->name)) {
            errorf(pos, "method %s.%s already declared at %s", t->obj->name, m->name,
                   cited_pos(t->methods[i].func->pos));
            return;
        }
    }
    Method *arr = arena_alloc(sizeof(Method) * (size_t)(t->nmethods + 1));
    if (t->nmethods)
        memcpy(arr, t->methods, sizeof(Method) * (size_t)t->nmethods);
    arr[t->nmethods] = *m;
    t->methods = arr;
    t->nmethods++;
}

// Attaches every method declaration to its receiver's defined type and gives
// the method gc's link name.  Receivers that name no local defined type are
// reported when the method's signature is resolved (check_method_sig).
void check_attach_methods(Vec *decls) {
    for (int i = 0; i < decls->len; i++) {
        Decl *d = decls->data[i];
        bool ptr;
        Expr *base = recv_base(d->recv->type, &ptr);
        if (!base || base->kind != EXPR_IDENT)
            continue;
        Obj *to = scope_lookup_local(ck.pkg_scope, base->name);
        if (!to || to->kind != OBJ_TYPE || !to->type || to->type->kind != TYPE_NAMED)
            continue;
        Obj *fo = d->name->obj;
        const char *name = ptr ? arena_sprintf("%s.(*%s).%s", ck.pkg->name, base->name, d->name->name)
                               : arena_sprintf("%s.%s.%s", ck.pkg->name, base->name, d->name->name);
        fo->link_name = name;
        if (fo->func)
            fo->func->name = name;
        if (!strcmp(d->name->name, "_"))
            continue;
        Method m = {.name = d->name->name, .func = fo, .ptr_recv = ptr};
        add_method(to->type, &m, d->name->pos);
    }
}

// The full signature of method obj (receiver first) from its declared sig;
// also records the signature without receiver in the type's Method entry.
Type *check_method_sig(Obj *obj, Type *sig) {
    Decl *d = obj->decl;
    ck.ptr_depth++;
    Type *rt = check_type(d->recv->type);
    ck.ptr_depth--;
    bool ptr;
    Expr *base = recv_base(d->recv->type, &ptr);
    Type *bt = ptr && rt->kind == TYPE_POINTER ? rt->elem : rt;
    if (rt != type_invalid && bt != type_invalid) {
        if (bt->kind != TYPE_NAMED || !bt->obj || bt->obj->pkg != ck.pkg) {
            errorf(start_pos(base), "cannot define new methods on non-local type %s", type_str_local(bt));
        } else if (type_under(bt)->kind == TYPE_POINTER || type_under(bt)->kind == TYPE_INTERFACE) {
            errorf(start_pos(base), "invalid receiver type %s (pointer or interface type)", type_str_local(bt));
        } else {
            for (int i = 0; i < bt->nmethods; i++)
                if (bt->methods[i].func == obj)
                    bt->methods[i].sig = sig;
            Type *u = type_under(bt);
            for (int i = 0; u->kind == TYPE_STRUCT && i < u->nfields; i++)
                if (!strcmp(u->fields[i].name, obj->name)) {
                    Pos fp = field_pos(bt, obj->name);
                    if (fp.line)
                        errorf(obj->pos, "field and method with the same name %s\n\t%s: other declaration of %s",
                               obj->name, diag_pos_string(fp), obj->name);
                    else
                        errorf(obj->pos, "field and method with the same name %s", obj->name);
                }
        }
    }
    Type **ps = arena_alloc(sizeof(Type *) * (size_t)(sig->nparams + 1));
    ps[0] = rt;
    for (int i = 0; i < sig->nparams; i++)
        ps[i + 1] = sig->params[i];
    return type_func(ps, sig->nparams + 1, sig->results, sig->nresults, sig->variadic);
}

// The declared method name of named type t, with its signature resolved.
// Lookups compare names exactly, or ignoring case while check_lookup_fold
// looks for a hint.
static bool lookup_fold;

static bool same_name(const char *a, const char *b) {
    return lookup_fold ? !strcasecmp(a, b) : !strcmp(a, b);
}

Method *check_find_method(Type *t, const char *name) {
    if (!t || t->kind != TYPE_NAMED)
        return NULL;
    for (int i = 0; i < t->nmethods; i++) {
        Method *m = &t->methods[i];
        if (!same_name(m->name, name))
            continue;
        if (m->func && !m->sig)
            resolve_obj(m->func);
        return m->sig ? m : NULL;
    }
    return NULL;
}

// ---------------------------------------------------------------- lookup

typedef struct Entry {
    Type *t;          // the type searched (never a pointer)
    int path[SEL_MAX_PATH];
    int npath;
    bool indirect;
} Entry;

static bool in_list(Vec *seen, Type *t) {
    for (int i = 0; i < seen->len; i++)
        if (seen->data[i] == t)
            return true;
    return false;
}

// Marks named type t seen; true when it already was.
static bool seen_named(Vec *seen, Type *t) {
    if (t->kind != TYPE_NAMED)
        return false;
    if (in_list(seen, t))
        return true;
    vec_push(seen, t);
    return false;
}

static void record(Selection *best, int *nfound, Entry *en, SelKind kind, int index, Method *m) {
    if ((*nfound)++)
        return;
    best->kind = kind;
    memcpy(best->path, en->path, sizeof en->path);
    best->npath = en->npath;
    best->indirect = en->indirect;
    best->index = index;
    best->method = m;
    best->holder = en->t;
}

// Searches the members of one type, queueing its embedded fields in next.
static void search_entry(Entry *en, const char *name, Selection *best, int *nfound, Vec *next) {
    Type *t = en->t;
    Method *m = check_find_method(t, name);
    if (m)
        record(best, nfound, en, SEL_METHOD, 0, m);
    Type *u = type_under(t);
    if (!u)
        return;  // a type still being declared
    if (u->kind == TYPE_INTERFACE) {
        for (int i = 0; i < u->nmethods; i++)
            if (same_name(u->methods[i].name, name))
                record(best, nfound, en, SEL_IFACE, i, &u->methods[i]);
        return;
    }
    if (u->kind != TYPE_STRUCT)
        return;
    for (int i = 0; i < u->nfields; i++) {
        TypeField *f = &u->fields[i];
        if (same_name(f->name, name))
            record(best, nfound, en, SEL_FIELD, i, NULL);
        if (!f->embedded || en->npath >= SEL_MAX_PATH)
            continue;
        Entry *ne = NEW(Entry);
        *ne = *en;
        ne->path[ne->npath++] = i;
        ne->t = f->type;
        if (type_under(f->type)->kind == TYPE_POINTER) {
            ne->t = type_under(f->type)->elem;
            ne->indirect = true;
        }
        vec_push(next, ne);
    }
}

// spec: Selectors.  The member name of t (or of *t's base) at the shallowest
// depth.  A pointer is dereferenced once; a defined pointer type has no methods.
Selection check_lookup(Type *t, const char *name) {
    Selection best = {0};
    if (!t || !name || !strcmp(name, "_"))
        return best;
    Type *u = type_under(t);
    if (!u)
        return best;  // a type still being declared
    bool named_ptr = t->kind == TYPE_NAMED && u->kind == TYPE_POINTER;
    if (u->kind == TYPE_POINTER)
        t = u->elem;
    if (!t || !type_under(t))
        return best;
    Vec cur = {0}, seen = {0};
    Entry *first = NEW(Entry);
    first->t = t;
    vec_push(&cur, first);
    while (cur.len) {
        Vec next = {0};
        int nfound = 0;
        // A type met at a shallower depth is not searched again; one met
        // twice at this depth is, so that its members come out ambiguous.
        for (int i = 0; i < cur.len; i++) {
            Entry *en = cur.data[i];
            if (en->t->kind == TYPE_NAMED && in_list(&seen, en->t))
                continue;
            search_entry(en, name, &best, &nfound, &next);
        }
        for (int i = 0; i < cur.len; i++)
            seen_named(&seen, ((Entry *)cur.data[i])->t);
        if (nfound > 1) {
            best.kind = SEL_AMBIGUOUS;
            return best;
        }
        if (nfound == 1) {
            if (named_ptr && best.kind != SEL_FIELD)
                best.kind = SEL_NONE;
            return best;
        }
        cur = next;
    }
    return best;
}

// The member of t named like name but for case, for types2's hint "type T has
// no field or method x, but does have field X": its name, *what ("field" or
// "method") and the package declaring it; NULL when there is none.
const char *check_lookup_fold(Type *t, const char *name, const char **what, Package **pkg) {
    lookup_fold = true;
    Selection sel = check_lookup(t, name);
    lookup_fold = false;
    if (sel.kind != SEL_FIELD && sel.kind != SEL_METHOD && sel.kind != SEL_IFACE)
        return NULL;
    *what = sel.kind == SEL_FIELD ? "field" : "method";
    *pkg = sel.holder->kind == TYPE_NAMED && sel.holder->obj ? sel.holder->obj->pkg : ck.pkg;
    return sel.kind == SEL_FIELD ? type_under(sel.holder)->fields[sel.index].name : sel.method->name;
}

static bool is_exported(const char *name) { return name[0] >= 'A' && name[0] <= 'Z'; }

// types2's lookupError: ", but does have field X" when a member differs from
// name only in case (in another package, only where export allows).
const char *lookup_hint(Type *t, const char *name) {
    const char *what;
    Package *pkg;
    const char *alt = check_lookup_fold(t, name, &what, &pkg);
    if (!alt)
        return "";
    bool same_tail = !strcmp(alt + 1, name + 1);
    if (pkg == ck.pkg || (is_exported(name) ? is_exported(alt) : is_exported(alt) && same_tail))
        return arena_sprintf(", but does have %s %s", what, alt);
    if (is_exported(name) && same_tail)
        return arena_sprintf(", but does have unexported %s %s", what, alt);
    return "";
}

// Is m (found through sel) in the method set of values of type t?  (Every
// method is in the method set of *T.)
bool check_in_value_set(Type *t, Selection *sel) {
    if (sel->kind != SEL_METHOD || !sel->method->ptr_recv)
        return true;
    return (type_under(t) && type_under(t)->kind == TYPE_POINTER) || sel->indirect;
}

// ---------------------------------------------------------------- rewriting selectors

// x.f for field i of x's struct (or of the struct x points to).
static Expr *field_sel(Expr *x, int i, Pos pos) {
    Type *u = type_under(x->type);
    bool deref = u->kind == TYPE_POINTER;
    if (deref)
        u = type_under(u->elem);
    Expr *s = new_expr(EXPR_SELECTOR, pos, u->fields[i].type);
    s->x = x;
    s->name = u->fields[i].name;
    s->name_pos = pos;
    s->field_index = i;
    s->implicit_deref = deref;
    s->addressable = deref || x->addressable;
    return s;
}

// The receiver x adjusted to the method's receiver: &x or *x where needed.
static Expr *adjust_recv(Expr *e, Expr *x, Method *m) {
    bool is_ptr = type_under(x->type)->kind == TYPE_POINTER;
    if (m->ptr_recv && !is_ptr) {
        if (!x->addressable) {
            errorf(e->name_pos.line ? e->name_pos : e->pos, "cannot call pointer method %s on %s", m->name,
                   type_str_local(x->type));
            return NULL;
        }
        Expr *a = new_expr(EXPR_UNARY, x->pos, type_pointer(x->type));
        a->op = TOK_AND;
        a->x = x;
        a->implicit_deref = true;  // printed as x in messages and -m, as gc does
        mark_addr_taken(x);
        return a;
    }
    if (!m->ptr_recv && is_ptr) {
        Expr *s = new_expr(EXPR_STAR, x->pos, type_under(x->type)->elem);
        s->x = x;
        s->addressable = true;
        s->implicit_deref = true;  // printed as x, as the source spells it
        return s;
    }
    return x;
}

// The closure a method value allocates: { code, receiver }.
static void method_value_site(Expr *e) {
    TypeField fs[2] = {{.name = "F", .type = type_uintptr}, {.name = "R", .type = e->x->type}};
    Site *s = site_new(SITE_CLOSURE, e->pos, NULL, e);
    s->type = type_struct(fs, 2);
    s->size = s->type->size;
}

// x.name on a value x (not a package or a type): fields and methods, promoted
// ones included.  Returns false when x has no such member (nothing reported).
bool check_member_selector(Expr *e, bool called) {
    Selection sel = check_lookup(e->x->type, e->name);
    if (sel.kind == SEL_NONE)
        return false;
    if (sel.kind == SEL_AMBIGUOUS) {
        errorf(e->name_pos.line ? e->name_pos : e->pos, "ambiguous selector %s.%s", expr_text(e->x), e->name);
        e->type = type_invalid;
        return true;
    }
    if (sel.kind == SEL_IFACE && sel.npath == 0 && type_under(e->x->type)->kind == TYPE_POINTER) {
        errorf(e->name_pos.line ? e->name_pos : e->pos,
               "%s.%s undefined (type %s is pointer to interface, not interface)", expr_text(e->x), e->name,
               type_str_local(e->x->type));
        e->type = type_invalid;
        return true;
    }
    Expr *cur = e->x;
    for (int i = 0; i < sel.npath; i++) {
        cur = field_sel(cur, sel.path[i], e->pos);
        cur->promoted = true;
    }
    if (sel.kind == SEL_FIELD) {
        Expr *f = field_sel(cur, sel.index, e->pos);
        e->x = cur;
        e->field_index = f->field_index;
        e->implicit_deref = f->implicit_deref;
        e->type = f->type;
        e->addressable = f->addressable;
        return true;
    }
    e->is_method = true;
    e->type = sel.method->sig;
    if (sel.kind == SEL_IFACE) {
        e->x = cur;
        e->field_index = sel.index;
    } else {
        Expr *r = adjust_recv(e, cur, sel.method);
        if (!r) {
            e->type = type_invalid;
            return true;
        }
        e->x = r;
        e->method = sel.method->func;
    }
    if (!called)
        method_value_site(e);
    return true;
}

// spec: Method expressions.  T.M with T the method's own receiver type is
// the method's function itself; other forms need wrappers gosub lacks yet.
void check_method_expr(Expr *e) {
    Type *t = e->x->type;
    Selection sel = check_lookup(t, e->name);
    if (sel.kind == SEL_METHOD && sel.npath == 0) {
        Method *m = sel.method;
        bool is_ptr = type_under(t)->kind == TYPE_POINTER;
        if (m->ptr_recv && !is_ptr) {
            errorf(e->name_pos.line ? e->name_pos : e->pos,
                   "invalid method expression %s.%s (needs pointer receiver (*%s).%s)",
                   expr_text(e->x), e->name, expr_text(e->x), e->name);
            e->type = type_invalid;
            return;
        }
        if (m->ptr_recv == is_ptr) {
            e->obj = m->func;
            e->type = m->func->type;
            return;
        }
    }
    if (sel.kind == SEL_NONE || sel.kind == SEL_FIELD || sel.kind == SEL_AMBIGUOUS) {
        // types2: nothing of that name is a lookup error; a field is not a method
        const char *why = sel.kind == SEL_NONE ? arena_sprintf("field or method %s%s", e->name, lookup_hint(t, e->name))
                                               : arena_sprintf("method %s", e->name);
        errorf(e->name_pos.line ? e->name_pos : e->pos, "%s.%s undefined (type %s has no %s)", expr_text(e->x),
               e->name, type_str_local(t), why);
        e->type = type_invalid;
        return;
    }
    if (!check_in_value_set(t, &sel)) {
        errorf(e->name_pos.line ? e->name_pos : e->pos,
               "invalid method expression %s.%s (needs pointer receiver (*%s).%s)",
               expr_text(e->x), e->name, expr_text(e->x), e->name);
        e->type = type_invalid;
        return;
    }
    // Any other form: a wrapper func(t, params...) that codegen synthesizes
    // from t's method set (is_method with x a type expression).
    Type *sig = sel.method->sig;
    Type **ps = arena_alloc(sizeof(Type *) * (size_t)(sig->nparams + 1));
    ps[0] = t;
    for (int i = 0; i < sig->nparams; i++)
        ps[i + 1] = sig->params[i];
    e->is_method = true;
    e->method = sel.kind == SEL_METHOD ? sel.method->func : NULL;
    e->type = type_func(ps, sig->nparams + 1, sig->results, sig->nresults, sig->variadic);
}

// ---------------------------------------------------------------- implements

const char *implements_reason;  // why the last failing implements() failed, or NULL

static const char *sig_text(const char *name, Type *sig) {
    const char *s = type_str_local(sig);  // "func(int) string"
    return arena_sprintf("%s%s", name, s + 4);
}

// spec: Implementing an interface.  t implements iface when t's method set
// holds every method of iface with an identical signature.
bool check_implements(Type *t, Type *iface, const char **missing) {
    Type *iu = type_under(iface);
    implements_reason = NULL;
    if (!iu->nmethods)
        return true;
    Type *tu = type_under(t);
    for (int i = 0; i < iu->nmethods; i++) {
        Method *want = &iu->methods[i];
        *missing = want->name;
        if (tu->kind == TYPE_INTERFACE) {
            bool found = false;
            for (int j = 0; j < tu->nmethods && !found; j++)
                found = !strcmp(tu->methods[j].name, want->name) && tu->methods[j].sig == want->sig;
            if (!found)
                return false;
            continue;
        }
        Selection sel = check_lookup(t, want->name);
        if (sel.kind != SEL_METHOD && sel.kind != SEL_IFACE)
            return false;
        if (sel.method->sig != want->sig) {
            implements_reason = arena_sprintf("(wrong type for method %s)\n\t\thave %s\n\t\twant %s", want->name,
                                              sig_text(want->name, sel.method->sig),
                                              sig_text(want->name, want->sig));
            return false;
        }
        if (!check_in_value_set(t, &sel)) {
            implements_reason = arena_sprintf("(method %s has pointer receiver)", want->name);
            return false;
        }
    }
    return true;
}

// ---------------------------------------------------------------- method sets

// Every method name reachable from t through embedding (declared methods,
// interface methods), possibly with duplicates.
static void collect_names(Type *t, Vec *names, Vec *seen, int depth) {
    if (!t || depth > SEL_MAX_PATH)
        return;
    if (type_under(t) && type_under(t)->kind == TYPE_POINTER)
        t = type_under(t)->elem;
    if (!t || seen_named(seen, t))
        return;
    if (t->kind == TYPE_NAMED)
        for (int i = 0; i < t->nmethods; i++)
            vec_push(names, (void *)t->methods[i].name);
    Type *u = type_under(t);
    if (!u)
        return;
    if (u->kind == TYPE_INTERFACE)
        for (int i = 0; i < u->nmethods; i++)
            vec_push(names, (void *)u->methods[i].name);
    if (u->kind == TYPE_STRUCT)
        for (int i = 0; i < u->nfields; i++)
            if (u->fields[i].embedded)
                collect_names(u->fields[i].type, names, seen, depth + 1);
}

static int entry_cmp(const void *a, const void *b) {
    return strcmp(((const MethodSetEntry *)a)->name, ((const MethodSetEntry *)b)->name);
}

int type_method_set(Type *t, MethodSetEntry **out) {
    Type *u = type_under(t);
    *out = NULL;
    if (!u)
        return 0;
    if (u->kind == TYPE_INTERFACE) {
        MethodSetEntry *es = arena_alloc(sizeof(MethodSetEntry) * (size_t)(u->nmethods + 1));
        for (int i = 0; i < u->nmethods; i++)
            es[i] = (MethodSetEntry){.name = u->methods[i].name, .sig = u->methods[i].sig, .holder = t, .index = i};
        *out = es;
        return u->nmethods;
    }
    if (u->kind == TYPE_POINTER && t->kind == TYPE_NAMED)
        return 0;  // a defined pointer type has no methods
    Vec names = {0}, seen = {0};
    collect_names(t, &names, &seen, 0);
    MethodSetEntry *es = arena_alloc(sizeof(MethodSetEntry) * (size_t)(names.len + 1));
    int n = 0;
    for (int i = 0; i < names.len; i++) {
        const char *name = names.data[i];
        bool dup = false;
        for (int j = 0; j < n && !dup; j++)
            dup = !strcmp(es[j].name, name);
        if (dup)
            continue;
        Selection sel = check_lookup(t, name);
        if ((sel.kind != SEL_METHOD && sel.kind != SEL_IFACE) || !check_in_value_set(t, &sel))
            continue;
        MethodSetEntry *e = &es[n++];
        e->name = name;
        e->sig = sel.method->sig;
        e->func = sel.kind == SEL_METHOD ? sel.method->func : NULL;
        e->ptr_recv = sel.kind == SEL_METHOD && sel.method->ptr_recv;
        memcpy(e->path, sel.path, sizeof e->path);
        e->npath = sel.npath;
        e->holder = sel.holder;
        e->index = sel.index;
    }
    if (n > 1)  // qsort(NULL, 0, ...) is undefined
        qsort(es, (size_t)n, sizeof *es, entry_cmp);
    *out = es;
    return n;
}
