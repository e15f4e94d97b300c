// check_expr.c: expressions (spec: Expressions).
//
// check_raw types one expression in place: it sets type, is_const/cval,
// is_type and addressable, and rewrites what the typed IR spells differently
// (p[i] on a pointer to an array becomes (*p)[i]).  An expression whose
// checking failed has type type_invalid; every consumer tests is_invalid first
// and reports nothing more, so one mistake gives one message.
//
// Untyped operands stay untyped until their context decides: `x + 1` converts
// the 1 to x's type; `1 << n` keeps the 1 untyped until the shift's context
// types it (check_assign.c, set_type_rec).  Constant operations fold exactly
// through const.c, and a typed result must be representable:
//     const c int8 = 5; c * 100  ->  "c * 100 (constant 500 of type int8) overflows int8"
#include "check.h"

#include <assert.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

Expr *new_expr(ExprKind kind, Pos pos, Type *t) {
    Expr *e = NEW(Expr);
    e->kind = kind;
    e->pos = pos;
    e->type = t;
    return e;
}

Expr *strip_parens(Expr *e) {
    while (e && e->kind == EXPR_PAREN)
        e = e->x;
    return e;
}

// Invalid operands, including those of a defined type whose declaration failed.
bool is_invalid(Expr *e) {
    return !e || e->type == type_invalid ||
           (e->type && e->type->kind == TYPE_NAMED && e->type->underlying == type_invalid);
}

static Expr *invalid(Expr *e) {
    e->type = type_invalid;
    e->is_const = false;
    return e;
}

// The leftmost position of e, which type errors cite.
Pos start_pos(Expr *e) {
    if (!e)
        return (Pos){-1, 0, 0};
    if (e->kind == EXPR_CONVERT)
        return e->type_expr ? start_pos(e->type_expr) : start_pos(e->x);
    if (e->kind == EXPR_CALL)
        return start_pos(e->fn);
    if (e->kind == EXPR_RESULT)  // f(g()): g's results are cited at g()
        return start_pos(e->x);
    if (e->kind == EXPR_SELECTOR || e->kind == EXPR_INDEX || e->kind == EXPR_SLICE ||
        e->kind == EXPR_TYPE_ASSERT || e->kind == EXPR_BINARY)
        return start_pos(e->x);
    if (e->kind == EXPR_KEY_VALUE)
        return start_pos(e->key);
    if (e->kind == EXPR_COMPOSITE && e->type_expr)
        return start_pos(e->type_expr);
    return e->pos;
}

// ---------------------------------------------------------------- operand descriptions

static const char *kind_word(Type *t) {
    Type *u = type_under(t);
    if (u->kind >= TYPE_BOOL && u->kind <= TYPE_STRING)  // "int type Num"
        return arena_sprintf("%s ", type_str_local(u));
    switch (u->kind) {
    case TYPE_ARRAY: return "array ";
    case TYPE_SLICE: return "slice ";
    case TYPE_STRUCT: return "struct ";
    case TYPE_POINTER: return "pointer ";
    case TYPE_FUNC: return "func ";
    case TYPE_INTERFACE: return "interface ";
    case TYPE_MAP: return "map ";
    case TYPE_CHAN: return "chan ";
    default: return "";
    }
}

// "x (variable of type int)", "300 (untyped int constant)", "c (constant 5 of
// type int8)", "f() (value of struct type T)", "nil": types2's operand.String.
const char *operand_string(Expr *e) {
    const char *text = expr_text(e);
    Expr *s = strip_parens(e);
    if (e->is_type)
        return arena_sprintf("%s (type)", text);
    if (s->kind == EXPR_IDENT && s->obj && s->obj->kind == OBJ_BUILTIN)
        return arena_sprintf("%s (built-in)", text);
    if (!e->type)
        return arena_sprintf("%s (no value)", text);
    if (e->type->kind == TYPE_UNTYPED_NIL)
        return "nil";
    const char *ts = type_str_local(e->type);
    const char *kw = e->type->kind == TYPE_NAMED ? kind_word(e->type) : "";
    if (!e->is_const && type_is_untyped(e->type))
        return arena_sprintf("%s (%s value)", text, ts);
    if (e->is_const) {
        const char *v = const_string(&e->cval);
        if (s->kind == EXPR_CHAR_LIT || strcmp(v, text) != 0) {
            if (type_is_untyped(e->type))
                return arena_sprintf("%s (%s constant %s)", text, ts, v);
            return arena_sprintf("%s (constant %s of %stype %s)", text, v, kw, ts);
        }
        if (type_is_untyped(e->type))
            return arena_sprintf("%s (%s constant)", text, ts);
        return arena_sprintf("%s (constant of %stype %s)", text, kw, ts);
    }
    const char *mode = e->addressable || (s->kind == EXPR_IDENT && s->obj &&
                                          s->obj->kind == OBJ_VAR) ? "variable" : "value";
    if (is_map_index(s))
        mode = "map index expression";
    return arena_sprintf("%s (%s of %stype %s)", text, mode, kw, ts);
}

// ---------------------------------------------------------------- variables

// The variable a chain of field selections and array indexings starts from:
// x in x.f[2].g, but none through a pointer or a slice.
Obj *root_var(Expr *e) {
    e = strip_parens(e);
    if (!e)
        return NULL;
    if (e->kind == EXPR_IDENT)
        return e->obj && e->obj->kind == OBJ_VAR && !e->obj->is_global ? e->obj : NULL;
    if (e->kind == EXPR_SELECTOR && !e->implicit_deref && !e->obj)
        return root_var(e->x);
    if (e->kind == EXPR_INDEX && e->x && e->x->type && type_under(e->x->type)->kind == TYPE_ARRAY)
        return root_var(e->x);
    return NULL;
}

void mark_addr_taken(Expr *e) {
    Obj *v = root_var(e);
    if (!v)
        return;
    v->addr_taken = true;
    var_site(v);
}

void mark_reassigned(Expr *e) {
    Obj *v = root_var(e);
    if (v)
        v->reassigned = true;
}

// ---------------------------------------------------------------- names

static void check_ident(Expr *e) {
    if (!strcmp(e->name, "_")) {
        errorf(e->pos, "cannot use _ as value");
        invalid(e);
        return;
    }
    Obj *o = scope_lookup(ck.scope, e->name);
    if (!o) {
        if (lexer_valid_ident(e->name))  // a malformed name is reported by the lexer
            errorf(e->pos, "undefined: %s", e->name);
        invalid(e);
        return;
    }
    e->obj = o;
    switch (o->kind) {
    case OBJ_PKG:
        errorf(e->pos, "use of package %s not in selector", o->name);  // not a use of the import
        invalid(e);
        return;
    case OBJ_CONST:
        if (o == scope_lookup_local(universe(), "iota")) {
            if (ck.iota < 0) {
                errorf(e->pos, "cannot use iota outside constant declaration");
                invalid(e);
                return;
            }
            e->type = type_untyped_int;
            e->cval = const_int(ck.iota);
            e->is_const = true;
            return;
        }
        resolve_obj(o);
        e->type = o->type ? o->type : type_invalid;
        e->cval = o->cval;
        e->is_const = e->type != type_invalid;
        return;
    case OBJ_TYPE:
        check_type(e);
        return;
    case OBJ_VAR:
        resolve_obj(o);
        note_var_use(o);
        e->type = o->type ? o->type : type_invalid;
        e->addressable = true;
        return;
    case OBJ_FUNC:
        resolve_obj(o);
        add_dep(o);
        e->type = o->type ? o->type : type_invalid;
        return;
    case OBJ_BUILTIN:
        e->type = NULL;
        return;
    case OBJ_NIL:
        e->type = type_untyped_nil;
        return;
    default:
        invalid(e);
    }
}

// The position of the selected name (the selector's own position is the '.').
static Pos sel_pos(Expr *e) {
    if (e->name_pos.line)
        return e->name_pos;
    return (Pos){e->pos.file, e->pos.line, e->pos.col + 1};
}

// A member of an imported package: fmt.Println, math.Pi, os.Args.
static void check_pkg_member(Expr *e, Expr *x, Obj *pkg) {
    use_import(pkg);
    x->obj = pkg;
    Obj *m = pkg_member(pkg, e->name, sel_pos(e));  // reports what is not found or exported
    if (!m) {
        invalid(e);
        return;
    }
    e->obj = m;
    e->type = m->type;
    if (m->kind == OBJ_CONST) {
        e->is_const = true;
        e->cval = m->cval;
    } else if (m->kind == OBJ_VAR) {
        e->addressable = true;
    } else if (m->kind == OBJ_FUNC) {
        e->intrinsic = m->intrinsic;
    } else if (m->kind == OBJ_TYPE) {
        e->is_type = true;
    }
}

// spec: Selectors
static void check_selector(Expr *e) {
    bool called = ck_callee == e;  // before the operand is checked: it may hold calls
    Expr *x = strip_parens(e->x);
    if (x->kind == EXPR_IDENT) {
        Obj *o = scope_lookup(ck.scope, x->name);
        if (o && o->kind == OBJ_PKG) {
            check_pkg_member(e, x, o);
            return;
        }
    }
    check_raw(e->x);
    if (is_invalid(e->x)) {
        invalid(e);
        return;
    }
    if (!e->x->type) {
        errorf(sel_pos(e), "%s.%s undefined", expr_text(e->x), e->name);
        invalid(e);
        return;
    }
    if (e->x->is_type) {
        check_method_expr(e);
        if (e->type == type_invalid)
            invalid(e);
        return;
    }
    Type *t = e->x->type, *u = type_under(t);
    if (u->kind == TYPE_POINTER && (!type_under(u->elem) || type_under(u->elem) == type_invalid)) {
        invalid(e);  // a pointer to a type whose declaration failed
        return;
    }
    if (check_member_selector(e, called)) {  // fields and methods, promoted ones included
        if (e->type == type_invalid)
            invalid(e);
        return;
    }
    errorf(sel_pos(e), "%s.%s undefined (type %s has no field or method %s%s)", expr_text(e->x), e->name,
           type_str_local(t), e->name, lookup_hint(t, e->name));
    invalid(e);
}

// ---------------------------------------------------------------- literals

bool parse_int_lit(const char *lit, __int128 *out) {
    int base = 10;
    const char *p = lit;
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
        base = 16, p += 2;
    else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B'))
        base = 2, p += 2;
    else if (p[0] == '0' && (p[1] == 'o' || p[1] == 'O'))
        base = 8, p += 2;
    else if (p[0] == '0' && p[1])
        base = 8, p += 1;
    unsigned __int128 v = 0, limit = ((unsigned __int128)1 << 127) - 1;
    for (; *p; p++) {
        if (*p == '_')
            continue;
        int d = *p >= '0' && *p <= '9' ? *p - '0' : (*p | 32) >= 'a' && (*p | 32) <= 'f' ? (*p | 32) - 'a' + 10 : 99;
        if (d >= base)
            return false;
        if (v > (limit - (unsigned)d) / (unsigned)base)
            return false;
        v = v * (unsigned)base + (unsigned)d;
    }
    *out = (__int128)v;
    return true;
}

static char *without_separators(const char *lit) {
    char *buf = arena_strdup(lit), *q = buf;
    for (const char *p = lit; *p; p++)
        if (*p != '_')
            *q++ = *p;
    *q = 0;
    return buf;
}

// The value of an imaginary literal's mantissa (spec: Imaginary literals).
// Digits alone are decimal even with a leading 0 (0123i == 123i, for
// backward compatibility); 0x, 0b and 0o prefixes keep their base, and a hex
// mantissa with a p exponent is a hex float.
static long double imag_value(Expr *e) {
    char *m = without_separators(e->lit);
    m[strlen(m) - 1] = 0;  // the 'i'
    char p1 = (char)(m[1] | 32);
    bool prefixed = m[0] == '0' && (p1 == 'x' || p1 == 'b' || p1 == 'o');
    if (prefixed && !(p1 == 'x' && strpbrk(m, "pP"))) {
        __int128 v;
        if (!parse_int_lit(m, &v))
            errorf(e->pos, "integer constant overflow");
        return (long double)v;
    }
    return strtold(m, NULL);
}

static void check_basic_lit(Expr *e) {
    e->is_const = true;
    switch (e->kind) {
    case EXPR_INT_LIT:
        e->type = type_untyped_int;
        e->cval.kind = CONST_INT;
        if (!parse_int_lit(e->lit, &e->cval.i)) {
            errorf(e->pos, "integer constant overflow");
            invalid(e);
        }
        return;
    case EXPR_FLOAT_LIT:
        e->type = type_untyped_float;
        e->cval = const_float(strtold(without_separators(e->lit), NULL));
        return;
    case EXPR_IMAG_LIT:
        e->type = type_untyped_complex;
        e->cval = const_complex(0, imag_value(e));
        return;
    case EXPR_CHAR_LIT:
        e->type = type_untyped_rune;
        e->cval = const_int(e->rune);
        return;
    case EXPR_STRING_LIT:
        e->type = type_untyped_string;
        e->cval = const_str(e->sval, e->slen);
        return;
    default:
        assert(!"check_basic_lit: not a literal");
    }
}

// ---------------------------------------------------------------- index and slice

static Expr *deref_array_ptr(Expr *x) {
    Type *u = type_under(x->type);
    if (u->kind != TYPE_POINTER || type_under(u->elem)->kind != TYPE_ARRAY)
        return x;
    Expr *s = new_expr(EXPR_STAR, x->pos, u->elem);
    s->x = x;
    s->addressable = true;
    s->implicit_deref = true;  // marks the rewrite for expr_text
    return s;
}

// Checks an index or slice bound: an integer, converted to int; a constant
// must be non-negative and, when max >= 0, below max (at most max for slices).
static Expr *check_index_value(Expr *i, int64_t max, bool slice_bound, const char *what) {
    check_value(i);
    if (is_invalid(i))
        return i;
    if (i->is_const && type_is_untyped(i->type) && !type_is_numeric(i->type)) {
        errorf(start_pos(i), "cannot convert %s to type int", operand_string(i));
        return invalid(i);
    }
    if (i->is_const && type_is_untyped(i->type) && !const_representable(&i->cval, type_int, NULL)) {
        ConstVal r;
        errorf(start_pos(i), "%s %s int", operand_string(i),
               const_to_int(&i->cval, &r) ? "overflows" : "truncated to");
        return invalid(i);
    }
    if (i->is_const && type_is_untyped(i->type))
        convert_untyped(i, type_int);
    if (!type_is_integer(i->type) && !(i->is_const && type_is_untyped(i->type))) {
        errorf(start_pos(i), "invalid argument: %s %s must be integer", what, operand_string(i));
        return invalid(i);
    }
    if (i->is_const) {
        ConstVal v;
        const_to_int(&i->cval, &v);
        if (v.i < 0) {
            errorf(start_pos(i), "invalid argument: %s %s must not be negative", what,
                   operand_string(i));
            return invalid(i);
        }
        if (max >= 0 && (slice_bound ? v.i > max : v.i >= max)) {
            errorf(start_pos(i), "invalid argument: %s %s out of bounds [0:%lld]", what,
                   const_string(&v), (long long)(max + (slice_bound ? 1 : 0)));
            return invalid(i);
        }
    }
    if (type_is_untyped(i->type)) {
        convert_untyped(i, type_int);
        return i;
    }
    if (i->type != type_int) {
        Expr *c = new_expr(EXPR_CONVERT, i->pos, type_int);
        c->x = i;
        if (i->is_const) {
            c->is_const = true;
            c->cval = i->cval;
        }
        return c;
    }
    return i;
}

// spec: Index expressions
static void check_index(Expr *e) {
    check_value(e->x);
    if (is_invalid(e->x)) {
        check_raw(e->index);
        invalid(e);
        return;
    }
    e->x = deref_array_ptr(e->x);
    Type *u = type_under(e->x->type);
    int64_t max = -1;
    switch (u->kind) {
    case TYPE_STRING: case TYPE_UNTYPED_STRING:
        e->type = type_uint8;
        if (e->x->is_const)
            max = e->x->cval.slen;
        break;
    case TYPE_SLICE: e->type = u->elem; e->addressable = true; break;
    case TYPE_ARRAY:
        e->type = u->elem;
        e->addressable = e->x->addressable;
        max = u->len;
        break;
    case TYPE_MAP:
        check_map_index(e, u);
        return;
    default:
        errorf(e->pos, "cannot index %s", operand_string(e->x));
        check_raw(e->index);
        invalid(e);
        return;
    }
    if (type_is_untyped(e->x->type))
        convert_untyped(e->x, type_string);
    e->index = check_index_value(e->index, max, false, "index");
    if (is_invalid(e->index))
        invalid(e);
}

static bool slice_bounds_ok(Expr *e) {
    Expr *b[3] = {e->lo, e->hi, e->max};
    __int128 prev = -1;
    for (int i = 0; i < 3; i++) {
        if (!b[i] || !b[i]->is_const)
            continue;
        ConstVal v;
        const_to_int(&b[i]->cval, &v);
        if (v.i < prev) {
            errorf(start_pos(b[i]), "invalid slice indices: %s < %s", const_string(&v),
                   const_string(&(ConstVal){.kind = CONST_INT, .i = prev}));
            return false;
        }
        prev = v.i;
    }
    return true;
}

// spec: Slice expressions
static void check_slice(Expr *e) {
    check_value(e->x);
    if (is_invalid(e->x)) {
        invalid(e);
        return;
    }
    e->x = deref_array_ptr(e->x);
    Type *t = e->x->type, *u = type_under(t);
    int64_t max = -1;
    switch (u->kind) {
    case TYPE_STRING: case TYPE_UNTYPED_STRING:
        if (e->slice3) {
            errorf(start_pos(e->max), "invalid operation: 3-index slice of string");
            invalid(e);
            return;
        }
        if (type_is_untyped(t))
            convert_untyped(e->x, type_string);
        e->type = e->x->type;
        if (e->x->is_const)
            max = e->x->cval.slen;
        break;
    case TYPE_SLICE: e->type = t; break;
    case TYPE_ARRAY:
        if (!e->x->addressable) {
            errorf(start_pos(e), "cannot slice unaddressable value %s", operand_string(e->x));
            invalid(e);
            return;
        }
        mark_addr_taken(e->x);
        e->type = type_slice(u->elem);
        max = u->len;
        break;
    default:
        errorf(start_pos(e->x), "cannot slice %s", operand_string(e->x));
        invalid(e);
        return;
    }
    if (e->lo)
        e->lo = check_index_value(e->lo, max, true, "index");
    if (e->hi)
        e->hi = check_index_value(e->hi, max, true, "index");
    if (e->max)
        e->max = check_index_value(e->max, max, true, "index");
    if (is_invalid(e->lo) && e->lo)
        invalid(e);
    else if (is_invalid(e->hi) && e->hi)
        invalid(e);
    else if (is_invalid(e->max) && e->max)
        invalid(e);
    else if (!slice_bounds_ok(e))
        invalid(e);
}

// spec: Type assertions
static void check_type_assert(Expr *e) {
    check_value(e->x);
    if (!e->type_expr) {
        errorf(start_pos(e), "invalid syntax tree: use of .(type) outside type switch");
        invalid(e);
        return;
    }
    Type *t = check_type(e->type_expr);
    if (is_invalid(e->x) || t == type_invalid) {
        invalid(e);
        return;
    }
    if (!type_is_interface(e->x->type)) {
        errorf(start_pos(e->x), "invalid operation: %s is not an interface", operand_string(e->x));
        invalid(e);
        return;
    }
    const char *missing = NULL;
    if (!type_is_interface(t) && !implements(t, e->x->type, &missing) && has_method(t, missing)) {
        invalid(e);  // methods are reported as not supported
        return;
    }
    if (!type_is_interface(t) && !implements(t, e->x->type, &missing)) {
        errorf(start_pos(e), "impossible type assertion: %s\n\t%s does not implement %s %s",
               expr_text(e), type_str_local(t), type_str_local(e->x->type),
               implements_reason ? implements_reason : arena_sprintf("(missing method %s)", missing));
        invalid(e);
        return;
    }
    e->type = t;
}

// ---------------------------------------------------------------- unary

// spec: Address operators.  &T{...} allocates (SITE_ADDR_LIT); &x moves x.
Expr *check_addr(Expr *e) {
    Expr *x = strip_parens(e->x);
    if (x->kind == EXPR_COMPOSITE) {
        check_composite(x, NULL);
        if (is_invalid(x))
            return invalid(e);
        e->type = type_pointer(x->type);
        Site *s = site_new(SITE_ADDR_LIT, e->pos, x->type, e);
        s->text = arena_sprintf("&%s", site_text(x));
        return e;
    }
    check_raw(e->x);
    if (is_invalid(e->x))
        return invalid(e);
    if (e->x->is_type || !e->x->addressable) {
        errorf(start_pos(e->x), "invalid operation: cannot take address of %s", operand_string(e->x));
        return invalid(e);
    }
    mark_addr_taken(e->x);
    e->type = type_pointer(e->x->type);
    return e;
}

static bool unary_defined(int op, Type *t) {
    switch (op) {
    case TOK_ADD: case TOK_SUB: return type_is_numeric(t);
    case TOK_NOT: return type_is_boolean(t);
    case TOK_XOR: return type_is_integer(t);
    default: return false;
    }
}

// Reports a typed constant out of its type's range: "x (constant 500 of type int8) overflows int8".
static bool fits(Expr *e) {
    if (!e->is_const || type_is_untyped(e->type))
        return true;
    ConstVal r;
    if (const_representable(&e->cval, e->type, &r)) {
        e->cval = r;
        return true;
    }
    if (strcmp(expr_text(e), const_string(&e->cval)))
        errorf(start_pos(e), "%s (constant %s of type %s) overflows %s", expr_text(e),
               const_string(&e->cval), type_str_local(e->type), type_str_local(e->type));
    else
        errorf(start_pos(e), "constant %s overflows %s", const_string(&e->cval),
               type_str_local(e->type));
    invalid(e);
    return false;
}

// spec: Arithmetic operators (unary), Logical operators
static void check_unary(Expr *e) {
    if (e->op == TOK_AND) {
        check_addr(e);
        return;
    }
    if (e->op == TOK_ARROW) {
        errorf(e->pos, "channel receive not supported");
        check_raw(e->x);
        invalid(e);
        return;
    }
    check_value(e->x);
    if (is_invalid(e->x)) {
        invalid(e);
        return;
    }
    if (!unary_defined(e->op, e->x->type)) {
        errorf(start_pos(e->x), "invalid operation: operator %s not defined on %s", tok_string(e->op),
               operand_string(e->x));
        invalid(e);
        return;
    }
    e->type = e->x->type;
    if (e->x->is_const) {
        e->is_const = const_unary(e->op, &e->x->cval, e->type, &e->cval);
        if (e->op == TOK_XOR && e->type->kind == TYPE_UNTYPED_RUNE)
            e->type = type_untyped_rune;
        fits(e);
    }
}

// spec: Address operators (pointer indirection), or a pointer type *T.
static void check_star(Expr *e) {
    check_raw(e->x);
    if (is_invalid(e->x)) {
        invalid(e);
        return;
    }
    if (e->x->is_type) {
        e->is_type = true;
        e->type = type_pointer(e->x->type);
        return;
    }
    if (!e->x->type || e->x->type->kind == TYPE_UNTYPED_NIL) {
        errorf(start_pos(e->x), "invalid operation: cannot indirect %s", operand_string(e->x));
        invalid(e);
        return;
    }
    Type *u = type_under(e->x->type);
    if (u->kind != TYPE_POINTER) {
        errorf(start_pos(e->x), "invalid operation: cannot indirect %s", operand_string(e->x));
        invalid(e);
        return;
    }
    e->type = u->elem;
    e->addressable = true;
}

// ---------------------------------------------------------------- binary

static bool is_comparison(int op) {
    return op == TOK_EQL || op == TOK_NEQ || op == TOK_LSS || op == TOK_LEQ || op == TOK_GTR ||
           op == TOK_GEQ;
}

static bool is_shift(int op) { return op == TOK_SHL || op == TOK_SHR; }

static int untyped_rank(Type *t) {
    switch (t->kind) {
    case TYPE_UNTYPED_INT: return 1;
    case TYPE_UNTYPED_RUNE: return 2;
    case TYPE_UNTYPED_FLOAT: return 3;
    case TYPE_UNTYPED_COMPLEX: return 4;
    default: return 0;
    }
}

static void mismatched(Expr *e, Pos pos) {
    errorf(pos, "invalid operation: %s (mismatched types %s and %s)", expr_text(e),
           type_str_local(e->x->type), type_str_local(e->y->type));
    invalid(e);
}

static bool nilable(Type *t) {
    TypeKind k = type_under(t)->kind;
    return k == TYPE_POINTER || k == TYPE_SLICE || k == TYPE_MAP || k == TYPE_CHAN ||
           k == TYPE_FUNC || k == TYPE_INTERFACE || k == TYPE_UNSAFE_POINTER;
}

// Can untyped operand a take the type of the other operand t?  (types2's mayConvert)
static bool may_convert(Expr *a, Type *t) {
    Type *at = a->type;
    if (at->kind == TYPE_UNTYPED_NIL)
        return nilable(t);
    if (type_is_interface(t))
        return true;
    if (type_is_boolean(at) != type_is_boolean(t))
        return false;
    if (type_is_string(at) != type_is_string(t))
        return false;
    if (type_is_numeric(at) != type_is_numeric(t))
        return false;
    return true;
}

// Brings both operands of a binary operator to one type (spec: Operators).
static bool match_types(Expr *e) {
    Expr *x = e->x, *y = e->y;
    bool ux = type_is_untyped(x->type), uy = type_is_untyped(y->type);
    if (ux && uy) {
        int rx = untyped_rank(x->type), ry = untyped_rank(y->type);
        if (rx && ry) {
            Type *t = rx > ry ? x->type : y->type;
            set_type_rec(x, t);
            set_type_rec(y, t);
            return true;
        }
        if (x->type == y->type)
            return true;
        mismatched(e, is_comparison(e->op) ? start_pos(e->y) : start_pos(e));
        return false;
    }
    if (ux || uy) {
        Expr *u = ux ? x : y;
        Type *t = ux ? y->type : x->type;
        if (!may_convert(u, t)) {
            mismatched(e, is_comparison(e->op) ? start_pos(e->y) : start_pos(e));
            return false;
        }
        if (is_comparison(e->op) && u->is_const && !type_is_interface(t)) {
            ConstVal r;
            if (!const_representable(&u->cval, t, &r)) {
                mismatched(e, start_pos(e->y));
                return false;
            }
        }
        if (type_is_interface(t) && u->type->kind != TYPE_UNTYPED_NIL) {
            use_default(u);
            return !is_invalid(u);
        }
        if (!convert_untyped(u, t)) {
            invalid(e);
            return false;
        }
        return true;
    }
    return true;
}

static bool binary_defined(int op, Type *t) {
    switch (op) {
    case TOK_ADD: return type_is_numeric(t) || type_is_string(t);
    case TOK_SUB: case TOK_MUL: case TOK_QUO: return type_is_numeric(t);
    case TOK_REM: case TOK_AND: case TOK_OR: case TOK_XOR: case TOK_AND_NOT:
        return type_is_integer(t);
    case TOK_LAND: case TOK_LOR: return type_is_boolean(t);
    default: return false;
    }
}

static bool is_zero(Expr *y) {
    return y->is_const && ((y->cval.kind == CONST_INT && y->cval.i == 0) ||
                           (y->cval.kind == CONST_FLOAT && y->cval.f == 0) ||
                           (y->cval.kind == CONST_COMPLEX && y->cval.f == 0 && y->cval.fi == 0));
}

// Boxes whichever operand of a comparison is concrete when the other is an interface.
static void box_comparison(Expr *e) {
    bool ix = type_is_interface(e->x->type), iy = type_is_interface(e->y->type);
    if (ix && !iy && e->y->type->kind != TYPE_UNTYPED_NIL)
        e->y = box(e->y, e->x->type);
    else if (iy && !ix && e->x->type->kind != TYPE_UNTYPED_NIL)
        e->x = box(e->x, e->y->type);
    else if (e->x->type != e->y->type && !type_is_untyped(e->x->type) &&
             !type_is_untyped(e->y->type)) {
        // Assignable but not identical (a named type and its literal type, or
        // two interfaces): convert one side so both have one type (invariant 10).
        const char *r;
        bool to_x = assignable(e->y, e->x->type, &r);
        Expr **side = to_x ? &e->y : &e->x;
        Expr *c = new_expr(EXPR_CONVERT, (*side)->pos, to_x ? e->x->type : e->y->type);
        c->x = *side;
        *side = c;
    }
}

// types2's kindString: the kind of a composite type, else the type itself.
static const char *kind_string(Type *t) {
    const char *w = kind_word(t);
    Type *u = type_under(t);
    if (u->kind >= TYPE_POINTER && u->kind <= TYPE_CHAN)
        return arena_strndup(w, strlen(w) - 1);
    return type_str_local(t);
}

// types2's incomparableCause: a struct names its first incomparable field's type.
static const char *cmp_reason(Type *t) {
    Type *u = type_under(t);
    switch (u->kind) {
    case TYPE_SLICE: return "slice can only be compared to nil";
    case TYPE_MAP: return "map can only be compared to nil";
    case TYPE_FUNC: return "func can only be compared to nil";
    case TYPE_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (!type_comparable(u->fields[i].type))
                return arena_sprintf("struct containing %s cannot be compared",
                                     type_str_local(u->fields[i].type));
        break;
    default: break;
    }
    return arena_sprintf("%s cannot be compared", type_str_local(t));
}

// spec: Comparison operators
static bool is_nil(Expr *e) {
    e = strip_parens(e);
    return e->kind == EXPR_IDENT && e->obj && e->obj->kind == OBJ_NIL;
}

static void check_comparison(Expr *e) {
    Expr *x = e->x, *y = e->y;
    bool xnil = is_nil(x), ynil = is_nil(y);
    if (!xnil && !ynil && x->type != y->type) {
        const char *r;
        bool ok = assignable(y, x->type, &r) || assignable(x, y->type, &r);
        const char *missing = NULL;
        if (!ok && ((type_is_interface(x->type) && !implements(y->type, x->type, &missing) &&
                     has_method(y->type, missing)) ||
                    (type_is_interface(y->type) && !implements(x->type, y->type, &missing) &&
                     has_method(x->type, missing)))) {
            invalid(e);  // methods are reported as not supported
            return;
        }
        if (!ok) {
            mismatched(e, start_pos(e->y));
            return;
        }
    }
    Type *t = xnil ? y->type : x->type;
    if (e->op == TOK_EQL || e->op == TOK_NEQ) {
        if (xnil && ynil) {
            errorf(start_pos(e->y), "invalid operation: %s (operator %s not defined on untyped nil)",
                   expr_text(e), tok_string(e->op));
            invalid(e);
            return;
        }
        if (!xnil && !ynil && (!type_comparable(x->type) || !type_comparable(y->type))) {
            errorf(start_pos(e), "invalid operation: %s (%s)", expr_text(e),
                   cmp_reason(type_comparable(x->type) ? y->type : x->type));
            invalid(e);
            return;
        }
    } else if ((!type_is_numeric(t) && !type_is_string(t)) || type_is_complex(t)) {
        errorf(start_pos(e), "invalid operation: %s (operator %s not defined on %s)", expr_text(e),
               tok_string(e->op), kind_string(t));
        invalid(e);
        return;
    }
    box_comparison(e);
    if (type_is_untyped(e->x->type) && type_is_untyped(e->y->type) &&
        !(e->x->is_const && e->y->is_const)) {
        use_default(e->x);  // 1<<k == 0: both operands take their default type
        use_default(e->y);
    }
    e->type = type_untyped_bool;
    if (e->x->is_const && e->y->is_const) {
        e->is_const = true;
        e->cval = const_bool(const_compare(e->op, &e->x->cval, &e->y->cval));
    }
}

// spec: Shift operators (the count) and constant shifts.
static void check_shift(Expr *e) {
    Expr *x = e->x, *y = e->y;
    if (y->is_const && type_is_untyped(y->type)) {
        ConstVal v;
        if (!const_to_int(&y->cval, &v)) {
            errorf(start_pos(y), "%s truncated to uint", operand_string(y));
            invalid(e);
            return;
        }
        if (v.i < 0) {
            errorf(start_pos(y), "invalid operation: negative shift count %s", operand_string(y));
            invalid(e);
            return;
        }
        convert_untyped(y, type_uint);
    } else if (!type_is_integer(y->type)) {
        errorf(start_pos(y), "invalid operation: shift count %s must be integer", operand_string(y));
        invalid(e);
        return;
    } else if (y->is_const && y->cval.i < 0) {
        errorf(start_pos(y), "invalid operation: negative shift count %s", operand_string(y));
        invalid(e);
        return;
    }
    if (x->is_const && type_is_untyped(x->type) && y->is_const && x->cval.kind == CONST_FLOAT &&
        x->cval.f == floorl(x->cval.f) && fabsl(x->cval.f) >= 1.7e38L) {
        // An integral constant beyond 128 bits (1e100 >> 1000): shift in long double.
        int n = (int)(y->cval.i > 100000 ? 100000 : y->cval.i);
        long double r = ldexpl(x->cval.f, e->op == TOK_SHL ? n : -n);
        e->cval = const_float(e->op == TOK_SHR ? floorl(r) : r);
        ConstVal iv;
        if (const_to_int(&e->cval, &iv))
            e->cval = iv;
        e->is_const = true;
        e->type = type_untyped_int;
        return;
    }
    if (x->is_const && type_is_untyped(x->type)) {
        ConstVal v;
        if (!const_to_int(&x->cval, &v)) {
            errorf(start_pos(x), "invalid operation: shifted operand %s must be integer",
                   operand_string(x));
            invalid(e);
            return;
        }
        if (y->is_const) {
            if (const_shift(e->op, &v, (uint64_t)y->cval.i, &e->cval) != CONST_OK) {
                if (y->cval.i > 512) {
                    errorf(start_pos(e), "constant shift overflow");
                    invalid(e);
                    return;
                }
                e->cval = const_float(ldexpl((long double)v.i, (int)y->cval.i));  // beyond 128 bits
            }
            e->is_const = true;
            e->type = x->type->kind == TYPE_UNTYPED_RUNE ? type_untyped_rune : type_untyped_int;
            return;
        }
        // 1 << n: the 1 takes its type from the context (set_type_rec).
        x->cval = v;
        e->type = x->type->kind == TYPE_UNTYPED_FLOAT ? type_untyped_int : x->type;
        x->type = e->type;
        return;
    }
    if (!type_is_integer(x->type)) {
        errorf(start_pos(x), "invalid operation: shifted operand %s must be integer",
               operand_string(x));
        invalid(e);
        return;
    }
    e->type = x->type;
    if (x->is_const && y->is_const) {
        if (const_shift(e->op, &x->cval, (uint64_t)y->cval.i, &e->cval) != CONST_OK) {
            errorf(start_pos(e), "constant shift overflow");
            invalid(e);
            return;
        }
        e->is_const = true;
        fits(e);
    }
}

static void fold_binary(Expr *e) {
    bool integer = type_is_integer(e->type);
    ConstErr err = const_binary(e->op, &e->x->cval, &e->y->cval, integer, &e->cval);
    if (err == CONST_ERR_OVERFLOW && type_is_untyped(e->type) && integer) {
        // Beyond 128 bits: continue in long double (exact for powers of two;
        // gc keeps 512 exact bits).  Integer division still truncates.
        ConstVal a = const_float(const_as_float(&e->x->cval));
        ConstVal b = const_float(const_as_float(&e->y->cval));
        err = const_binary(e->op, &a, &b, false, &e->cval);
    }
    if (err == CONST_OK && integer && e->op == TOK_QUO && e->cval.kind == CONST_FLOAT)
        e->cval.f = truncl(e->cval.f);
    if (err == CONST_ERR_OVERFLOW) {
        errorf(start_pos(e), "constant overflow");
        invalid(e);
        return;
    }
    if (err != CONST_OK) {
        invalid(e);
        return;
    }
    e->is_const = true;
    if (e->type->kind == TYPE_UNTYPED_INT || e->type->kind == TYPE_UNTYPED_RUNE) {
        ConstVal r;
        if (const_to_int(&e->cval, &r))
            e->cval = r;
    }
    fits(e);
}

// spec: Arithmetic operators, Logical operators
static void check_binary(Expr *e) {
    check_value(e->x);
    check_value(e->y);
    if (is_invalid(e->x) || is_invalid(e->y)) {
        invalid(e);
        return;
    }
    if (is_shift(e->op)) {
        check_shift(e);
        return;
    }
    if (!match_types(e))
        return;
    if (is_comparison(e->op)) {
        check_comparison(e);
        return;
    }
    if (e->x->type != e->y->type) {
        mismatched(e, start_pos(e));
        return;
    }
    if (!binary_defined(e->op, e->x->type)) {
        errorf(start_pos(e), "invalid operation: operator %s not defined on %s", tok_string(e->op),
               operand_string(e->x));
        invalid(e);
        return;
    }
    if ((e->op == TOK_QUO || e->op == TOK_REM) && is_zero(e->y) &&
        (type_is_integer(e->x->type) || e->x->is_const)) {
        errorf(start_pos(e->y), "invalid operation: division by zero");
        invalid(e);
        return;
    }
    e->type = e->x->type;
    if (e->x->is_const && e->y->is_const) {
        fold_binary(e);
        return;
    }
    if (e->op == TOK_ADD && type_is_string(e->type)) {
        Site *s = site_new(SITE_CONCAT, e->pos, type_uint8, e);
        s->count = -1;
        s->size = -1;
    }
}

// ---------------------------------------------------------------- dispatch

static void check_paren(Expr *e) {
    check_raw(e->x);
    Expr *x = e->x;
    e->type = x->type;
    e->is_type = x->is_type;
    e->is_const = x->is_const;
    e->cval = x->cval;
    e->addressable = x->addressable;
}

static void check_convert_again(Expr *e) {
    // A conversion node checked a second time (const specs repeat their values).
    if (!e->type_expr) {
        check_raw(e->x);
        return;
    }
    Type *t = check_type(e->type_expr);
    check_value(e->x);
    if (t == type_invalid || is_invalid(e->x)) {
        invalid(e);
        return;
    }
    check_conversion(e, t, e->x);
}

void check_raw(Expr *e) {
    switch (e->kind) {
    case EXPR_BAD: invalid(e); return;
    case EXPR_IDENT: check_ident(e); return;
    case EXPR_INT_LIT: case EXPR_FLOAT_LIT: case EXPR_IMAG_LIT: case EXPR_CHAR_LIT:
    case EXPR_STRING_LIT:
        check_basic_lit(e);
        return;
    case EXPR_COMPOSITE: check_composite(e, NULL); return;
    case EXPR_FUNC_LIT: check_func_lit(e); return;
    case EXPR_PAREN: check_paren(e); return;
    case EXPR_SELECTOR: check_selector(e); return;
    case EXPR_INDEX: check_index(e); return;
    case EXPR_SLICE: check_slice(e); return;
    case EXPR_TYPE_ASSERT: check_type_assert(e); return;
    case EXPR_CALL: check_call(e); return;
    case EXPR_STAR: check_star(e); return;
    case EXPR_UNARY: check_unary(e); return;
    case EXPR_BINARY: check_binary(e); return;
    case EXPR_KEY_VALUE:
        errorf(start_pos(e), "unexpected key:value expression");
        invalid(e);
        return;
    case EXPR_ARRAY_TYPE: case EXPR_STRUCT_TYPE: case EXPR_FUNC_TYPE: case EXPR_INTERFACE_TYPE:
    case EXPR_MAP_TYPE: case EXPR_CHAN_TYPE:
        check_type(e);
        return;
    case EXPR_ELLIPSIS:
        errorf(e->pos, "invalid use of ...");
        invalid(e);
        return;
    case EXPR_CONVERT: check_convert_again(e); return;
    case EXPR_ZERO: case EXPR_RESULT: return;
    }
}

// Checks that e, already checked, is one value: not a type, a builtin, a
// call without results or a multi-value call.
static void require_single(Expr *e, bool allow_tuple) {
    if (is_invalid(e))
        return;
    Expr *s = strip_parens(e);
    if (e->is_type) {
        errorf(start_pos(e), "%s (type) is not an expression", expr_text(e));
        invalid(e);
    } else if (s->kind == EXPR_IDENT && s->obj && s->obj->kind == OBJ_BUILTIN) {
        errorf(start_pos(e), "%s (built-in) must be called", expr_text(e));
        invalid(e);
    } else if (!e->type) {
        errorf(start_pos(e), "%s (no value) used as value", expr_text(e));
        invalid(e);
    } else if (e->type->kind == TYPE_TUPLE && !allow_tuple) {
        errorf(start_pos(e), "multiple-value %s (value of type %s) in single-value context",
               expr_text(e), type_str_local(e->type));
        invalid(e);
    }
}

void check_value(Expr *e) {
    check_raw(e);
    require_single(e, false);
}

void check_multi(Expr *e) {
    check_raw(e);
    require_single(e, true);
}
