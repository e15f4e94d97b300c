// check_decl.c: declarations and type expressions.
//
// Type expressions resolve to canonical types (types.c).  A defined type's
// name is bound before its underlying type is checked, so `type Node struct {
// next *Node }` works; a reference to a type still being resolved with no
// indirection in between (pointer, slice, map, func) is an invalid recursive
// type:   type T struct{ t T }   ->  "invalid recursive type: T refers to itself".
//
// Const specs are checked with iota bound to the spec's index; an omitted value
// list repeats the previous one (the parser shares the expressions, which the
// checker re-checks for each spec).  Var specs take the declared type, or the
// default type of their initialiser; package-level ones become GlobalInits.
#include "check.h"

#include <string.h>

// ---------------------------------------------------------------- type expressions

static Type *type_error_at(Expr *e, const char *msg) {
    errorf(start_pos(e), "%s", msg);
    e->type = type_invalid;
    e->is_type = true;
    return type_invalid;
}

static Type *check_type_name(Expr *e, Obj *o) {
    if (!o)
        return type_error_at(e, arena_sprintf("undefined: %s", e->name));
    if (o->kind != OBJ_TYPE)
        return type_error_at(e, arena_sprintf("%s is not a type", e->name));
    DeclInfo *info = o->check_info;
    if (info && info->state == 1 && o->type && o->type->kind == TYPE_NAMED &&
        !o->type->underlying && info->ptr_depth == ck.ptr_depth) {
        report_type_cycle(o);
        type_set_underlying(o->type, type_invalid);
        return type_invalid;
    }
    resolve_obj(o);
    if (!o->type)
        return type_invalid;  // an alias in a cycle: already reported
    e->obj = o;
    return o->type;
}

static Type *check_array_type(Expr *e) {
    if (!e->len) {
        ck.ptr_depth++;
        Type *elem = check_type(e->elem);
        ck.ptr_depth--;
        return elem == type_invalid ? type_invalid : type_slice(elem);
    }
    if (e->len->kind == EXPR_ELLIPSIS)
        return type_error_at(e, "invalid use of [...] array (outside a composite literal)");
    if (e->len->kind == EXPR_IDENT) {  // types2 names a non-constant name without checking it
        Obj *o = scope_lookup(ck.scope, e->len->name);
        if (!o || o->kind != OBJ_CONST) {
            errorf(e->len->pos,
                   o ? "invalid array length %s" : "undefined array length %s or missing type constraint",
                   e->len->name);
            check_type(e->elem);
            return type_invalid;
        }
    }
    check_value(e->len);
    Type *elem = check_type(e->elem);
    if (is_invalid(e->len) || elem == type_invalid)
        return type_invalid;
    ConstVal n;
    if (!e->len->is_const) {
        errorf(start_pos(e->len), "array length %s must be constant", operand_string(e->len));
        return type_invalid;
    }
    if (!type_is_integer(e->len->type) && !const_to_int(&e->len->cval, &n)) {
        errorf(start_pos(e->len), "array length %s must be integer", operand_string(e->len));
        return type_invalid;
    }
    const_to_int(&e->len->cval, &n);
    if (n.i < 0 || n.i > ((__int128)1 << 40)) {
        errorf(start_pos(e->len), "invalid array length %s", expr_text(e->len));
        return type_invalid;
    }
    use_default(e->len);
    return type_array(elem, (int64_t)n.i);
}

// Reports name declared at pos when an earlier field of the struct has it
// (field_pos holds the earlier fields' positions, as Pos *).
static void field_redeclared(Vec *fields, Vec *field_pos, const char *name, Pos pos) {
    if (!strcmp(name, "_"))
        return;
    for (int k = 0; k < fields->len; k++)
        if (!strcmp(((TypeField *)fields->data[k])->name, name)) {
            errorf(pos, "%s redeclared\n\t%s: other declaration of %s", name,
                   diag_pos_string(*(Pos *)field_pos->data[k]), name);
            return;
        }
}

static void add_field_pos(Vec *field_pos, Pos pos) {
    Pos *p = NEW(Pos);
    *p = pos;
    vec_push(field_pos, p);
}

static Type *check_struct_type(Expr *e) {
    Vec fields = {0}, field_pos = {0};
    bool embedded = false;
    for (int i = 0; i < e->fields.len; i++) {
        Field *f = e->fields.data[i];
        Type *t = check_type(f->type);
        if (!f->names.len) {  // an embedded field, named after its type (spec: Struct types)
            const char *name = check_embedded_name(f->type);
            Type *bt = type_under(t) && type_under(t)->kind == TYPE_POINTER ? type_under(t)->elem : t;
            if (t == type_invalid || !name) {
                embedded = true;  // the struct is invalid: no follow-on errors on its uses
                continue;
            }
            if (t->kind == TYPE_POINTER && bt && type_under(bt) && type_under(bt)->kind == TYPE_INTERFACE) {
                errorf(f->pos, "embedded field type cannot be a pointer to an interface");
                embedded = true;
                continue;
            }
            field_redeclared(&fields, &field_pos, name, f->pos);
            add_field_pos(&field_pos, f->pos);
            TypeField *tf = NEW(TypeField);
            tf->name = name;
            tf->type = t;
            tf->tag = f->tag;
            tf->embedded = true;
            vec_push(&fields, tf);
            continue;
        }
        for (int j = 0; j < f->names.len; j++) {
            Expr *n = f->names.data[j];
            field_redeclared(&fields, &field_pos, n->name, n->pos);
            add_field_pos(&field_pos, n->pos);
            TypeField *tf = NEW(TypeField);
            tf->name = n->name;
            tf->type = t;
            tf->tag = f->tag;
            vec_push(&fields, tf);
        }
    }
    if (embedded)
        return type_invalid;
    TypeField *arr = arena_alloc(sizeof(TypeField) * (size_t)(fields.len + 1));
    for (int i = 0; i < fields.len; i++)
        arr[i] = *(TypeField *)fields.data[i];
    return type_struct(arr, fields.len);
}

// The explicit method f of an interface type named like an earlier one.
static Expr *duplicate_method(Expr *e, int i) {
    Expr *n = ((Field *)e->fields.data[i])->names.data[0];
    for (int j = 0; j < i; j++) {
        Field *g = e->fields.data[j];
        if (g->names.len && !strcmp(((Expr *)g->names.data[0])->name, n->name))
            return g->names.data[0];
    }
    return NULL;
}

// Explicit methods first, then the embedded interfaces' (types2's
// computeInterfaceTypeSet), so that a clash is reported at the embedding.
static Type *check_interface_type(Expr *e) {
    Vec methods = {0}, mpos = {0};  // mpos: where each method was declared or embedded (Pos *)
    for (int i = 0; i < e->fields.len; i++) {
        Field *f = e->fields.data[i];
        if (!f->names.len)
            continue;
        Method *m = NEW(Method);
        Expr *name = f->names.data[0], *other = duplicate_method(e, i);
        m->name = name->name;
        ck.ptr_depth++;
        m->sig = check_signature(f->type);
        ck.ptr_depth--;
        if (other) {
            errorf(name->pos, "duplicate method %s\n\t%s: other declaration of method %s", name->name,
                   diag_pos_string(other->pos), name->name);
            continue;
        }
        vec_push(&methods, m);
        vec_push(&mpos, &name->pos);
    }
    for (int i = 0; i < e->fields.len; i++) {
        Field *f = e->fields.data[i];
        if (!f->names.len)
            check_iface_embeds(f->type, &methods, &mpos);
    }
    Method *arr = arena_alloc(sizeof(Method) * (size_t)(methods.len + 1));
    for (int i = 0; i < methods.len; i++)
        arr[i] = *(Method *)methods.data[i];
    return type_interface(arr, methods.len);
}

static Type *check_type_inner(Expr *e) {
    switch (e->kind) {
    case EXPR_IDENT: return check_type_name(e, scope_lookup(ck.scope, e->name));
    case EXPR_PAREN: return check_type(e->x);
    case EXPR_SELECTOR: {
        Expr *x = strip_parens(e->x);
        Obj *p = x->kind == EXPR_IDENT ? scope_lookup(ck.scope, x->name) : NULL;
        if (p && p->kind == OBJ_PKG) {
            use_import(p);
            Obj *m = pkg_member(p, e->name, e->name_pos.line ? e->name_pos : e->pos);
            if (!m)
                return type_invalid;  // reported by pkg_member (or an unknown import)
            if (m->kind == OBJ_TYPE && m->type) {  // fmt.Stringer
                x->obj = p;
                e->obj = m;
                return m->type;
            }
            return type_error_at(e, arena_sprintf("%s.%s is not a type", x->name, e->name));
        }
        return type_error_at(e, arena_sprintf("%s is not a type", expr_text(e)));
    }
    case EXPR_STAR: {
        ck.ptr_depth++;
        Type *elem = check_type(e->x);
        ck.ptr_depth--;
        return elem == type_invalid ? type_invalid : type_pointer(elem);
    }
    case EXPR_ARRAY_TYPE: return check_array_type(e);
    case EXPR_STRUCT_TYPE: return check_struct_type(e);
    case EXPR_FUNC_TYPE: {
        ck.ptr_depth++;
        Type *t = check_signature(e);
        ck.ptr_depth--;
        return t;
    }
    case EXPR_INTERFACE_TYPE: return check_interface_type(e);
    case EXPR_MAP_TYPE: return check_map_type(e);
    case EXPR_CHAN_TYPE: return type_error_at(e, "channel types not supported");
    case EXPR_BAD: return type_invalid;
    default:
        check_raw(e);
        if (!is_invalid(e))
            errorf(start_pos(e), "%s is not a type", expr_text(e));
        return type_invalid;
    }
}

// spec: Types
Type *check_type(Expr *e) {
    if (!e)
        return type_invalid;
    Type *t = check_type_inner(e);
    e->type = t ? t : type_invalid;
    e->is_type = true;
    return e->type;
}

static void field_types(Vec *fields, Vec *out, bool *variadic, bool allow_dots) {
    for (int i = 0; i < fields->len; i++) {
        Field *f = fields->data[i];
        Type *t;
        if (f->type && f->type->kind == EXPR_ELLIPSIS) {
            Type *elem = check_type(f->type->elem);
            t = elem == type_invalid ? type_invalid : type_slice(elem);
            f->type->type = t;
            f->type->is_type = true;
            if (!allow_dots || i != fields->len - 1 || f->names.len > 1)
                errorf(f->type->pos, "can only use ... with final parameter in list");
            else
                *variadic = true;
        } else {
            t = check_type(f->type);
        }
        int n = f->names.len ? f->names.len : 1;
        for (int j = 0; j < n; j++)
            vec_push(out, t);
    }
}

// spec: Function types
Type *check_signature(Expr *ft) {
    Vec params = {0}, results = {0};
    bool variadic = false, dummy = false;
    field_types(&ft->params, &params, &variadic, true);
    field_types(&ft->results, &results, &dummy, false);
    Type *t = type_func((Type **)params.data, params.len, (Type **)results.data, results.len,
                        variadic);
    ft->type = t;
    ft->is_type = true;
    return t;
}

// Declares a function's parameters and results as locals of f.
void declare_params(Func *f, Expr *ft) {
    int k = f->decl && f->decl->recv ? 1 : 0;  // a method's sig starts with its receiver
    for (int i = 0; i < ft->params.len; i++) {
        Field *fl = ft->params.data[i];
        if (!fl->names.len) {
            Obj *o = obj_new(OBJ_VAR, "_", fl->pos, f->sig->params[k++]);
            o->is_param = true;
            o->func = f;
            o->index = f->locals.len;
            vec_push(&f->locals, o);
            vec_push(&f->params, o);
            continue;
        }
        for (int j = 0; j < fl->names.len; j++) {
            Obj *o = declare_local(fl->names.data[j], f->sig->params[k++]);
            o->is_param = true;
            o->used = true;
            vec_push(&f->params, o);
        }
    }
    k = 0;
    for (int i = 0; i < ft->results.len; i++) {
        Field *fl = ft->results.data[i];
        if (!fl->names.len) {
            Obj *o = obj_new(OBJ_VAR, arena_sprintf("~r%d", k), fl->pos, f->sig->results[k]);
            k++;
            o->is_result = true;
            o->func = f;
            o->index = f->locals.len;
            vec_push(&f->locals, o);
            vec_push(&f->results, o);
            continue;
        }
        f->named_results = true;
        for (int j = 0; j < fl->names.len; j++) {
            Obj *o = declare_local(fl->names.data[j], f->sig->results[k++]);
            o->is_result = true;
            o->used = true;
            vec_push(&f->results, o);
        }
    }
}

// ---------------------------------------------------------------- type declarations

// spec: Type declarations
void check_type_decl(Obj *obj, Spec *spec) {
    if (spec->is_alias) {
        obj->type = check_type(spec->type);
        return;
    }
    Type *u = check_type(spec->type);
    if (obj->type->underlying)
        return;  // already marked invalid by a cycle
    type_set_underlying(obj->type, u);
}

static void check_local_type(Spec *spec) {
    Expr *n = spec->names.data[0];
    Obj *o = obj_new(OBJ_TYPE, n->name, n->pos, NULL);
    o->pkg = ck.pkg;
    n->obj = o;
    if (spec->is_alias) {
        o->type = check_type(spec->type);
        declare_obj(ck.scope, o);
        return;
    }
    o->type = type_named(arena_sprintf("%s.%s", ck.pkg->name, n->name), o);
    declare_obj(ck.scope, o);
    type_set_underlying(o->type, check_type(spec->type));
}

// ---------------------------------------------------------------- constants

static void const_value(Obj *o, Expr *v, Type *t) {
    check_value(v);
    if (is_invalid(v)) {
        o->type = type_invalid;
        return;
    }
    if (!v->is_const) {
        errorf(start_pos(v), "%s is not constant", operand_string(v));
        o->type = type_invalid;
        return;
    }
    if (t) {
        if (t == type_invalid) {
            o->type = type_invalid;
            return;
        }
        Type *u = type_under(t);
        if (u->kind > TYPE_STRING || u->kind == TYPE_INVALID) {
            errorf(start_pos(v), "invalid constant type %s", type_str_local(t));
            o->type = type_invalid;
            return;
        }
        assign_conv_named(v, t, NULL, "constant declaration");
        if (is_invalid(v)) {
            o->type = type_invalid;
            return;
        }
    }
    o->type = v->type;
    o->cval = v->cval;
}

// spec: Constant declarations.  objs are the spec's objects, in name order.
void check_const_spec(Spec *spec, Vec *objs) {
    int64_t saved = ck.iota;
    ck.iota = spec->iota;
    Type *t = spec->type ? check_type(spec->type) : NULL;
    for (int i = 0; i < objs->len; i++) {
        Obj *o = objs->data[i];
        DeclInfo *info = o->check_info;
        if (i < spec->values.len) {
            const_value(o, spec->values.data[i], t);
            if (info)
                info->state = 2;
        } else {
            o->type = type_invalid;
            if (i == spec->values.len)
                errorf(o->pos, "missing init expr for %s", o->name);
        }
    }
    if (spec->values.len > objs->len && objs->len) {
        Expr *extra = spec->values.data[objs->len];
        Pos name = ((Expr *)spec->names.data[0])->pos, at = start_pos(extra);
        if (at.line < name.line || (at.line == name.line && at.col < name.col))  // inherited values
            errorf(name, "extra init expr at %s", pos_in_message(at));
        else
            errorf(at, "extra init expr %s", expr_text(extra));
    }
    ck.iota = saved;
}

// ---------------------------------------------------------------- variables

static void mismatch(Pos pos, int nvars, int nvals) {
    errorf(pos, "assignment mismatch: %d variable%s but %d value%s", nvars, nvars == 1 ? "" : "s",
           nvals, nvals == 1 ? "" : "s");
}

// var a, b, c = 1, 2: "missing init expr for c"; var a = 1, 2: "extra init expr 2".
static void init_count_error(Spec *spec) {
    int n = spec->names.len, nv = spec->values.len;
    if (nv < n)
        errorf(((Expr *)spec->names.data[nv])->pos, "missing init expr for %s",
               ((Expr *)spec->names.data[nv])->name);
    else
        errorf(start_pos(spec->values.data[n]), "extra init expr %s", expr_text(spec->values.data[n]));
}

// Checks the initialiser of one variable: converts to t, or infers the type.
// A multi-value call is "in single-value context" (types2's varDecl), even
// for one variable (where := says "assignment mismatch").
static Type *init_value(Expr **slot, Type *t, Expr *texpr) {
    check_value(*slot);
    if (is_invalid(*slot))
        return t ? t : type_invalid;
    if (t) {
        *slot = assign_conv_named(*slot, t, texpr, "variable declaration");
        return t;
    }
    if ((*slot)->type->kind == TYPE_UNTYPED_NIL) {
        errorf(start_pos(*slot), "use of untyped nil in variable declaration");
        (*slot)->type = type_invalid;
        return type_invalid;
    }
    use_default(*slot);
    return (*slot)->type;
}

// Reports "assignment mismatch: 2 variables but f returns 1 value".
void call_mismatch(Expr *call, int nvars, int nres) {
    Expr *fn = strip_parens(call->fn);
    errorf(start_pos(call), "assignment mismatch: %d variable%s but %s returns %d value%s", nvars,
           nvars == 1 ? "" : "s", expr_text(fn), nres, nres == 1 ? "" : "s");
}

// `var a, b = f()`: one multi-valued initialiser.  Returns the result types.
static Type **init_tuple(Expr *rhs, int nvars, Type *t) {
    check_multi(rhs);
    if (is_invalid(rhs))
        return NULL;
    Expr *r = strip_parens(rhs);
    if (nvars == 2 && comma_ok_map(rhs))
        return rhs->type->results;
    if (nvars == 2 && r->kind == EXPR_TYPE_ASSERT) {
        Type *pair[2] = {r->type, type_bool};
        rhs->type = r->type = type_tuple(pair, 2);
        return rhs->type->results;
    }
    int n = rhs->type && rhs->type->kind == TYPE_TUPLE ? rhs->type->nresults : 1;
    if (n != nvars) {
        if (r->kind == EXPR_CALL)
            call_mismatch(r, nvars, n);
        else
            mismatch(start_pos(rhs), nvars, 1);
        return NULL;
    }
    Type **ts = rhs->type->results;
    for (int i = 0; i < n && t; i++) {
        const char *reason = NULL;
        Expr tmp = {.kind = EXPR_BAD, .type = ts[i]};
        if (!assignable(&tmp, t, &reason))
            errorf(start_pos(rhs), "cannot use %s value as %s value in assignment",
                   type_str_local(ts[i]), type_str_local(t));
    }
    return ts;
}

static void new_global_init(Obj *o, Expr *rhs) {
    GlobalInit *gi = NEW(GlobalInit);
    vec_push(&gi->lhs, strcmp(o->name, "_") ? o : NULL);
    gi->rhs = rhs;
    ((DeclInfo *)o->check_info)->init = gi;
}

// spec: Variable declarations (package level).  Resolves every name of obj's spec.
void check_global_var(Obj *obj) {
    Spec *spec = ((DeclInfo *)obj->check_info)->spec;
    Type *t = spec->type ? check_type(spec->type) : NULL;
    int n = spec->names.len;
    Obj **objs = arena_alloc(sizeof(Obj *) * (size_t)n);
    for (int i = 0; i < n; i++) {
        objs[i] = ((Expr *)spec->names.data[i])->obj;
        ((DeclInfo *)objs[i]->check_info)->state = 2;
        objs[i]->type = t;
    }
    if (spec->values.len == 0) {
        for (int i = 0; i < n; i++)
            objs[i]->type = t ? t : type_invalid;
        return;
    }
    if (spec->values.len == n) {
        for (int i = 0; i < n; i++) {
            ck.cur_decl = objs[i]->check_info;
            Expr **slot = (Expr **)&spec->values.data[i];
            objs[i]->type = init_value(slot, t, spec->type);
            new_global_init(objs[i], *slot);
        }
        return;
    }
    ck.cur_decl = objs[0]->check_info;
    if (spec->values.len != 1) {
        init_count_error(spec);
        for (int i = 0; i < n; i++)
            objs[i]->type = t ? t : type_invalid;
        return;
    }
    Expr *rhs = spec->values.data[0];
    Type **ts = init_tuple(rhs, n, t);
    GlobalInit *gi = NEW(GlobalInit);
    gi->rhs = rhs;
    for (int i = 0; i < n; i++) {
        objs[i]->type = t ? t : ts ? type_default(ts[i]) : type_invalid;
        vec_push(&gi->lhs, strcmp(objs[i]->name, "_") ? objs[i] : NULL);
        ((DeclInfo *)objs[i]->check_info)->init = gi;
    }
}

// A local `var` spec: values are checked before the names come into scope.
static void check_local_var(Spec *spec) {
    Type *t = spec->type ? check_type(spec->type) : NULL;
    int n = spec->names.len;
    Type **types = arena_alloc(sizeof(Type *) * (size_t)n);
    for (int i = 0; i < n; i++)
        types[i] = t ? t : type_invalid;
    if (spec->values.len == n) {
        for (int i = 0; i < n; i++)
            types[i] = init_value((Expr **)&spec->values.data[i], t, spec->type);
    } else if (spec->values.len == 1) {
        Type **ts = init_tuple(spec->values.data[0], n, t);
        for (int i = 0; i < n && ts && !t; i++)
            types[i] = type_default(ts[i]);
    } else if (spec->values.len) {
        init_count_error(spec);
        for (int i = 0; i < spec->values.len; i++)
            check_raw(spec->values.data[i]);
    }
    for (int i = 0; i < n; i++)  // reported unused even when its declaration failed (types2)
        declare_local(spec->names.data[i], types[i]);
}

// spec: Declarations inside functions.
void check_local_decl(Decl *d) {
    for (int i = 0; i < d->specs.len; i++) {
        Spec *s = d->specs.data[i];
        if (d->kind == DECL_VAR) {
            check_local_var(s);
        } else if (d->kind == DECL_TYPE) {
            check_local_type(s);
        } else if (d->kind == DECL_CONST) {
            Vec objs = {0};
            for (int j = 0; j < s->names.len; j++) {
                Expr *n = s->names.data[j];
                Obj *o = obj_new(OBJ_CONST, n->name, n->pos, NULL);
                n->obj = o;
                vec_push(&objs, o);
            }
            check_const_spec(s, &objs);
            for (int j = 0; j < objs.len; j++)
                declare_obj(ck.scope, objs.data[j]);
        }
    }
}

// ---------------------------------------------------------------- function bodies

// A method's receiver: the first parameter of its function (invariant 13).
static void declare_receiver(Func *f, Field *recv) {
    Type *t = f->sig->params[0];
    if (!recv->names.len || !strcmp(((Expr *)recv->names.data[0])->name, "_")) {
        Obj *o = obj_new(OBJ_VAR, "_", recv->pos, t);
        o->is_param = true;
        o->func = f;
        o->index = f->locals.len;
        vec_push(&f->locals, o);
        vec_push(&f->params, o);
        return;
    }
    Obj *o = declare_local(recv->names.data[0], t);
    o->is_param = true;
    o->used = true;
    vec_push(&f->params, o);
}

static void report_unused(Func *f) {
    if (ck.skipped_code)
        return;
    for (int i = 0; i < f->locals.len; i++) {
        Obj *o = f->locals.data[i];
        if (!o->used && !o->is_param && !o->is_result && strcmp(o->name, "_"))
            errorf(o->pos, "declared and not used: %s", o->name);
    }
}

// spec: Function declarations.  Checks f's body; top-level functions then
// decide how their closures capture.
void check_func_body(Func *f, Block *body) {
    Func *saved_fn = ck.fn;
    Scope *saved_scope = ck.scope;
    Vec saved_targets = ck.targets, saved_labels = ck.labels;
    int saved_depth = ck.loop_depth;
    bool saved_skipped = ck.skipped_code;
    ck.skipped_code = false;
    ck.fn = f;
    f->body = body;
    ck.loop_depth = 0;
    ck.targets = (Vec){0};
    ck.labels = (Vec){0};
    open_scope()->is_func = true;
    if (f->decl && f->decl->recv)
        declare_receiver(f, f->decl->recv);
    declare_params(f, f->lit ? f->lit->type_expr : f->decl->type);
    collect_labels(body);
    check_stmts(&body->stmts);
    check_unused_labels();
    check_gotos(body);
    if (f->sig->nresults && !is_terminating_list(&body->stmts))
        errorf(body->end, "missing return");
    report_unused(f);
    ck.scope = saved_scope;
    ck.fn = saved_fn;
    ck.targets = saved_targets;
    ck.labels = saved_labels;
    ck.loop_depth = saved_depth;
    ck.skipped_code = saved_skipped || ck.skipped_code;
    if (!f->outer)
        finalize_captures(f);
}
