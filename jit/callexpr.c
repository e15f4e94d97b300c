// callexpr.c: the -call syntax, a Go call expression with literal arguments.
//
//     Call      = identifier "(" [ Value { "," Value } [ "," ] ] ")" .
//     Value     = [ "-" | "+" ] ( int_lit | float_lit ) | rune_lit | string_lit
//               | "true" | "false" | "nil" | Composite .
//     Composite = [ TypeName ] "{" [ Element { "," Element } [ "," ] ] "}" .
//     Element   = [ identifier ":" ] Value .        (keys: struct fields only)
//
// Tokens come from gosub's own lexer, so literals mean what they mean in Go
// (0x1F, 1_000, 'a', "tab\t", `raw`).  Values are parsed against the
// function's signature: the expected type names the fields of a keyed
// struct literal, fills in elided composite types, and must equal a written
// TypeName (written as in package main: Point, []Point, [2]int).  Type
// mismatches and out-of-range numbers are reported by value.c when the
// arguments are encoded.  A variadic function's extra arguments are packed
// into its final slice parameter, as the compiler does.
//
// Example: for  func Scale(p Point, k float64) Point   -call 'Scale(Point{X: 1, Y: 2}, 3)'
// gives args = {STRUCT{INT 1, INT 2}, INT 3}.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jit.h"

typedef struct Parser {
    Lexer *lx;
    Token tok;
    const char *fn;  // the function's name, for messages
    const char *pkg; // the package's name: "main.Point" is written Point
} Parser;

static void next(Parser *p) { p->tok = lexer_next(p->lx); }

static const char *tok_text(Token *t) {
    if (t->kind == TOK_EOF || (t->kind == TOK_SEMICOLON && t->auto_semi))
        return "end of input";
    return t->lit ? t->lit : tok_string(t->kind);
}

static int expect(Parser *p, TokKind k) {
    if (p->tok.kind != k)
        return jit_fail("-call: expected %s, found %s", tok_string(k), tok_text(&p->tok));
    next(p);
    return 0;
}

// ---------------------------------------------------------------- numbers

static char *without_underscores(const char *s) {
    char *out = arena_strdup(s), *w = out;
    for (; *s; s++)
        if (*s != '_')
            *w++ = *s;
    *w = 0;
    return out;
}

static int parse_int(const char *lit, bool neg, GosubValue *v) {
    char *s = without_underscores(lit), *end;
    int base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        base = 16, s += 2;
    else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B'))
        base = 2, s += 2;
    else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O'))
        base = 8, s += 2;
    else if (s[0] == '0' && s[1])
        base = 8, s += 1;
    errno = 0;
    unsigned long long u = strtoull(s, &end, base);
    if (errno || *end || (neg && u > (1ull << 63)))
        return jit_fail("-call: integer %s%s out of range", neg ? "-" : "", lit);
    if (neg)
        *v = gosub_int(u == (1ull << 63) ? INT64_MIN : -(int64_t)u);
    else
        *v = u > INT64_MAX ? gosub_uint(u) : gosub_int((int64_t)u);
    return 0;
}

static int parse_number(Parser *p, GosubValue *v) {
    bool neg = false;
    if (p->tok.kind == TOK_SUB || p->tok.kind == TOK_ADD) {
        neg = p->tok.kind == TOK_SUB;
        next(p);
    }
    Token t = p->tok;
    next(p);
    if (t.kind == TOK_INT)
        return parse_int(t.lit, neg, v);
    if (t.kind == TOK_FLOAT) {
        double d = strtod(without_underscores(t.lit), NULL);
        *v = gosub_float(neg ? -d : d);
        return 0;
    }
    if (t.kind == TOK_CHAR && !neg) {
        *v = gosub_int(t.rune);
        return 0;
    }
    return jit_fail("-call: expected a number, found %s", tok_text(&t));
}

// ---------------------------------------------------------------- composites

// Drops the package's own qualifier: "[]main.Point" and "[]Point" name the
// same type on the command line.
static const char *unqualified(const char *s, const char *pkg) {
    const char *prefix = arena_sprintf("%s.", pkg);
    size_t n = strlen(prefix);
    char *out = arena_strdup(s), *w = out;
    for (const char *r = s; *r;) {
        bool word_start = r == s || !(r[-1] == '_' || (r[-1] >= 'a' && r[-1] <= 'z') ||
                                      (r[-1] >= 'A' && r[-1] <= 'Z') || (r[-1] >= '0' && r[-1] <= '9'));
        if (word_start && strncmp(r, prefix, n) == 0)
            r += n;
        else
            *w++ = *r++;
    }
    *w = 0;
    return out;
}

// Reads a written type name up to "{" and checks it against t.
static int parse_type_name(Parser *p, Type *t) {
    char buf[256] = "";
    size_t n = 0;
    while (p->tok.kind != TOK_LBRACE && p->tok.kind != TOK_EOF && n < sizeof buf - 64) {
        const char *s = tok_text(&p->tok);
        n += (size_t)snprintf(buf + n, sizeof buf - n, "%s", s);
        next(p);
    }
    if (strcmp(unqualified(buf, p->pkg), unqualified(type_str(t), p->pkg)) != 0)
        return jit_fail("-call: %s: cannot use %s{...} as %s value", p->fn, buf, type_str(t));
    return 0;
}

static int parse_value(Parser *p, Type *t, GosubValue *v);

// The zero value of t, for the struct fields a literal leaves out.
static GosubValue zero_of(Type *t) {
    Type *u = type_under(t);
    switch (u->kind) {
    case TYPE_BOOL: return gosub_bool(false);
    case TYPE_STRING: return gosub_bytes("", 0);
    case TYPE_FLOAT32: case TYPE_FLOAT64: return gosub_float(0);
    case TYPE_SLICE: case TYPE_POINTER: case TYPE_MAP: case TYPE_CHAN: case TYPE_FUNC:
    case TYPE_INTERFACE: case TYPE_UNSAFE_POINTER:
        return gosub_pointer(NULL);
    case TYPE_ARRAY: {
        GosubValue v = {.kind = GOSUB_ARRAY, .n = u->len};
        v.elems = arena_alloc(sizeof(GosubValue) * (size_t)(u->len + 1));
        for (int64_t i = 0; i < u->len; i++)
            v.elems[i] = zero_of(u->elem);
        return v;
    }
    case TYPE_STRUCT: {
        GosubValue v = {.kind = GOSUB_STRUCT, .n = u->nfields};
        v.elems = arena_alloc(sizeof(GosubValue) * (size_t)(u->nfields + 1));
        for (int i = 0; i < u->nfields; i++)
            v.elems[i] = zero_of(u->fields[i].type);
        return v;
    }
    default: return gosub_int(0);
    }
}

static int field_index(Type *u, const char *name) {
    for (int i = 0; i < u->nfields; i++)
        if (u->fields[i].name && strcmp(u->fields[i].name, name) == 0)
            return i;
    return -1;
}

// The elements of a struct literal: all keyed or all positional.
static int parse_struct_elems(Parser *p, Type *t, GosubValue *v) {
    Type *u = type_under(t);
    v->kind = GOSUB_STRUCT;
    v->n = u->nfields;
    v->elems = arena_alloc(sizeof(GosubValue) * (size_t)(u->nfields + 1));
    for (int i = 0; i < u->nfields; i++)
        v->elems[i] = zero_of(u->fields[i].type);
    for (int i = 0; p->tok.kind != TOK_RBRACE; i++) {
        int fi = i;
        if (p->tok.kind == TOK_IDENT && strcmp(p->tok.lit, "true") && strcmp(p->tok.lit, "false") &&
            strcmp(p->tok.lit, "nil")) {
            const char *name = p->tok.lit;
            next(p);
            if ((fi = field_index(u, name)) < 0)
                return jit_fail("-call: unknown field %s in struct literal of type %s", name,
                                type_str(t));
            if (expect(p, TOK_COLON))
                return -1;
        } else if (fi >= u->nfields) {
            return jit_fail("-call: too many values in struct literal of type %s", type_str(t));
        }
        if (parse_value(p, u->fields[fi].type, &v->elems[fi]))
            return -1;
        if (p->tok.kind != TOK_COMMA)
            break;
        next(p);
    }
    return 0;
}

static int parse_list_elems(Parser *p, Type *elem, int64_t len, GosubValue *v, GosubKind kind) {
    Vec vals = {0};
    while (p->tok.kind != TOK_RBRACE) {
        GosubValue *e = NEW(GosubValue);
        if (parse_value(p, elem, e))
            return -1;
        vec_push(&vals, e);
        if (p->tok.kind != TOK_COMMA)
            break;
        next(p);
    }
    // An array literal may give fewer elements than the length: the rest are zero.
    int64_t n = kind == GOSUB_ARRAY && len > vals.len ? len : vals.len;
    v->kind = kind;
    v->n = n;
    v->elems = arena_alloc(sizeof(GosubValue) * (size_t)(n + 1));
    for (int64_t i = 0; i < n; i++)
        v->elems[i] = i < vals.len ? *(GosubValue *)VEC_AT(vals, i) : zero_of(elem);
    return 0;
}

static int parse_composite(Parser *p, Type *t, GosubValue *v) {
    if (p->tok.kind != TOK_LBRACE && parse_type_name(p, t))
        return -1;
    if (expect(p, TOK_LBRACE))
        return -1;
    Type *u = type_under(t);
    int status;
    if (u->kind == TYPE_STRUCT)
        status = parse_struct_elems(p, t, v);
    else if (u->kind == TYPE_SLICE || u->kind == TYPE_ARRAY)
        status = parse_list_elems(p, u->elem, u->len, v,
                                  u->kind == TYPE_SLICE ? GOSUB_SLICE : GOSUB_ARRAY);
    else
        status = jit_fail("-call: %s: invalid composite literal type %s", p->fn, type_str(t));
    return status ? status : expect(p, TOK_RBRACE);
}

// ---------------------------------------------------------------- values

static int parse_ident_value(Parser *p, Type *t, GosubValue *v) {
    const char *s = p->tok.lit;
    if (strcmp(s, "true") == 0 || strcmp(s, "false") == 0) {
        *v = gosub_bool(s[0] == 't');
        next(p);
        return 0;
    }
    if (strcmp(s, "nil") == 0) {
        *v = gosub_pointer(NULL);
        next(p);
        return 0;
    }
    return parse_composite(p, t, v);
}

static int parse_value(Parser *p, Type *t, GosubValue *v) {
    // A complex argument would need complex literals and the pair's ABI in
    // ffi.c; no -call has needed one yet.
    if (type_is_complex(t))
        return jit_fail("-call: %s: parameters of type %s are not supported", p->fn, type_str(t));
    switch (p->tok.kind) {
    case TOK_INT: case TOK_FLOAT: case TOK_CHAR: case TOK_SUB: case TOK_ADD:
        return parse_number(p, v);
    case TOK_STRING:
        *v = gosub_bytes(p->tok.sval, p->tok.slen);
        next(p);
        return 0;
    case TOK_IDENT:
        return parse_ident_value(p, t, v);
    case TOK_LBRACK: case TOK_LBRACE:
        return parse_composite(p, t, v);
    default:
        return jit_fail("-call: expected a literal value, found %s", tok_text(&p->tok));
    }
}

// ---------------------------------------------------------------- the call

// The arguments between the parentheses, one per parameter; a variadic
// tail becomes one slice value.
static int parse_args(Parser *p, Type *sig, GosubValue *args) {
    int fixed = sig->variadic ? sig->nparams - 1 : sig->nparams, n = 0;
    Vec tail = {0};
    while (p->tok.kind != TOK_RPAREN && p->tok.kind != TOK_EOF) {
        if (n >= fixed && !sig->variadic)
            return jit_fail("-call: too many arguments in call to %s: it takes %d", p->fn,
                            sig->nparams);
        GosubValue *v = n < fixed ? &args[n] : NEW(GosubValue);
        if (parse_value(p, n < fixed ? sig->params[n] : type_under(sig->params[fixed])->elem, v))
            return -1;
        if (n++ >= fixed)
            vec_push(&tail, v);
        if (p->tok.kind != TOK_COMMA)
            break;
        next(p);
    }
    if (n < fixed)
        return jit_fail("-call: not enough arguments in call to %s: %d given, it takes %d", p->fn,
                        n, fixed);
    if (sig->variadic) {
        GosubValue *elems = arena_alloc(sizeof(GosubValue) * (size_t)(tail.len + 1));
        for (int i = 0; i < tail.len; i++)
            elems[i] = *(GosubValue *)VEC_AT(tail, i);
        args[fixed] = tail.len ? gosub_slice(elems, tail.len) : gosub_pointer(NULL);
    }
    return 0;
}

static bool at_end(Parser *p) {
    return p->tok.kind == TOK_EOF || (p->tok.kind == TOK_SEMICOLON && p->tok.auto_semi);
}

int jit_parse_call(GosubJit *j, const char *text, Func **f, GosubValue **args) {
    int errs = diag_error_count();
    Parser p = {.lx = lexer_new(diag_add_file("-call", text, strlen(text))),
                .pkg = jit_package_name(j)};
    next(&p);
    if (p.tok.kind != TOK_IDENT)
        return jit_fail("-call: expected a call such as 'F(1, \"x\")', found %s", tok_text(&p.tok));
    p.fn = p.tok.lit;
    next(&p);
    if (strcmp(p.fn, p.pkg) == 0 && p.tok.kind == TOK_PERIOD) {  // main.F names F too
        next(&p);
        p.fn = p.tok.kind == TOK_IDENT ? p.tok.lit : "";
        next(&p);
    }
    if (!(*f = jit_find_func(j, p.fn)))
        return jit_fail("-call: no function %s (a top-level function, not a method)", p.fn);
    Type *sig = type_under((*f)->sig);
    *args = arena_alloc(sizeof(GosubValue) * (size_t)(sig->nparams + 1));
    if (expect(&p, TOK_LPAREN) || parse_args(&p, sig, *args) || expect(&p, TOK_RPAREN))
        return -1;
    if (!at_end(&p))
        return jit_fail("-call: unexpected %s after the call", tok_text(&p.tok));
    if (diag_error_count() > errs)
        return jit_fail("-call: invalid literal in %s", text);
    return 0;
}
