// check_defer.c: defer statements and recover (spec: Defer statements,
// Handling panics).
//
// After checking, STMT_DEFER's x is an EXPR_CALL in the typed IR (never
// parenthesized, never a conversion or a builtin whose result would be
// discarded).  Its function value and arguments are evaluated when the defer
// statement executes; the call itself runs when the surrounding function
// returns (see frontend.h, invariant 16).  recover() is a builtin call of
// type any.
//     defer len(s)      "defer discards result of len(s) (value of type int)"
//     defer int(1)      "defer requires function call, not conversion int(1) (...)"
//     defer (f())       "expression in defer must not be parenthesized"
//     defer f           "expression in defer must be function call"
#include "check.h"

// Builtins whose result a defer (or go) statement would discard.
static bool value_builtin(Builtin b) {
    return b == BUILTIN_APPEND || b == BUILTIN_CAP || b == BUILTIN_LEN || b == BUILTIN_MAKE ||
           b == BUILTIN_NEW || b == BUILTIN_MIN || b == BUILTIN_MAX || b == BUILTIN_COMPLEX ||
           b == BUILTIN_REAL || b == BUILTIN_IMAG;
}

void check_defer(Stmt *s) {
    const char *kw = s->kind == STMT_GO ? "go" : "defer";
    Expr *x = s->x;
    if (!x)
        return;
    if (x->kind == EXPR_PAREN) {
        check_raw(x);
        errorf(start_pos(x), "expression in %s must not be parenthesized", kw);
        return;
    }
    if (x->kind != EXPR_CALL) {
        check_raw(x);
        errorf(start_pos(x), "expression in %s must be function call", kw);
        return;
    }
    check_raw(x);
    if (is_invalid(x))
        return;
    if (x->kind == EXPR_CONVERT) {
        errorf(start_pos(x), "%s requires function call, not conversion %s", kw, operand_string(x));
        return;
    }
    if (x->kind == EXPR_CALL && x->call_kind == CALL_BUILTIN && value_builtin(x->builtin))
        errorf(start_pos(x), "%s discards result of %s", kw, operand_string(x));
}

void check_recover(Expr *e) {
    for (int i = 0; i < e->args.len; i++)
        check_raw(e->args.data[i]);
    if (e->args.len > 0) {
        errorf(start_pos(e), "invalid operation: too many arguments for %s (expected 0, found %d)",
               expr_text(e), e->args.len);
        e->type = type_invalid;
        return;
    }
    e->type = type_any;
}
