// check_assign.c: assignability and implicit conversions (spec: Assignability,
// Conversions, Representability).
//
// Every place a value flows into a typed slot (assignment, argument, return,
// composite element, send) goes through assign_conv, which
//   - gives an untyped operand the slot's type, checking representability:
//       var b int8 = 300  ->  "cannot use 300 (untyped int constant) as int8
//                              value in variable declaration (overflows)"
//   - checks assignability of typed operands, and
//   - wraps a concrete value flowing into an interface in an EXPR_CONVERT,
//     with a SITE_BOX site unless the value is pointer-shaped (invariant 3).
#include "check.h"

#include <string.h>

// Sets the type of an untyped expression tree to t: constants convert their
// value; comparisons stop (their operands keep their own types); shifts type
// their left operand only.
void set_type_rec(Expr *e, Type *t) {
    if (!e || !e->type || !type_is_untyped(e->type))
        return;
    if (e->is_const && !type_is_untyped(t)) {
        ConstVal r;
        if (const_representable(&e->cval, t, &r))
            e->cval = r;
    } else if (e->is_const && type_is_untyped(t)) {
        if (t->kind == TYPE_UNTYPED_FLOAT && e->cval.kind == CONST_INT)
            e->cval = const_float((long double)e->cval.i);
    }
    bool cmp = e->kind == EXPR_BINARY && (e->op == TOK_EQL || e->op == TOK_NEQ ||
                                          e->op == TOK_LSS || e->op == TOK_LEQ ||
                                          e->op == TOK_GTR || e->op == TOK_GEQ);
    e->type = t;
    if (e->is_const && !type_is_untyped(t))
        return;  // codegen reads cval only
    switch (e->kind) {
    case EXPR_PAREN: case EXPR_UNARY: set_type_rec(e->x, t); break;
    case EXPR_BINARY:
        if (cmp)
            break;
        set_type_rec(e->x, t);
        if (e->op != TOK_SHL && e->op != TOK_SHR)
            set_type_rec(e->y, t);
        else if (!type_is_integer(t) && !type_is_untyped(t)) {
            errorf(start_pos(e->x), "invalid operation: shifted operand %s (type %s) must be integer",
                   expr_text(e->x), type_str_local(t));
            e->type = type_invalid;
        }
        break;
    default: break;
    }
}

// The target's spelling in messages; callers with a type expression may name
// it as written ("byte" rather than "uint8").
static const char *target_name;

static const char *tname(Type *t) { return target_name ? target_name : type_str_local(t); }

// spec: Conversions (of untyped constants).  Reports errors in types2's words
// for operands of operators: "1.5 (untyped float constant) truncated to int".
bool convert_untyped(Expr *e, Type *t) {
    if (is_invalid(e) || !type_is_untyped(e->type))
        return true;
    Type *u = type_under(t);
    if (type_is_interface(t) && e->type->kind != TYPE_UNTYPED_NIL) {
        use_default(e);
        return !is_invalid(e);
    }
    if (e->type->kind == TYPE_UNTYPED_NIL) {
        if (u->kind == TYPE_POINTER || u->kind == TYPE_SLICE || u->kind == TYPE_MAP ||
            u->kind == TYPE_FUNC || u->kind == TYPE_CHAN || u->kind == TYPE_UNSAFE_POINTER ||
            u->kind == TYPE_INTERFACE) {
            e->type = t;
            return true;
        }
        errorf(start_pos(e), "cannot convert nil to type %s", tname(t));
        e->type = type_invalid;
        return false;
    }
    if (e->is_const) {
        ConstVal r;
        bool kind_ok = (type_is_numeric(e->type) && type_is_numeric(t)) ||
                       (type_is_string(e->type) && type_is_string(t)) ||
                       (type_is_boolean(e->type) && type_is_boolean(t));
        if (!kind_ok) {
            errorf(start_pos(e), "cannot convert %s to type %s", operand_string(e), tname(t));
            e->type = type_invalid;
            return false;
        }
        if (!const_representable(&e->cval, t, &r)) {
            // types2 decides by kind, not value: an untyped float or complex
            // constant that is not representable as an integer is "truncated".
            bool trunc = type_is_integer(t) && !type_is_integer(e->type);
            errorf(start_pos(e), "%s %s %s", operand_string(e),
                   trunc ? "truncated to" : "overflows", tname(t));
            e->type = type_invalid;
            return false;
        }
    } else if (type_is_boolean(e->type) != type_is_boolean(t) ||
               type_is_numeric(e->type) != type_is_numeric(t)) {
        errorf(start_pos(e), "cannot convert %s to type %s", operand_string(e), tname(t));
        e->type = type_invalid;
        return false;
    }
    set_type_rec(e, t);
    return !is_invalid(e);
}

// spec: Constants (default type).  `x := 1 << 70` overflows int here; ctx
// names the context in the message ("argument to f" when boxed for a call).
static void default_in(Expr *e, const char *ctx) {
    if (is_invalid(e) || !type_is_untyped(e->type) || e->type->kind == TYPE_UNTYPED_NIL)
        return;
    Type *t = type_default(e->type);
    if (e->is_const && !const_representable(&e->cval, t, NULL)) {
        errorf(start_pos(e), "cannot use %s as %s value in %s (overflows)", operand_string(e),
               type_str_local(t), ctx);
        e->type = type_invalid;
        return;
    }
    set_type_rec(e, t);
}

void use_default(Expr *e) { default_in(e, "assignment"); }

// spec: Implementing an interface: method sets (check_method.c).
bool implements(Type *t, Type *iface, const char **missing) {
    return check_implements(t, iface, missing);
}

// spec: Assignability (for a typed or nil operand).
bool assignable(Expr *e, Type *t, const char **reason) {
    Type *v = e->type;
    *reason = NULL;
    if (v == t)
        return true;
    if (v->kind == TYPE_UNTYPED_NIL) {
        TypeKind k = type_under(t)->kind;
        return k == TYPE_POINTER || k == TYPE_SLICE || k == TYPE_MAP || k == TYPE_CHAN ||
               k == TYPE_FUNC || k == TYPE_INTERFACE || k == TYPE_UNSAFE_POINTER;
    }
    if (type_under(v) == type_under(t) && (v->kind != TYPE_NAMED || t->kind != TYPE_NAMED) &&
        type_under(v)->kind >= TYPE_POINTER)
        return true;
    if (type_is_interface(t)) {
        const char *missing = NULL;
        if (implements(v, t, &missing))
            return true;
        *reason = implements_reason
                      ? arena_sprintf("%s does not implement %s %s", type_str_local(v), type_str_local(t),
                                      implements_reason)
                      : arena_sprintf("%s does not implement %s (missing method %s)",
                                      type_str_local(v), type_str_local(t), missing);
    }
    return false;
}

static bool pointer_shaped(Type *t) {
    TypeKind k = type_under(t)->kind;
    return k == TYPE_POINTER || k == TYPE_MAP || k == TYPE_CHAN || k == TYPE_FUNC ||
           k == TYPE_UNSAFE_POINTER;
}

// Wraps a concrete value into interface type iface (invariant 3).
Expr *box(Expr *e, Type *iface) {
    if (is_invalid(e) || type_is_interface(e->type))
        return e;
    if (type_is_untyped(e->type))
        use_default(e);
    Expr *c = new_expr(EXPR_CONVERT, e->pos, iface);
    c->x = e;
    if (!pointer_shaped(e->type)) {
        Site *s = site_new(SITE_BOX, e->pos, e->type, c);
        s->text = site_text(e);
    }
    return c;
}

static bool untyped_to_slot(Expr *e, Type *t, const char *ctx) {
    if (e->type->kind == TYPE_UNTYPED_NIL) {
        const char *r;
        if (assignable(e, t, &r)) {
            e->type = t;
            return true;
        }
        errorf(start_pos(e), "cannot use nil as %s value in %s", tname(t), ctx);
        e->type = type_invalid;
        return false;
    }
    if (type_is_interface(t)) {
        default_in(e, ctx);
        return !is_invalid(e);
    }
    bool kind_ok = (type_is_numeric(e->type) && type_is_numeric(t)) ||
                   (type_is_string(e->type) && type_is_string(t)) ||
                   (type_is_boolean(e->type) && type_is_boolean(t));
    if (!kind_ok) {
        errorf(start_pos(e), "cannot use %s as %s value in %s", operand_string(e), tname(t), ctx);
        e->type = type_invalid;
        return false;
    }
    ConstVal r;
    if (e->is_const && !const_representable(&e->cval, t, &r)) {
        bool trunc = type_is_integer(t) && !type_is_integer(e->type);  // as in convert_untyped
        errorf(start_pos(e), "cannot use %s as %s value in %s (%s)", operand_string(e), tname(t),
               ctx, trunc ? "truncated" : "overflows");
        e->type = type_invalid;
        return false;
    }
    set_type_rec(e, t);
    return !is_invalid(e);
}

// spec: Assignability.  Returns e converted for a slot of type t.
Expr *assign_conv(Expr *e, Type *t, const char *ctx) {
    if (is_invalid(e) || !t || t == type_invalid || type_under(t) == type_invalid)
        return e;
    if (type_is_untyped(e->type) && !untyped_to_slot(e, t, ctx))
        return e;
    const char *reason = NULL;
    if (!assignable(e, t, &reason)) {
        const char *missing = NULL;
        if (type_is_interface(t) && !implements(e->type, t, &missing) && has_method(e->type, missing)) {
            e->type = type_invalid;  // the type's methods are reported as not supported
            return e;
        }
        if (reason)
            errorf(start_pos(e), "cannot use %s as %s value in %s: %s", operand_string(e),
                   tname(t), ctx, reason);
        else
            errorf(start_pos(e), "cannot use %s as %s value in %s", operand_string(e), tname(t),
                   ctx);
        e->type = type_invalid;
        return e;
    }
    if (type_is_interface(t) && !type_is_interface(e->type))
        return box(e, t);
    if (type_is_interface(t) && e->type != t && type_under(e->type) != type_under(t)) {
        Expr *c = new_expr(EXPR_CONVERT, e->pos, t);  // error -> any: no allocation
        c->x = e;
        return c;
    }
    return e;
}

// assign_conv naming the target as its type expression spells it.
Expr *assign_conv_named(Expr *e, Type *t, Expr *type_expr, const char *ctx) {
    Expr *s = strip_parens(type_expr);
    if (s && s->kind == EXPR_IDENT && (!strcmp(s->name, "byte") || !strcmp(s->name, "rune")))
        target_name = s->name;
    Expr *r = assign_conv(e, t, ctx);
    target_name = NULL;
    return r;
}

bool representable_or_error(Expr *e, Type *t, const char *ctx) {
    return !is_invalid(assign_conv(e, t, ctx));
}
