// check_call.c: calls, conversions and builtins (spec: Calls, Conversions,
// Built-in functions).
//
// A call is classified (CallKind) and its arguments are matched to the
// signature one to one (invariant 4): the extra arguments of a variadic call
// become one EXPR_COMPOSITE of the slice type carrying a SITE_VARIADIC site
// ("... argument"), each element converted (boxed for ...any):
//     fmt.Println(a, 1)  ->  fmt.Println([]any{any(a), any(1)})
// T(x) is rewritten in place into EXPR_CONVERT, with a site when it allocates.
#include "check.h"

#include <string.h>

// ---------------------------------------------------------------- argument lists

// "(number, string)": types2's summary of argument types for messages.
static const char *have_list(Vec *args, bool dots) {
    const char *s = "(";
    for (int i = 0; i < args->len; i++) {
        Expr *a = args->data[i];
        const char *t;
        if (!a->type)
            t = "invalid type";
        else if (type_is_untyped(a->type))
            t = type_is_numeric(a->type) ? "number"
                : a->type->kind == TYPE_UNTYPED_NIL ? "nil"
                : type_is_string(a->type) ? "string" : "bool";
        else
            t = type_str_local(a->type);
        s = arena_sprintf("%s%s%s%s", s, i ? ", " : "", t, dots && i == args->len - 1 ? "..." : "");
    }
    return arena_sprintf("%s)", s);
}

static const char *want_list(Type *sig) {
    const char *s = type_str_local(type_func(sig->params, sig->nparams, NULL, 0, sig->variadic));
    return s + 4;  // drop "func"
}

static bool args_ok(Vec *args) {
    for (int i = 0; i < args->len; i++)
        if (is_invalid(args->data[i]))
            return false;
    return true;
}

static void count_error(Expr *e, Type *sig, const char *fname, bool few) {
    Pos pos = start_pos(e);
    if (few && e->args.len)
        pos = start_pos(e->args.data[e->args.len - 1]);
    else if (!few)
        pos = start_pos(e->args.data[sig->nparams]);
    errorf(pos, "%s arguments in call to %s\n\thave %s\n\twant %s", few ? "not enough" : "too many",
           fname, have_list(&e->args, e->has_dots), want_list(sig));
}

// Packs args[from..] into one []T{...} with a SITE_VARIADIC site.
static Expr *pack_variadic(Expr *call, int from, Type *slice, const char *ctx) {
    // ...T with an undefined T: the parameter is invalid, not a slice, and the
    // error is reported already (found by tests/fuzz; tests/fuzz/regress).
    if (slice->kind != TYPE_SLICE)
        return new_expr(EXPR_ZERO, call->pos, slice);
    if (from >= call->args.len) {
        Expr *z = new_expr(EXPR_ZERO, call->pos, slice);
        return z;
    }
    Expr *lit = new_expr(EXPR_COMPOSITE, start_pos(call->args.data[from]), slice);
    for (int i = from; i < call->args.len; i++) {
        Expr *a = assign_conv(call->args.data[i], slice->elem, ctx);
        Expr *kv = new_expr(EXPR_KEY_VALUE, a->pos, slice->elem);
        kv->key = new_expr(EXPR_INT_LIT, a->pos, type_int);
        kv->key->is_const = true;
        kv->key->cval = const_int(i - from);
        kv->key->lit = arena_sprintf("%d", i - from);
        kv->value = a;
        vec_push(&lit->elts, kv);
    }
    Site *s = site_new(SITE_VARIADIC, call->pos, slice->elem, lit);
    s->count = call->args.len - from;
    s->size = s->count * slice->elem->size;
    s->text = "... argument";
    return lit;
}

static void set_result_type(Expr *e, Type *sig) {
    if (sig->nresults == 0)
        e->type = NULL;
    else if (sig->nresults == 1)
        e->type = sig->results[0];
    else
        e->type = type_tuple(sig->results, sig->nresults);
}

// f(g()) with g's results exactly f's parameters (not variadic).
static bool tuple_matches(Type *t, Type *sig) {
    if (sig->variadic || t->nresults != sig->nparams)
        return false;
    for (int i = 0; i < t->nresults; i++)
        if (t->results[i] != sig->params[i])
            return false;
    return true;
}

// f(g()) where g returns several values: the arguments become EXPR_RESULTs
// of the one call, matched to the parameters like separate arguments.
static void spread_tuple_arg(Expr *e) {
    Expr *a = e->args.data[0];
    Type *t = a->type;
    e->args = (Vec){0};
    for (int i = 0; i < t->nresults; i++) {
        Expr *r = new_expr(EXPR_RESULT, a->pos, t->results[i]);
        r->x = a;
        r->field_index = i;
        vec_push(&e->args, r);
    }
}

// spec: Calls (argument passing, including ... parameters).
static void check_args(Expr *e, Type *sig, const char *fname) {
    for (int i = 0; i < e->args.len; i++)
        e->args.len == 1 ? check_multi(e->args.data[i]) : check_value(e->args.data[i]);
    set_result_type(e, sig);
    if (!args_ok(&e->args))
        return;
    const char *ctx = arena_sprintf("argument to %s", fname);
    int n = e->args.len, np = sig->nparams;
    if (n == 1 && ((Expr *)e->args.data[0])->type->kind == TYPE_TUPLE) {
        if (e->has_dots) {
            errorf(start_pos(e->args.data[0]), "cannot use ... with multi-valued %s", expr_text(e->args.data[0]));
            return;
        }
        if (tuple_matches(((Expr *)e->args.data[0])->type, sig))
            return;  // kept as one tuple argument, which codegen spreads
        spread_tuple_arg(e);
        n = e->args.len;
    }
    if (e->has_dots) {
        if (!sig->variadic) {
            errorf(start_pos(e), "cannot use ... in call to non-variadic %s", fname);
            return;
        }
        if (n != np) {
            count_error(e, sig, fname, n < np);
            return;
        }
    } else if (n < np - (sig->variadic ? 1 : 0)) {
        count_error(e, sig, fname, true);
        return;
    } else if (!sig->variadic && n > np) {
        count_error(e, sig, fname, false);
        return;
    }
    int fixed = sig->variadic && !e->has_dots ? np - 1 : np;
    for (int i = 0; i < fixed; i++)
        e->args.data[i] = assign_conv(e->args.data[i], sig->params[i], ctx);
    if (sig->variadic && !e->has_dots) {
        Expr *packed = pack_variadic(e, fixed, sig->params[np - 1], ctx);
        e->args.len = fixed;
        vec_push(&e->args, packed);
    }
}

// ---------------------------------------------------------------- conversions

static bool pointer_shaped_t(Type *t) {
    TypeKind k = type_under(t)->kind;
    return k == TYPE_POINTER || k == TYPE_MAP || k == TYPE_CHAN || k == TYPE_FUNC;
}

static bool is_bytes(Type *t) {
    Type *u = type_under(t);
    return u->kind == TYPE_SLICE && type_under(u->elem)->kind == TYPE_UINT8;
}

static bool is_runes(Type *t) {
    Type *u = type_under(t);
    return u->kind == TYPE_SLICE && type_under(u->elem)->kind == TYPE_INT32;
}

static void conversion_site(Expr *e, SiteKind kind, Type *elem) {
    Site *s = site_new(kind, start_pos(e->x), elem, e);
    s->count = -1;
    s->size = -1;
}

// The type as written in a conversion (gc prints "([]byte)(s)", "string(b)").
static const char *conv_type_text(Expr *e) {
    Expr *s = strip_parens(e->type_expr);
    if (s && s->kind == EXPR_IDENT)
        return s->name;
    return type_str_local(e->type);
}

static bool convertible(Expr *x, Type *t) {
    Type *v = x->type, *vu = type_under(v), *tu = type_under(t);
    const char *r;
    if (assignable(x, t, &r))
        return true;
    if (vu == tu)
        return true;
    if (vu->kind == TYPE_POINTER && tu->kind == TYPE_POINTER &&
        type_under(vu->elem) == type_under(tu->elem))
        return true;
    // A complex value converts only to another complex type (its parts would be lost).
    if (type_is_numeric(vu) && type_is_numeric(tu) && type_is_complex(vu) == type_is_complex(tu))
        return true;
    if (type_is_string(tu) && (type_is_integer(vu) || is_bytes(vu) || is_runes(vu)))
        return true;
    if (type_is_string(vu) && (is_bytes(tu) || is_runes(tu)))
        return true;
    // Go 1.17/1.20: []T to *[N]T and [N]T (panics at run time when too short).
    if (vu->kind == TYPE_SLICE && tu->kind == TYPE_POINTER &&
        type_under(tu->elem)->kind == TYPE_ARRAY && type_under(tu->elem)->elem == vu->elem)
        return true;
    if (vu->kind == TYPE_SLICE && tu->kind == TYPE_ARRAY && tu->elem == vu->elem)
        return true;
    return false;
}

// A constant conversion T(c) for a basic T: the result is a typed constant.
static bool const_conversion(Expr *e, Type *t, Expr *x) {
    Type *tu = type_under(t);
    if (!x->is_const || tu->kind > TYPE_STRING)
        return false;
    ConstVal r;
    if (type_is_string(tu) && type_is_integer(x->type)) {
        // string(65) == "A"; out-of-range values give "\uFFFD".
        ConstVal v = x->cval;
        char buf[8];
        int n = 0;
        unsigned c = v.i < 0 || v.i > 0x10FFFF || (v.i >= 0xD800 && v.i < 0xE000) ? 0xFFFD : (unsigned)v.i;
        if (c < 0x80) buf[n++] = (char)c;
        else if (c < 0x800) buf[n++] = (char)(0xC0 | c >> 6), buf[n++] = (char)(0x80 | (c & 0x3F));
        else if (c < 0x10000) buf[n++] = (char)(0xE0 | c >> 12), buf[n++] = (char)(0x80 | (c >> 6 & 0x3F)), buf[n++] = (char)(0x80 | (c & 0x3F));
        else buf[n++] = (char)(0xF0 | c >> 18), buf[n++] = (char)(0x80 | (c >> 12 & 0x3F)), buf[n++] = (char)(0x80 | (c >> 6 & 0x3F)), buf[n++] = (char)(0x80 | (c & 0x3F));
        e->cval = const_str(arena_strndup(buf, (size_t)n), n);
    } else if (type_is_numeric(x->type) && type_is_numeric(tu)) {
        ConstVal v = x->cval;
        if (type_is_integer(tu) && type_is_float(x->type) && !type_is_untyped(x->type)) {
            return false;  // float64(c) to int: non-constant in Go only for vars; keep simple
        }
        if (!const_representable(&v, t, &r)) {
            // types2 gives a reason only for integer to integer (go.dev/issue/63563).
            if (type_is_integer(x->type) && type_is_integer(tu))
                errorf(start_pos(x), "constant %s overflows %s", const_string(&v), conv_type_text(e));
            else
                errorf(start_pos(x), "cannot convert %s to type %s", operand_string(x),
                       conv_type_text(e));
            e->type = type_invalid;
            return true;
        }
        e->cval = r;
    } else if ((type_is_string(x->type) && type_is_string(tu)) ||
               (type_is_boolean(x->type) && type_is_boolean(tu))) {
        e->cval = x->cval;
    } else {
        return false;
    }
    e->type = t;
    e->is_const = true;
    return true;
}

// spec: Conversions.  Rewrites the call e into EXPR_CONVERT of x to t.
void check_conversion(Expr *e, Type *t, Expr *x) {
    if (e->kind == EXPR_CALL) {
        e->type_expr = e->fn;
        e->kind = EXPR_CONVERT;
        e->call_kind = CALL_CONVERSION;
    }
    e->x = x;
    e->type = t;
    e->is_const = false;
    if (const_conversion(e, t, x)) {
        if (!is_invalid(e))
            x->type = type_is_untyped(x->type) ? type_default(x->type) : x->type;
        return;
    }
    if (x->is_const && type_is_untyped(x->type) && !type_is_interface(t)) {
        Type *tu = type_under(t);
        if (type_is_string(x->type) && (is_bytes(tu) || is_runes(tu)))
            convert_untyped(x, type_string);
        else if (!convert_untyped(x, t)) {
            e->type = type_invalid;
            return;
        }
    }
    if (x->type->kind == TYPE_UNTYPED_NIL) {
        if (!convert_untyped(x, t))
            e->type = type_invalid;
        return;
    }
    if (type_is_untyped(x->type))
        use_default(x);
    const char *missing = NULL;
    if (!convertible(x, t) && type_is_interface(t) && !implements(x->type, t, &missing) &&
        has_method(x->type, missing)) {
        e->type = type_invalid;  // methods are reported as not supported
        return;
    }
    if (!convertible(x, t)) {
        errorf(start_pos(x), "cannot convert %s to type %s", operand_string(x), conv_type_text(e));
        e->type = type_invalid;
        return;
    }
    Type *vu = type_under(x->type), *tu = type_under(t);
    if (tu->kind == TYPE_INTERFACE && vu->kind != TYPE_INTERFACE && !pointer_shaped_t(x->type)) {
        Site *s = site_new(SITE_BOX, x->pos, x->type, e);
        s->text = site_text(x);
    } else if (type_is_string(tu) && is_bytes(vu)) {
        conversion_site(e, SITE_BYTES_STR, type_uint8);
    } else if (type_is_string(tu) && is_runes(vu)) {
        conversion_site(e, SITE_RUNES_STR, type_uint8);
    } else if (type_is_string(tu) && type_is_integer(vu)) {
        conversion_site(e, SITE_RUNES_STR, type_uint8);
    } else if (type_is_string(vu) && is_bytes(tu)) {
        conversion_site(e, SITE_STR_BYTES, type_uint8);
    } else if (type_is_string(vu) && is_runes(tu)) {
        conversion_site(e, SITE_STR_RUNES, type_int32);
    }
}

// ---------------------------------------------------------------- calls

static const char *callee_name(Expr *fn) { return expr_text(strip_parens(fn)); }

Expr *ck_callee;  // the fn of the call being checked: a selector there is not a method value

// x.M(args) (invariant 13): a concrete method becomes a direct call of its
// function with the adjusted receiver first; an interface method CALL_METHOD.
static void check_method_call(Expr *e, Expr *fn, Type *sig) {
    const char *name = callee_name(e->fn);
    check_args(e, sig, name);
    if (!fn->method) {
        e->call_kind = CALL_METHOD;
        return;
    }
    if (e->args.len == 1 && ((Expr *)e->args.data[0])->type &&
        ((Expr *)e->args.data[0])->type->kind == TYPE_TUPLE)
        spread_tuple_arg(e);  // codegen spreads a tuple only as the sole argument
    Vec args = {0};
    vec_push(&args, fn->x);
    for (int i = 0; i < e->args.len; i++)
        vec_push(&args, e->args.data[i]);
    e->args = args;
    Expr *id = new_expr(EXPR_IDENT, fn->pos, fn->method->type);
    // Named as gc's -m prints the call: (*T).M(x), T.M(x).
    Type *rt = type_under(fn->method->type)->params[0];
    id->name = rt->kind == TYPE_POINTER ? arena_sprintf("(*%s).%s", type_str_local(rt->elem), fn->method->name)
                                        : arena_sprintf("%s.%s", type_str_local(rt), fn->method->name);
    id->obj = fn->method;
    e->fn = id;
    e->call_kind = CALL_FUNC;
}

// spec: Calls
void check_call(Expr *e) {
    Expr *fn = strip_parens(e->fn);
    ck_callee = fn;
    check_raw(e->fn);
    if (e->fn->is_type && !is_invalid(e->fn)) {
        Type *t = e->fn->type;
        if (e->args.len != 1) {
            errorf(e->args.len ? start_pos(e->args.data[1]) : e->pos, "%s arguments in conversion to %s",
                   e->args.len ? "too many" : "missing", type_str_local(t));
            for (int i = 0; i < e->args.len; i++)
                check_raw(e->args.data[i]);
            e->type = type_invalid;
            return;
        }
        Expr *x = e->args.data[0];
        check_value(x);
        if (is_invalid(x)) {
            e->type = type_invalid;
            return;
        }
        check_conversion(e, t, x);
        return;
    }
    if (fn->kind == EXPR_IDENT && fn->obj && fn->obj->kind == OBJ_BUILTIN) {
        e->call_kind = CALL_BUILTIN;
        e->builtin = fn->obj->builtin;
        check_builtin(e, fn->obj->builtin);
        return;
    }
    if (is_invalid(e->fn)) {
        for (int i = 0; i < e->args.len; i++)
            check_raw(e->args.data[i]);
        e->type = type_invalid;
        return;
    }
    Type *sig = e->fn->type ? type_under(e->fn->type) : NULL;
    if (!sig || sig->kind != TYPE_FUNC) {
        if (e->fn->type)
            errorf(start_pos(e), "invalid operation: cannot call %s: %s is not a function",
                   operand_string(e->fn), type_str_local(e->fn->type));
        else
            errorf(start_pos(e), "invalid operation: cannot call non-function %s",
                   operand_string(e->fn));
        for (int i = 0; i < e->args.len; i++)
            check_raw(e->args.data[i]);
        e->type = type_invalid;
        return;
    }
    if (fn->kind == EXPR_SELECTOR && fn->is_method && !strip_parens(fn->x)->is_type) {
        check_method_call(e, fn, sig);
        return;
    }
    Obj *o = fn->kind == EXPR_IDENT || fn->kind == EXPR_SELECTOR ? fn->obj : NULL;
    if (o && o->kind == OBJ_FUNC && o->intrinsic) {
        e->call_kind = CALL_INTRINSIC;
        e->intrinsic = o->intrinsic;
    } else if (o && o->kind == OBJ_FUNC && fn->kind == EXPR_IDENT) {
        e->call_kind = CALL_FUNC;
    } else {
        e->call_kind = CALL_CLOSURE;
    }
    check_args(e, sig, callee_name(e->fn));
}

// ---------------------------------------------------------------- builtins

static const char *builtin_names[] = {
    [BUILTIN_APPEND] = "append", [BUILTIN_CAP] = "cap", [BUILTIN_CLEAR] = "clear",
    [BUILTIN_CLOSE] = "close", [BUILTIN_COMPLEX] = "complex", [BUILTIN_COPY] = "copy",
    [BUILTIN_DELETE] = "delete", [BUILTIN_IMAG] = "imag", [BUILTIN_LEN] = "len",
    [BUILTIN_MAKE] = "make", [BUILTIN_MAX] = "max", [BUILTIN_MIN] = "min",
    [BUILTIN_NEW] = "new", [BUILTIN_PANIC] = "panic", [BUILTIN_PRINT] = "print",
    [BUILTIN_PRINTLN] = "println", [BUILTIN_REAL] = "real", [BUILTIN_RECOVER] = "recover",
};

static bool nargs(Expr *e, int min, int max) {
    int n = e->args.len;
    if (n >= min && (max < 0 || n <= max))
        return true;
    errorf(start_pos(e), "invalid operation: %s arguments for %s (expected %d, found %d)",
           n < min ? "not enough" : "too many", expr_text(e), n < min ? min : max, n);
    e->type = type_invalid;
    return false;
}

static bool has_call(Expr *e) {
    if (!e)
        return false;
    if (e->kind == EXPR_CALL)
        return e->call_kind != CALL_BUILTIN || has_call(e->args.len ? e->args.data[0] : NULL);
    return has_call(e->x) || has_call(e->y) || has_call(e->index) || has_call(e->fn);
}

static void builtin_len(Expr *e, Builtin b) {
    if (!nargs(e, 1, 1))
        return;
    Expr *x = e->args.data[0];
    check_value(x);
    if (is_invalid(x)) {
        e->type = type_invalid;
        return;
    }
    Type *u = type_under(x->type);
    if (u->kind == TYPE_POINTER && type_under(u->elem)->kind == TYPE_ARRAY)
        u = type_under(u->elem);
    e->type = type_int;
    if (type_is_string(u) && b == BUILTIN_LEN) {
        if (x->is_const) {
            e->is_const = true;
            e->cval = const_int(x->cval.slen);
            convert_untyped(x, type_string);
        }
        return;
    }
    if (u->kind == TYPE_ARRAY) {
        if (!has_call(x)) {
            e->is_const = true;
            e->cval = const_int(u->len);
        }
        return;
    }
    if (u->kind == TYPE_SLICE || (u->kind == TYPE_MAP && b == BUILTIN_LEN))
        return;
    errorf(start_pos(x), "invalid argument: %s for built-in %s", operand_string(x), builtin_names[b]);
    e->type = type_invalid;
}

static void builtin_append(Expr *e) {
    if (!nargs(e, 1, -1))
        return;
    for (int i = 0; i < e->args.len; i++)
        check_value(e->args.data[i]);
    if (!args_ok(&e->args)) {
        e->type = type_invalid;
        return;
    }
    Expr *s = e->args.data[0];
    if (s->type->kind == TYPE_UNTYPED_NIL) {
        errorf(start_pos(s), "first argument to append must be a typed slice; have untyped nil");
        e->type = type_invalid;
        return;
    }
    Type *u = type_under(s->type);
    if (u->kind != TYPE_SLICE) {
        errorf(start_pos(s), "invalid append: argument must be a slice; have %s", operand_string(s));
        e->type = type_invalid;
        return;
    }
    e->type = s->type;
    if (e->has_dots) {
        if (e->args.len != 2) {
            errorf(e->pos, "can only use ... with final argument in list");
            e->type = type_invalid;
            return;
        }
        Expr *t = e->args.data[1];
        if (is_bytes(u) && type_is_string(t->type)) {
            convert_untyped(t, type_string);
        } else {
            e->args.data[1] = assign_conv(t, s->type->kind == TYPE_NAMED ? type_slice(u->elem) : s->type,
                                          "argument to append");
            Expr *a = e->args.data[1];
            if (!is_invalid(a) && type_under(a->type) != u) {
                errorf(start_pos(a), "cannot use %s as %s value in argument to append",
                       operand_string(a), type_str_local(s->type));
                e->type = type_invalid;
                return;
            }
        }
    } else {
        for (int i = 1; i < e->args.len; i++)
            e->args.data[i] = assign_conv(e->args.data[i], u->elem, "argument to append");
    }
    Site *site = site_new(SITE_APPEND, e->pos, u->elem, e);
    site->count = -1;
    site->size = -1;
}

static void builtin_copy(Expr *e) {
    if (!nargs(e, 2, 2))
        return;
    Expr *d = e->args.data[0], *s = e->args.data[1];
    check_value(d);
    check_value(s);
    e->type = type_int;
    if (is_invalid(d) || is_invalid(s)) {
        e->type = type_invalid;
        return;
    }
    Type *du = type_under(d->type), *su = type_under(s->type);
    if (du->kind == TYPE_SLICE && is_bytes(du) && type_is_string(su)) {
        convert_untyped(s, type_string);
        return;
    }
    if (du->kind != TYPE_SLICE || (su->kind != TYPE_SLICE && !type_is_string(su))) {
        Expr *bad = du->kind != TYPE_SLICE ? d : s;
        errorf(start_pos(bad), "invalid copy: argument must be a slice; have %s", operand_string(bad));
        e->type = type_invalid;
    } else if (su->kind != TYPE_SLICE || du->elem != su->elem) {
        errorf(start_pos(d), "invalid copy: arguments %s and %s have different element types %s and %s",
               operand_string(d), operand_string(s), type_str_local(du->elem),
               su->kind == TYPE_SLICE ? type_str_local(su->elem) : "byte");
        e->type = type_invalid;
    }
}

Expr *check_size_arg(Expr *e, int i, const char *what) {
    Expr *a = e->args.data[i];
    check_value(a);
    if (is_invalid(a))
        return a;
    if (!type_is_integer(a->type) && !(a->is_const && const_representable(&a->cval, type_int, NULL))) {
        errorf(start_pos(a), "cannot convert %s to type int", operand_string(a));
        a->type = type_invalid;
        return a;
    }
    if (a->is_const) {
        ConstVal v;
        const_to_int(&a->cval, &v);
        if (v.i < 0) {
            errorf(start_pos(a), "invalid argument: %s %s must not be negative", what,
                   operand_string(a));
            a->type = type_invalid;
            return a;
        }
    }
    if (type_is_untyped(a->type)) {
        convert_untyped(a, type_int);
        return a;
    }
    if (a->type == type_int)
        return a;
    Expr *c = new_expr(EXPR_CONVERT, a->pos, type_int);
    c->x = a;
    c->is_const = a->is_const;
    c->cval = a->cval;
    return c;
}

// make([]T, len[, cap]): the backing array is a SITE_MAKE_SLICE site.
static void builtin_make(Expr *e) {
    if (!nargs(e, 1, 3))
        return;
    Type *t = check_type(e->args.data[0]);
    if (t == type_invalid || type_under(t) == type_invalid) {
        for (int i = 1; i < e->args.len; i++)
            check_raw(e->args.data[i]);
        e->type = type_invalid;
        return;
    }
    Type *u = type_under(t);
    if (u->kind == TYPE_MAP) {
        builtin_make_map(e, t);
        return;
    }
    if (u->kind == TYPE_CHAN) {
        errorf(e->pos, "make of channels not supported");
        for (int i = 1; i < e->args.len; i++)
            check_raw(e->args.data[i]);
        e->type = type_invalid;
        return;
    }
    if (u->kind != TYPE_SLICE) {
        errorf(start_pos(e->args.data[0]), "invalid argument: cannot make %s; type must be slice, map, or channel",
               expr_text(e->args.data[0]));
        e->type = type_invalid;
        return;
    }
    if (e->args.len < 2) {
        errorf(start_pos(e), "invalid operation: %s expects 2 or 3 arguments; found 1", expr_text(e));
        e->type = type_invalid;
        return;
    }
    for (int i = 1; i < e->args.len; i++)
        e->args.data[i] = check_size_arg(e, i, i == 1 ? "index" : "index");
    if (!args_ok(&e->args)) {
        e->type = type_invalid;
        return;
    }
    Expr *len = e->args.data[1], *cap = e->args.len > 2 ? e->args.data[2] : NULL;
    if (cap && len->is_const && cap->is_const && len->cval.i > cap->cval.i) {
        errorf(start_pos(len), "invalid argument: length and capacity swapped");
        e->type = type_invalid;
        return;
    }
    e->type = t;
    Expr *count = cap ? cap : len;
    Site *s = site_new(SITE_MAKE_SLICE, e->pos, u->elem, e);
    s->count = count->is_const ? (int64_t)count->cval.i : -1;
    s->count_expr = count->is_const ? NULL : count;
    s->size = count->is_const ? s->count * u->elem->size : -1;
}

// new(T), or Go 1.26's new(v): a pointer to a new variable holding v.
static void builtin_new(Expr *e) {
    if (!nargs(e, 1, 1))
        return;
    Expr *a = e->args.data[0];
    check_raw(a);
    if (!a->is_type && !is_invalid(a)) {
        check_value(a);
        if (is_invalid(a) || a->type->kind == TYPE_UNTYPED_NIL) {
            if (!is_invalid(a))
                errorf(start_pos(a), "use of untyped nil in argument to built-in new");
            e->type = type_invalid;
            return;
        }
        use_default(a);
        e->type = type_pointer(a->type);
        Site *s = site_new(SITE_NEW, e->pos, a->type, e);
        s->text = arena_sprintf("new(%s)", site_text(a));
        return;
    }
    Type *t = a->is_type ? a->type : type_invalid;
    if (t == type_invalid) {
        e->type = type_invalid;
        return;
    }
    e->type = type_pointer(t);
    Site *s = site_new(SITE_NEW, e->pos, t, e);
    s->text = arena_sprintf("new(%s)", type_str_local(t));
}

static void builtin_print(Expr *e, Builtin b) {
    for (int i = 0; i < e->args.len; i++) {
        Expr *a = e->args.data[i];
        check_value(a);
        if (is_invalid(a))
            continue;
        if (a->type->kind == TYPE_UNTYPED_NIL) {
            errorf(start_pos(a), "use of untyped nil in argument to built-in %s", builtin_names[b]);
            a->type = type_invalid;
            continue;
        }
        use_default(a);
    }
    e->type = NULL;
}

static void builtin_panic(Expr *e) {
    if (!nargs(e, 1, 1))
        return;
    check_value(e->args.data[0]);
    e->args.data[0] = assign_conv(e->args.data[0], type_any, "argument to panic");
    e->type = NULL;
}

// min(x, y...) / max(x, y...): ordered operands of one type (Go 1.21).
static void builtin_minmax(Expr *e, Builtin b) {
    if (!nargs(e, 1, -1))
        return;
    for (int i = 0; i < e->args.len; i++)
        check_value(e->args.data[i]);
    if (!args_ok(&e->args)) {
        e->type = type_invalid;
        return;
    }
    Type *t = NULL;
    for (int i = 0; i < e->args.len && !t; i++) {
        Expr *a = e->args.data[i];
        if (!type_is_untyped(a->type))
            t = a->type;
    }
    bool all_const = true;
    Expr *best = NULL;
    for (int i = 0; i < e->args.len; i++) {
        Expr *a = e->args.data[i];
        if ((!type_is_numeric(a->type) && !type_is_string(a->type)) || type_is_complex(a->type)) {
            errorf(start_pos(a), "invalid argument: %s cannot be ordered", operand_string(a));
            e->type = type_invalid;
            return;
        }
        if (t)
            e->args.data[i] = a = assign_conv(a, t, arena_sprintf("argument to %s", builtin_names[b]));
        if (is_invalid(a)) {
            e->type = type_invalid;
            return;
        }
        all_const &= a->is_const;
        if (a->is_const && (!best || const_compare(b == BUILTIN_MIN ? TOK_LSS : TOK_GTR, &a->cval, &best->cval)))
            best = a;
    }
    if (!t) {
        Type *widest = ((Expr *)e->args.data[0])->type;
        for (int i = 1; i < e->args.len; i++) {
            Type *at = ((Expr *)e->args.data[i])->type;
            if (at->kind > widest->kind)
                widest = at;
        }
        t = widest;
    }
    e->type = t;
    if (all_const && best) {
        e->is_const = true;
        e->cval = best->cval;
    }
}

static void builtin_clear(Expr *e) {
    if (!nargs(e, 1, 1))
        return;
    Expr *a = e->args.data[0];
    check_value(a);
    e->type = NULL;
    if (!is_invalid(a) && type_under(a->type)->kind != TYPE_SLICE && type_under(a->type)->kind != TYPE_MAP) {
        errorf(start_pos(a), "invalid argument: %s must be a map or slice", operand_string(a));
        e->type = type_invalid;
    }
}

// An untyped constant argument of complex(): a number without imaginary part
// is taken as an untyped float (types2's toFloat), so complex(1, 2) is exact.
static void untyped_float_arg(Expr *a) {
    ConstVal r;
    if (a->is_const && type_is_numeric(a->type) && const_representable(&a->cval, type_untyped_float, &r)) {
        a->cval = r;
        a->type = type_untyped_float;
    }
}

// The complex type whose parts have float type t, or NULL.
static Type *complex_of(Type *t) {
    switch (type_under(t)->kind) {
    case TYPE_FLOAT32: return type_complex64;
    case TYPE_FLOAT64: return type_complex128;
    case TYPE_UNTYPED_FLOAT: return type_untyped_complex;
    default: return NULL;
    }
}

// complex(r, i): both parts of one float type (spec: Manipulating complex numbers).
static void builtin_complex(Expr *e) {
    if (!nargs(e, 2, 2))
        return;
    Expr *x = e->args.data[0], *y = e->args.data[1];
    check_value(x);
    check_value(y);
    bool ux = type_is_untyped(x->type), uy = type_is_untyped(y->type);
    if (ux && uy && x->is_const && y->is_const) {
        untyped_float_arg(x);
        untyped_float_arg(y);
    } else if (ux && uy) {
        convert_untyped(x, type_float64);
        convert_untyped(y, type_float64);
    } else if (ux) {
        convert_untyped(x, y->type);
    } else if (uy) {
        convert_untyped(y, x->type);
    }
    e->type = type_invalid;
    if (is_invalid(x) || is_invalid(y))
        return;
    if (x->type != y->type) {
        errorf(start_pos(x), "invalid operation: %s (mismatched types %s and %s)", expr_text(e),
               type_str_local(x->type), type_str_local(y->type));
        return;
    }
    Type *t = complex_of(x->type);
    if (!t) {
        errorf(start_pos(x), "invalid argument: arguments have type %s, expected floating-point",
               type_str_local(x->type));
        return;
    }
    e->type = t;
    if (x->is_const && y->is_const) {
        e->is_const = true;
        e->cval = const_complex(const_as_float(&x->cval), const_as_float(&y->cval));
    }
}

// The float type of the parts of complex type t, or NULL.
static Type *part_of(Type *t) {
    switch (type_under(t)->kind) {
    case TYPE_COMPLEX64: return type_float32;
    case TYPE_COMPLEX128: return type_float64;
    case TYPE_UNTYPED_COMPLEX: return type_untyped_float;
    default: return NULL;
    }
}

// real(z), imag(z): a part of a complex value, of the matching float type.
static void builtin_real_imag(Expr *e, Builtin b) {
    if (!nargs(e, 1, 1))
        return;
    Expr *x = e->args.data[0];
    check_value(x);
    e->type = type_invalid;
    if (is_invalid(x))
        return;
    if (type_is_untyped(x->type) && x->is_const) {
        if (type_is_numeric(x->type))
            set_type_rec(x, type_untyped_complex);  // any untyped number is a complex constant
    } else if (type_is_untyped(x->type) && !convert_untyped(x, type_complex128)) {
        return;
    }
    Type *t = part_of(x->type);
    if (!t) {
        errorf(start_pos(x), "invalid argument: argument has type %s, expected complex type",
               type_str_local(x->type));
        return;
    }
    e->type = t;
    if (x->is_const) {
        e->is_const = true;
        e->cval = const_float(b == BUILTIN_REAL ? const_as_float(&x->cval) : const_imag(&x->cval));
    }
}

// spec: Built-in functions
void check_builtin(Expr *e, Builtin b) {
    if (e->has_dots && b != BUILTIN_APPEND) {
        errorf(e->pos, "invalid operation: invalid use of ... with built-in %s", builtin_names[b]);
        e->type = type_invalid;
        return;
    }
    switch (b) {
    case BUILTIN_LEN: case BUILTIN_CAP: builtin_len(e, b); return;
    case BUILTIN_APPEND: builtin_append(e); return;
    case BUILTIN_COPY: builtin_copy(e); return;
    case BUILTIN_MAKE: builtin_make(e); return;
    case BUILTIN_NEW: builtin_new(e); return;
    case BUILTIN_PRINT: case BUILTIN_PRINTLN: builtin_print(e, b); return;
    case BUILTIN_PANIC: builtin_panic(e); return;
    case BUILTIN_MIN: case BUILTIN_MAX: builtin_minmax(e, b); return;
    case BUILTIN_CLEAR: builtin_clear(e); return;
    case BUILTIN_COMPLEX: builtin_complex(e); return;
    case BUILTIN_REAL: case BUILTIN_IMAG: builtin_real_imag(e, b); return;
    case BUILTIN_CLOSE: errorf(start_pos(e), "channels not supported"); break;
    case BUILTIN_DELETE: builtin_delete(e); return;
    case BUILTIN_RECOVER: check_recover(e); return;
    default: break;
    }
    for (int i = 0; i < e->args.len; i++)
        check_raw(e->args.data[i]);
    e->type = type_invalid;
}
