// parser.c: recursive descent from tokens to the syntax tree of frontend.h.
//
// The parser reads one file's tokens (lexer.c) and builds a File: its package
// clause, imports and declarations, covering the Go grammar of the spec minus
// generics.  Its structure, recovery and messages follow gc's parser
// (cmd/compile/internal/syntax/parser.go) function by function, so that syntax
// errors read as gc's do:  "syntax error: unexpected newline, expected comma
// or )".  The grammar production is written above each parse function.
//
// Positions are the ones gc's syntax tree records, which gc's -m output and
// error messages use:
//     binary and unary expressions   the operator        a + b   -> the '+'
//     calls, index, slice            the '(' or '['      f(x)    -> the '('
//     selectors, type assertions     the '.'             x.f     -> the '.'
//                                    (a selector's name_pos is the 'f')
//     break/continue/goto L          the keyword; label_pos is the 'L'
//     L: stmt                        the label (gc: the ':')
//     composite literals             the '{'             T{1}    -> the '{'
//     key: value                     the ':'
//     assignments, x++, x <- v       the operator        x := 1  -> the ':='
//     other statements, literals, identifiers, types: their first token.
// expr_start (below) gives the leftmost position, which type errors use.
//
// Invariants.
//  - parse_file never returns NULL and never crashes, asserts or loops: every
//    error recovery consumes at least one token or stops at a synchronising
//    token that the enclosing loop consumes; nesting deeper than
//    PARSE_MAX_DEPTH stops the parse with one error.  Time is linear.
//  - Like gc, only the first syntax error on a line is reported, and none at
//    the end of file once an error has been reported.
//  - Composite literals T{...} whose type is a bare (possibly qualified or
//    indexed) name are not recognised at the top level of an if/for/switch
//    header (xnest < 0), as the spec requires ("Composite literals");
//    parenthesised, they are.
//  - Each const spec of a group that omits type and values gets a deep copy
//    of the previous spec's type and values (the checker rewrites nodes in
//    place, so they must not be shared), and its iota is its index.
//  - Generic type parameters are reported as not supported and skipped.
//
// Example: "if x := f(); x > 0 { y++ }" becomes
//     STMT_IF  init: STMT_ASSIGN(:=, [x], [CALL f()])
//              cond: BINARY(>, x, 0)
//              body: { STMT_INCDEC(++, y) }
#include "frontend.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

// The deepest nesting of expressions, types and blocks the parser accepts.
// Real programs stay far below; the limit keeps hostile inputs from
// overflowing the C stack (each level costs a handful of frames).
enum { PARSE_MAX_DEPTH = 1000 };

typedef struct Parser {
    Lexer *lx;
    int file;
    Token tok;
    int xnest;          // expression nesting; < 0 inside control clause headers
    int fnest;          // function nesting (for the recovery stop set)
    int depth;          // current recursion depth
    bool stopped;       // nesting limit hit: the parser reads only EOF now
    int errors_at_start;
    int last_syntax_line;  // line of the last reported syntax error, or 0
} Parser;

// ---------------------------------------------------------------- tokens and errors

static void next(Parser *p) {
    if (p->stopped) {
        p->tok.kind = TOK_EOF;
        p->tok.lit = "EOF";
        return;
    }
    p->tok = lexer_next(p->lx);
}

static bool got(Parser *p, TokKind k) {
    if (p->tok.kind == k) {
        next(p);
        return true;
    }
    return false;
}

static bool is_literal(TokKind k) {
    return k == TOK_INT || k == TOK_FLOAT || k == TOK_IMAG || k == TOK_CHAR || k == TOK_STRING;
}

static bool is_keyword(TokKind k) { return k >= TOK_BREAK && k < TOK_COUNT; }

static bool is_assign_op(TokKind k) { return k >= TOK_ADD_ASSIGN && k <= TOK_AND_NOT_ASSIGN; }

// gc's tokstring: the English word for a token in "expected X" messages.
static const char *tokstring(TokKind k) {
    if (k == TOK_COMMA)
        return "comma";
    if (k == TOK_SEMICOLON)
        return "semicolon or newline";
    if (k == TOK_IDENT)
        return "name";
    if (is_keyword(k))
        return arena_sprintf("keyword %s", tok_string(k));
    return tok_string(k);
}

// How gc names the current token after "unexpected".
static const char *tok_desc(Parser *p) {
    TokKind k = p->tok.kind;
    if (k == TOK_IDENT)
        return arena_sprintf("name %s", p->tok.lit);
    if (k == TOK_SEMICOLON)
        return p->tok.lit ? p->tok.lit : "semicolon";
    if (is_literal(k))
        return arena_sprintf("literal %s", p->tok.lit);
    return tokstring(k);
}

static bool starts_with(const char *s, const char *prefix) {
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

// Reports any parser error (not prefixed); errors at EOF after a first error
// are dropped as gc drops them.
static void error_at(Parser *p, Pos pos, const char *msg) {
    if (p->tok.kind == TOK_EOF && diag_error_count() > p->errors_at_start)
        return;
    diag_error(pos, "%s", msg);
}

// gc's syntaxErrorAt: msg "expected X", "in X", "at X", "after X" gets the
// current token prepended ("unexpected Y, expected X"); other messages are
// printed as they are.  Only one syntax error is reported per line.
static void syntax_error_at(Parser *p, Pos pos, const char *msg) {
    if (p->tok.kind == TOK_EOF && diag_error_count() > p->errors_at_start)
        return;
    if (p->last_syntax_line == pos.line)
        return;
    p->last_syntax_line = pos.line;
    const char *text;
    if (msg[0] == 0)
        text = arena_sprintf("syntax error: unexpected %s", tok_desc(p));
    else if (starts_with(msg, "in ") || starts_with(msg, "at ") || starts_with(msg, "after "))
        text = arena_sprintf("syntax error: unexpected %s %s", tok_desc(p), msg);
    else if (starts_with(msg, "expected "))
        text = arena_sprintf("syntax error: unexpected %s, %s", tok_desc(p), msg);
    else
        text = arena_sprintf("syntax error: %s", msg);
    diag_error(pos, "%s", text);
}

static void syntax_error(Parser *p, const char *msg) { syntax_error_at(p, p->tok.pos, msg); }

// Tokens that start a statement: good places to resynchronise inside a
// function body (gc's stopset).
static bool in_stopset(TokKind k) {
    switch (k) {
    case TOK_BREAK: case TOK_CONST: case TOK_CONTINUE: case TOK_DEFER:
    case TOK_FALLTHROUGH: case TOK_FOR: case TOK_GO: case TOK_GOTO: case TOK_IF:
    case TOK_RETURN: case TOK_SELECT: case TOK_SWITCH: case TOK_TYPE: case TOK_VAR:
        return true;
    default:
        return false;
    }
}

// gc's advance: skips tokens until one of follow (a TOK_EOF-terminated list)
// or, inside a function, a statement keyword.  With follow NULL it skips
// exactly one token.  Never skips EOF.
static void advance(Parser *p, const TokKind *follow) {
    if (!follow) {
        if (p->tok.kind != TOK_EOF)
            next(p);
        return;
    }
    for (;;) {
        TokKind k = p->tok.kind;
        if (k == TOK_EOF || (p->fnest > 0 && in_stopset(k)))
            return;
        for (const TokKind *f = follow; *f != TOK_EOF; f++)
            if (*f == k)
                return;
        next(p);
    }
}
#define ADVANCE(p, ...) advance(p, (const TokKind[]){__VA_ARGS__, TOK_EOF})

static void want(Parser *p, TokKind k) {
    if (!got(p, k)) {
        syntax_error(p, arena_sprintf("expected %s", tokstring(k)));
        advance(p, NULL);
    }
}

// Depth accounting: enter() returns false when the limit is hit; the caller
// then returns a bad node.  leave() must pair with every successful enter().
static bool enter(Parser *p) {
    if (p->stopped)
        return false;
    if (++p->depth > PARSE_MAX_DEPTH) {
        p->depth--;
        diag_error(p->tok.pos, "syntax error: too deeply nested (more than %d levels)",
                   PARSE_MAX_DEPTH);
        p->stopped = true;
        p->tok.kind = TOK_EOF;
        p->tok.lit = "EOF";
        return false;
    }
    return true;
}
static void leave(Parser *p) { p->depth--; }

// ---------------------------------------------------------------- nodes

static Expr *new_expr(ExprKind kind, Pos pos) {
    Expr *e = NEW(Expr);
    e->kind = kind;
    e->pos = pos;
    return e;
}

static Expr *bad_expr(Parser *p) { return new_expr(EXPR_BAD, p->tok.pos); }

static Stmt *new_stmt(StmtKind kind, Pos pos) {
    Stmt *s = NEW(Stmt);
    s->kind = kind;
    s->pos = pos;
    return s;
}

static Expr *unparen(Expr *x) {
    while (x && x->kind == EXPR_PAREN)
        x = x->x;
    return x;
}

Pos expr_start(Expr *e) {
    for (;;) {
        switch (e->kind) {
        case EXPR_SELECTOR: case EXPR_INDEX: case EXPR_SLICE: case EXPR_TYPE_ASSERT:
            e = e->x;
            break;
        case EXPR_CALL:
            e = e->fn;
            break;
        case EXPR_BINARY:
            e = e->x;
            break;
        case EXPR_KEY_VALUE:
            e = e->key;
            break;
        case EXPR_COMPOSITE:
            if (!e->type_expr)
                return e->pos;
            e = e->type_expr;
            break;
        default:
            return e->pos;
        }
        if (!e)
            return (Pos){-1, 0, 0};
    }
}

// ---------------------------------------------------------------- printing (for messages)

static const char *expr_string(Expr *e);

// Messages quote at most this many bytes of an expression list, which also
// keeps building them linear on absurdly long lists.
enum { MSG_MAX = 200 };

static const char *list_string(Vec *v) {
    const char *s = "";
    for (int i = 0; i < v->len; i++) {
        if (strlen(s) > MSG_MAX)
            return arena_sprintf("%s, …", s);
        s = arena_sprintf("%s%s%s", s, i ? ", " : "", expr_string(v->data[i]));
    }
    return s;
}

static const char *fields_string(Vec *v, const char *sep) {
    const char *s = "";
    for (int i = 0; i < v->len; i++) {
        Field *f = v->data[i];
        if (strlen(s) > MSG_MAX)
            return arena_sprintf("%s%s…", s, sep);
        s = arena_sprintf("%s%s", s, i ? sep : "");
        if (f->names.len)
            s = arena_sprintf("%s%s ", s, list_string(&f->names));
        s = arena_sprintf("%s%s", s, f->type ? expr_string(f->type) : "?");
    }
    return s;
}

// Go source text of an expression, roughly as gc's syntax.String prints it.
static const char *expr_string(Expr *e) {
    if (!e)
        return "";
    switch (e->kind) {
    case EXPR_IDENT: return e->name;
    case EXPR_INT_LIT: case EXPR_FLOAT_LIT: case EXPR_IMAG_LIT: case EXPR_CHAR_LIT:
    case EXPR_STRING_LIT:
        return e->lit;
    case EXPR_COMPOSITE: return arena_sprintf("%s{…}", expr_string(e->type_expr));
    case EXPR_FUNC_LIT: return arena_sprintf("%s {…}", expr_string(e->type_expr));
    case EXPR_PAREN: return arena_sprintf("(%s)", expr_string(e->x));
    case EXPR_SELECTOR: return arena_sprintf("%s.%s", expr_string(e->x), e->name);
    case EXPR_INDEX:
        return arena_sprintf("%s[%s]", expr_string(e->x), expr_string(e->index));
    case EXPR_SLICE: {
        const char *s = arena_sprintf("%s[%s:%s", expr_string(e->x), expr_string(e->lo),
                                      expr_string(e->hi));
        if (e->slice3)
            s = arena_sprintf("%s:%s", s, expr_string(e->max));
        return arena_sprintf("%s]", s);
    }
    case EXPR_TYPE_ASSERT:
        return arena_sprintf("%s.(%s)", expr_string(e->x),
                             e->type_expr ? expr_string(e->type_expr) : "type");
    case EXPR_CALL:
        return arena_sprintf("%s(%s%s)", expr_string(e->fn), list_string(&e->args),
                             e->has_dots ? "..." : "");
    case EXPR_STAR: return arena_sprintf("*%s", expr_string(e->x));
    case EXPR_UNARY: return arena_sprintf("%s%s", tok_string(e->op), expr_string(e->x));
    case EXPR_BINARY:
        return arena_sprintf("%s %s %s", expr_string(e->x), tok_string(e->op), expr_string(e->y));
    case EXPR_KEY_VALUE:
        return arena_sprintf("%s: %s", expr_string(e->key), expr_string(e->value));
    case EXPR_ARRAY_TYPE:
        return arena_sprintf("[%s]%s", expr_string(e->len), expr_string(e->elem));
    case EXPR_ELLIPSIS: return arena_sprintf("...%s", expr_string(e->elem));
    case EXPR_MAP_TYPE:
        return arena_sprintf("map[%s]%s", expr_string(e->key), expr_string(e->elem));
    case EXPR_CHAN_TYPE:
        return arena_sprintf("%s%s", e->chan_dir == 1 ? "chan<- " : e->chan_dir == 2 ? "<-chan " : "chan ",
                             expr_string(e->elem));
    case EXPR_STRUCT_TYPE: return arena_sprintf("struct{%s}", fields_string(&e->fields, "; "));
    case EXPR_INTERFACE_TYPE: return e->fields.len ? "interface{…}" : "interface{}";
    case EXPR_FUNC_TYPE: {
        const char *s = arena_sprintf("func(%s)", fields_string(&e->params, ", "));
        if (e->results.len == 1 && ((Field *)e->results.data[0])->names.len == 0)
            return arena_sprintf("%s %s", s, fields_string(&e->results, ", "));
        if (e->results.len)
            return arena_sprintf("%s (%s)", s, fields_string(&e->results, ", "));
        return s;
    }
    default: return "?";
    }
}

static const char *stmt_string(Stmt *s) {
    switch (s->kind) {
    case STMT_EXPR: return expr_string(s->x);
    case STMT_SEND: return arena_sprintf("%s <- %s", expr_string(s->x), expr_string(s->y));
    case STMT_INCDEC: return arena_sprintf("%s%s", expr_string(s->x), tok_string(s->op));
    case STMT_ASSIGN:
        return arena_sprintf("%s %s %s", list_string(&s->lhs), tok_string(s->op),
                             list_string(&s->rhs));
    default: return "statement";
    }
}

// gc's emphasize: binary operands of "assignment x = y" get parentheses.
static const char *emphasize(Vec *v) {
    if (v->len == 1 && ((Expr *)v->data[0])->kind == EXPR_BINARY)
        return arena_sprintf("(%s)", list_string(v));
    return list_string(v);
}

// ---------------------------------------------------------------- deep copy (const groups)

static Expr *expr_clone(Expr *e);

static Vec vec_clone_exprs(Vec *v) {
    Vec out = {0};
    for (int i = 0; i < v->len; i++)
        vec_push(&out, expr_clone(v->data[i]));
    return out;
}

static Vec vec_clone_fields(Vec *v) {
    Vec out = {0};
    for (int i = 0; i < v->len; i++) {
        Field *f = NEW(Field);
        *f = *(Field *)v->data[i];
        f->names = vec_clone_exprs(&f->names);
        f->type = expr_clone(f->type);
        vec_push(&out, f);
    }
    return out;
}

// A deep copy of an expression tree (function literal bodies are shared:
// they cannot appear in a constant declaration that type-checks).
static Expr *expr_clone(Expr *e) {
    if (!e)
        return NULL;
    Expr *c = NEW(Expr);
    *c = *e;
    c->x = expr_clone(e->x);
    c->y = expr_clone(e->y);
    c->index = expr_clone(e->index);
    c->lo = expr_clone(e->lo);
    c->hi = expr_clone(e->hi);
    c->max = expr_clone(e->max);
    c->fn = expr_clone(e->fn);
    c->args = vec_clone_exprs(&e->args);
    c->type_expr = expr_clone(e->type_expr);
    c->elts = vec_clone_exprs(&e->elts);
    c->key = expr_clone(e->key);
    c->value = expr_clone(e->value);
    c->len = expr_clone(e->len);
    c->elem = expr_clone(e->elem);
    c->fields = vec_clone_fields(&e->fields);
    c->params = vec_clone_fields(&e->params);
    c->results = vec_clone_fields(&e->results);
    return c;
}

// ---------------------------------------------------------------- forward declarations

static Expr *parse_expr(Parser *p);
static Expr *binary_expr(Parser *p, Expr *x, int prec);
static Expr *unary_expr(Parser *p);
static Expr *pexpr(Parser *p, Expr *x);
static Expr *type_or_nil(Parser *p);
static Expr *parse_type(Parser *p);
static Expr *func_type(Parser *p, Pos pos, const char *context);
static Block *block_stmt(Parser *p, const char *context);
static Block *func_body(Parser *p);
static Vec stmt_list(Parser *p);
static Stmt *stmt_or_nil(Parser *p);
static Vec param_list(Parser *p, TokKind close, bool dddok, int *count);

// ---------------------------------------------------------------- names and lists

// The name at the current token, or "_" after an "expected name" error.
static Expr *parse_name(Parser *p) {
    Expr *e = new_expr(EXPR_IDENT, p->tok.pos);
    if (p->tok.kind == TOK_IDENT) {
        e->name = p->tok.lit;
        next(p);
        return e;
    }
    e->name = "_";
    syntax_error(p, "expected name");
    advance(p, NULL);
    return e;
}

// IdentifierList = identifier { "," identifier } .   (spec: Identifiers)
static Vec name_list(Parser *p, Expr *first) {
    Vec v = {0};
    vec_push(&v, first);
    while (got(p, TOK_COMMA))
        vec_push(&v, parse_name(p));
    return v;
}

// ExpressionList = Expression { "," Expression } .   (spec: Expression lists)
static Vec expr_list(Parser *p) {
    Vec v = {0};
    vec_push(&v, parse_expr(p));
    while (got(p, TOK_COMMA))
        vec_push(&v, parse_expr(p));
    return v;
}

// gc's list: [ f { sep f } [sep] ] close, calling f per element.  Returns
// the position of the closing token.  f returns true to end the list.
typedef bool (*ListFn)(Parser *p, void *ctx);

static Pos parse_list(Parser *p, const char *context, TokKind sep, TokKind close, ListFn f,
                      void *ctx) {
    bool done = false;
    while (p->tok.kind != TOK_EOF && p->tok.kind != close && !done) {
        Pos before = p->tok.pos;
        done = f(p, ctx);
        if (!got(p, sep) && p->tok.kind != close) {
            syntax_error(p, arena_sprintf("in %s; possibly missing %s or %s", context,
                                          tokstring(sep), tokstring(close)));
            ADVANCE(p, TOK_RPAREN, TOK_RBRACK, TOK_RBRACE);
            if (p->tok.kind != close)
                return p->tok.pos;
        }
        // Guarantee progress: an element that consumed nothing and no
        // separator means we are stuck on a token nobody accepts.
        if (p->tok.pos.line == before.line && p->tok.pos.col == before.col &&
            p->tok.kind != close && p->tok.kind != TOK_EOF)
            next(p);
    }
    Pos pos = p->tok.pos;
    want(p, close);
    return pos;
}

// Skips a bracketed generic type parameter or argument list up to and
// including its closing ']'.  open is the number of '[' already consumed (0
// when at the '[').  Linear: counts nesting and stops at EOF.
static void skip_brackets(Parser *p, int open) {
    int depth = open;
    while (p->tok.kind != TOK_EOF) {
        if (p->tok.kind == TOK_LBRACK)
            depth++;
        else if (p->tok.kind == TOK_RBRACK)
            depth--;
        next(p);
        if (depth <= 0)
            return;
    }
}

// ---------------------------------------------------------------- expressions

// Precedence of a binary operator (5 binds tightest), 0 for other tokens.
//   Precedence    Operator
//       5             *  /  %  <<  >>  &  &^
//       4             +  -  |  ^
//       3             ==  !=  <  <=  >  >=
//       2             &&
//       1             ||                  (spec: Operator precedence)
static int binary_prec(TokKind k) {
    switch (k) {
    case TOK_LOR: return 1;
    case TOK_LAND: return 2;
    case TOK_EQL: case TOK_NEQ: case TOK_LSS: case TOK_LEQ: case TOK_GTR: case TOK_GEQ:
        return 3;
    case TOK_ADD: case TOK_SUB: case TOK_OR: case TOK_XOR: return 4;
    case TOK_MUL: case TOK_QUO: case TOK_REM: case TOK_SHL: case TOK_SHR: case TOK_AND:
    case TOK_AND_NOT:
        return 5;
    default: return 0;
    }
}

// Expression = UnaryExpr | Expression binary_op Expression .   (spec: Operators)
static Expr *parse_expr(Parser *p) { return binary_expr(p, NULL, 0); }

// Operator precedence climbing: binary_op with prec > prec binds here.
//   binary_op = "||" | "&&" | rel_op | add_op | mul_op .   (spec: Operator precedence)
static Expr *binary_expr(Parser *p, Expr *x, int prec) {
    if (!enter(p))
        return x ? x : bad_expr(p);
    if (!x)
        x = unary_expr(p);
    int tprec, chain = 0;
    while ((tprec = binary_prec(p->tok.kind)) > prec) {
        // a chain a+b+c+... builds a left-deep tree: count its depth too
        if (!enter(p))
            break;
        chain++;
        Expr *t = new_expr(EXPR_BINARY, p->tok.pos);
        t->op = p->tok.kind;
        next(p);
        t->x = x;
        t->y = binary_expr(p, NULL, tprec);
        x = t;
    }
    p->depth -= chain;
    leave(p);
    return x;
}

// A receive <-x whose operand parsed as a channel type is really the type
// <-chan T: fix up directions as gc does (spec: Channel types, "<-" binds
// to the leftmost chan).
static Expr *recv_chan_type(Parser *p, Pos pos, Expr *x) {
    int dir = 1;  // send-only
    Expr *t = x;
    while (dir == 1) {
        if (!t || t->kind != EXPR_CHAN_TYPE)
            break;
        dir = t->chan_dir;
        if (dir == 2)
            syntax_error(p, "unexpected <-, expected chan");
        t->chan_dir = 2;
        t = t->elem;
    }
    if (dir == 1)
        syntax_error(p, arena_sprintf("unexpected %s, expected chan", expr_string(t)));
    x->pos = pos;
    return x;
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
// unary_op  = "+" | "-" | "!" | "^" | "*" | "&" | "<-" .   (spec: Operators)
static Expr *unary_expr(Parser *p) {
    if (!enter(p))
        return bad_expr(p);
    Pos pos = p->tok.pos;
    TokKind k = p->tok.kind;
    Expr *x;
    switch (k) {
    case TOK_MUL:
        next(p);
        x = new_expr(EXPR_STAR, pos);
        x->x = unary_expr(p);
        break;
    case TOK_ADD: case TOK_SUB: case TOK_NOT: case TOK_XOR:
        next(p);
        x = new_expr(EXPR_UNARY, pos);
        x->op = k;
        x->x = unary_expr(p);
        break;
    case TOK_TILDE:
        next(p);
        error_at(p, pos, "cannot use ~ outside of interface or type constraint");
        x = unary_expr(p);
        break;
    case TOK_AND:
        next(p);
        x = new_expr(EXPR_UNARY, pos);
        x->op = TOK_AND;
        x->x = unparen(unary_expr(p));  // &(T{}) is &T{}, as in gc
        break;
    case TOK_ARROW:
        next(p);
        x = unary_expr(p);
        if (x->kind == EXPR_CHAN_TYPE) {
            x = recv_chan_type(p, pos, x);
        } else {
            Expr *o = new_expr(EXPR_UNARY, pos);
            o->op = TOK_ARROW;
            o->x = x;
            x = o;
        }
        break;
    default:
        x = pexpr(p, NULL);
    }
    leave(p);
    return x;
}

// BasicLit = int_lit | float_lit | imaginary_lit | rune_lit | string_lit .   (spec: Operands)
static Expr *literal_expr(Parser *p) {
    static const ExprKind kinds[] = {
        [TOK_INT] = EXPR_INT_LIT, [TOK_FLOAT] = EXPR_FLOAT_LIT, [TOK_IMAG] = EXPR_IMAG_LIT,
        [TOK_CHAR] = EXPR_CHAR_LIT, [TOK_STRING] = EXPR_STRING_LIT,
    };
    Expr *e = new_expr(p->tok.bad ? EXPR_BAD : kinds[p->tok.kind], p->tok.pos);
    e->lit = p->tok.lit;
    e->sval = p->tok.sval;
    e->slen = p->tok.slen;
    e->rune = p->tok.rune;
    next(p);
    return e;
}

// Operand     = Literal | OperandName | "(" Expression ")" .
// Literal     = BasicLit | CompositeLit | FunctionLit .
// FunctionLit = "func" Signature FunctionBody .   (spec: Operands, Function literals)
static Expr *operand(Parser *p) {
    Pos pos = p->tok.pos;
    switch (p->tok.kind) {
    case TOK_IDENT:
        return parse_name(p);
    case TOK_INT: case TOK_FLOAT: case TOK_IMAG: case TOK_CHAR: case TOK_STRING:
        return literal_expr(p);
    case TOK_LPAREN: {
        next(p);
        p->xnest++;
        Expr *x = new_expr(EXPR_PAREN, pos);
        x->x = parse_expr(p);
        p->xnest--;
        want(p, TOK_RPAREN);
        return x;
    }
    case TOK_FUNC: {
        next(p);
        Expr *ft = func_type(p, pos, "function type");
        if (p->tok.kind == TOK_LBRACE) {
            p->xnest++;
            Expr *f = new_expr(EXPR_FUNC_LIT, pos);
            f->type_expr = ft;
            f->body = func_body(p);
            p->xnest--;
            return f;
        }
        return ft;
    }
    case TOK_LBRACK: case TOK_CHAN: case TOK_MAP: case TOK_STRUCT: case TOK_INTERFACE:
        return parse_type(p);
    default: {
        Expr *x = bad_expr(p);
        syntax_error(p, "expected expression");
        ADVANCE(p, TOK_RPAREN, TOK_RBRACK, TOK_RBRACE);
        return x;
    }
    }
}

// Is x certainly a value (not a type)?  Decides whether a[i]{ starts a
// composite literal (gc's isValue).
static bool is_value(Expr *x) {
    switch (x->kind) {
    case EXPR_INT_LIT: case EXPR_FLOAT_LIT: case EXPR_IMAG_LIT: case EXPR_CHAR_LIT:
    case EXPR_STRING_LIT: case EXPR_COMPOSITE: case EXPR_FUNC_LIT: case EXPR_SLICE:
    case EXPR_TYPE_ASSERT: case EXPR_CALL: case EXPR_UNARY: case EXPR_BINARY:
        return true;
    case EXPR_PAREN: return is_value(x->x);
    case EXPR_INDEX: return is_value(x->x) || is_value(x->index);
    default: return false;
    }
}

static bool complit_elem(Parser *p, void *ctx);

// CompositeLit  = LiteralType LiteralValue .
// LiteralValue  = "{" [ ElementList [ "," ] ] "}" .
// ElementList   = KeyedElement { "," KeyedElement } .
// KeyedElement  = [ Key ":" ] Element .   (spec: Composite literals)
static Expr *complit_expr(Parser *p, Expr *type) {
    if (!enter(p))
        return bad_expr(p);
    Expr *x = new_expr(EXPR_COMPOSITE, p->tok.pos);
    x->type_expr = type;
    p->xnest++;
    want(p, TOK_LBRACE);
    parse_list(p, "composite literal", TOK_COMMA, TOK_RBRACE, complit_elem, x);
    p->xnest--;
    leave(p);
    return x;
}

// Element = Expression | LiteralValue .   (spec: Composite literals)
static Expr *bare_complit_expr(Parser *p) {
    if (p->tok.kind == TOK_LBRACE)
        return complit_expr(p, NULL);
    return parse_expr(p);
}

// KeyedElement = [ Key ":" ] Element .   (spec: Composite literals)
static bool complit_elem(Parser *p, void *ctx) {
    Expr *lit = ctx;
    Expr *e = bare_complit_expr(p);
    if (p->tok.kind == TOK_COLON) {
        Expr *kv = new_expr(EXPR_KEY_VALUE, p->tok.pos);
        next(p);
        kv->key = e;
        kv->value = bare_complit_expr(p);
        e = kv;
    }
    vec_push(&lit->elts, e);
    return false;
}

// One argument of Arguments; a trailing "..." ends the list.   (spec: Calls)
static bool arg_elem(Parser *p, void *ctx) {
    Expr *call = ctx;
    vec_push(&call->args, parse_expr(p));
    call->has_dots = got(p, TOK_ELLIPSIS);
    return call->has_dots;
}

// Index/slice suffix after '[': x[i], x[lo:hi], x[lo:hi:max].
//   Index = "[" Expression [ "," ] "]" .
//   Slice = "[" [ Expression ] ":" [ Expression ] "]" |
//           "[" [ Expression ] ":" Expression ":" Expression "]" .   (spec: Primary expressions)
static Expr *index_or_slice(Parser *p, Expr *x, Pos pos) {
    next(p);
    Expr *i = NULL;
    if (p->tok.kind != TOK_COLON) {
        if (p->tok.kind == TOK_RBRACK) {
            syntax_error(p, "expected operand");
            i = bad_expr(p);
        } else {
            p->xnest++;
            i = parse_expr(p);
            p->xnest--;
        }
        if (p->tok.kind == TOK_COMMA) {
            error_at(p, pos, "generic type instantiation is not supported");
            skip_brackets(p, 1);  // inside the '[': skip to its ']'
            Expr *t = new_expr(EXPR_INDEX, pos);
            t->x = x;
            t->index = i;
            return t;
        }
        if (p->tok.kind == TOK_RBRACK) {
            next(p);
            Expr *t = new_expr(EXPR_INDEX, pos);
            t->x = x;
            t->index = i;
            return t;
        }
    }
    if (!got(p, TOK_COLON)) {
        syntax_error(p, "expected comma, : or ]");
        ADVANCE(p, TOK_COMMA, TOK_COLON, TOK_RBRACK);
        got(p, TOK_COLON);
    }
    p->xnest++;
    Expr *t = new_expr(EXPR_SLICE, pos);
    t->x = x;
    t->lo = i;
    if (p->tok.kind != TOK_COLON && p->tok.kind != TOK_RBRACK)
        t->hi = parse_expr(p);
    if (p->tok.kind == TOK_COLON) {
        t->slice3 = true;
        if (!t->hi) {
            error_at(p, p->tok.pos, "middle index required in 3-index slice");
            t->hi = bad_expr(p);
        }
        next(p);
        if (p->tok.kind != TOK_RBRACK) {
            t->max = parse_expr(p);
        } else {
            error_at(p, p->tok.pos, "final index required in 3-index slice");
            t->max = bad_expr(p);
        }
    }
    p->xnest--;
    want(p, TOK_RBRACK);
    return t;
}

// Selector or type assertion after '.'.
//   Selector       = "." identifier .
//   TypeAssertion  = "." "(" Type ")" .   (spec: Selectors, Type assertions)
static Expr *selector_or_assert(Parser *p, Expr *x, Pos pos) {
    next(p);
    if (p->tok.kind == TOK_IDENT) {
        Expr *t = new_expr(EXPR_SELECTOR, pos);
        t->x = x;
        t->name = p->tok.lit;
        t->name_pos = p->tok.pos;
        next(p);
        return t;
    }
    if (p->tok.kind == TOK_LPAREN) {
        next(p);
        Expr *t = new_expr(EXPR_TYPE_ASSERT, pos);
        t->x = x;
        if (!got(p, TOK_TYPE))  // x.(type): type_expr stays NULL
            t->type_expr = parse_type(p);
        want(p, TOK_RPAREN);
        return t;
    }
    syntax_error(p, "expected name or (");
    ADVANCE(p, TOK_SEMICOLON, TOK_RPAREN);
    return x;
}

// PrimaryExpr = Operand | Conversion | MethodExpr | PrimaryExpr Selector |
//               PrimaryExpr Index | PrimaryExpr Slice | PrimaryExpr TypeAssertion |
//               PrimaryExpr Arguments .
// Arguments   = "(" [ ExpressionList [ "..." ] [ "," ] ] ")" .   (spec: Primary expressions)
// gosub's tree always keeps parentheses (EXPR_PAREN), where gc drops some.
static Expr *pexpr(Parser *p, Expr *x) {
    if (!x)
        x = operand(p);
    // Each suffix (x.f, x[i], x(), T{}) deepens the tree by one level: count
    // them so that later recursive passes stay within the depth limit.
    int chain = 0;
    for (; enter(p); chain++) {
        Pos pos = p->tok.pos;
        switch (p->tok.kind) {
        case TOK_PERIOD:
            x = selector_or_assert(p, x, pos);
            break;
        case TOK_LBRACK:
            x = index_or_slice(p, x, pos);
            break;
        case TOK_LPAREN: {
            Expr *t = new_expr(EXPR_CALL, pos);
            next(p);
            t->fn = x;
            p->xnest++;
            parse_list(p, "argument list", TOK_COMMA, TOK_RPAREN, arg_elem, t);
            p->xnest--;
            x = t;
            break;
        }
        case TOK_LBRACE: {
            Expr *t = unparen(x);
            bool ok = false;
            switch (t->kind) {
            case EXPR_IDENT: case EXPR_SELECTOR: ok = p->xnest >= 0; break;
            case EXPR_INDEX: ok = p->xnest >= 0 && !is_value(t); break;
            case EXPR_ARRAY_TYPE: case EXPR_STRUCT_TYPE: case EXPR_MAP_TYPE: ok = true; break;
            default: break;
            }
            if (!ok)
                goto done;
            if (t != x)
                syntax_error(p, "cannot parenthesize type in composite literal");
            x = complit_expr(p, x);
            break;
        }
        default:
            goto done;
        }
    }
done:
    p->depth -= chain + !p->stopped;  // the suffixes, and the final enter() unless it failed
    return x;
}

// ---------------------------------------------------------------- types

// Type = TypeName | TypeLit | "(" Type ")" .   (spec: Types)
static Expr *parse_type(Parser *p) {
    Expr *t = type_or_nil(p);
    if (!t) {
        t = bad_expr(p);
        syntax_error(p, "expected type");
        ADVANCE(p, TOK_COMMA, TOK_COLON, TOK_SEMICOLON, TOK_RPAREN, TOK_RBRACK, TOK_RBRACE);
    }
    return t;
}

// TypeName = identifier | QualifiedIdent .
// QualifiedIdent = PackageName "." identifier .   (spec: Types, Qualified identifiers)
static Expr *qualified_name(Parser *p, Expr *name) {
    Expr *x = name;
    if (!x) {
        if (p->tok.kind == TOK_IDENT) {
            x = parse_name(p);
        } else {
            x = new_expr(EXPR_IDENT, p->tok.pos);
            x->name = "_";
            syntax_error(p, "expected name");
            ADVANCE(p, TOK_PERIOD, TOK_SEMICOLON, TOK_RBRACE);
        }
    }
    if (p->tok.kind == TOK_PERIOD) {
        Expr *s = new_expr(EXPR_SELECTOR, p->tok.pos);
        next(p);
        s->x = x;
        Expr *n = parse_name(p);
        s->name = n->name;
        s->name_pos = n->pos;
        x = s;
    }
    if (p->tok.kind == TOK_LBRACK) {
        error_at(p, p->tok.pos, "generic type instantiation is not supported");
        skip_brackets(p, 0);
    }
    return x;
}

// ArrayType = "[" ArrayLength "]" ElementType .   (spec: Array types)
// len is the already parsed length, or NULL to parse it here ("..." allowed).
static Expr *array_type(Parser *p, Pos pos, Expr *len) {
    if (!len) {
        if (p->tok.kind == TOK_ELLIPSIS) {
            len = new_expr(EXPR_ELLIPSIS, p->tok.pos);
            next(p);
        } else {
            p->xnest++;
            len = parse_expr(p);
            p->xnest--;
        }
    }
    if (p->tok.kind == TOK_COMMA) {
        syntax_error(p, "unexpected comma; expected ]");
        next(p);
    }
    want(p, TOK_RBRACK);
    Expr *t = new_expr(EXPR_ARRAY_TYPE, pos);
    t->len = len;
    t->elem = parse_type(p);
    return t;
}

// SliceType = "[" "]" ElementType .   (spec: Slice types)
static Expr *slice_type(Parser *p, Pos pos) {
    Expr *t = new_expr(EXPR_ARRAY_TYPE, pos);
    t->elem = parse_type(p);
    return t;
}

// ElementType = Type .   (spec: Channel types)
static Expr *chan_elem(Parser *p) {
    Expr *t = type_or_nil(p);
    if (!t) {
        t = bad_expr(p);
        syntax_error(p, "missing channel element type");
    }
    return t;
}

static bool field_decl(Parser *p, void *ctx);
static bool interface_elem(Parser *p, void *ctx);

// StructType = "struct" "{" { FieldDecl ";" } "}" .   (spec: Struct types)
static Expr *struct_type(Parser *p) {
    Expr *t = new_expr(EXPR_STRUCT_TYPE, p->tok.pos);
    want(p, TOK_STRUCT);
    want(p, TOK_LBRACE);
    parse_list(p, "struct type", TOK_SEMICOLON, TOK_RBRACE, field_decl, t);
    return t;
}

// InterfaceType = "interface" "{" { InterfaceElem ";" } "}" .   (spec: Interface types)
static Expr *interface_type(Parser *p) {
    Expr *t = new_expr(EXPR_INTERFACE_TYPE, p->tok.pos);
    want(p, TOK_INTERFACE);
    want(p, TOK_LBRACE);
    parse_list(p, "interface type", TOK_SEMICOLON, TOK_RBRACE, interface_elem, t);
    return t;
}

// TypeLit  = ArrayType | StructType | PointerType | FunctionType | InterfaceType |
//            SliceType | MapType | ChannelType .
// PointerType = "*" BaseType .
// MapType     = "map" "[" KeyType "]" ElementType .
// ChannelType = ( "chan" | "chan" "<-" | "<-" "chan" ) ElementType .   (spec: Types)
// Returns NULL, consuming nothing, when no type starts here.
static Expr *type_or_nil(Parser *p) {
    if (!enter(p))
        return bad_expr(p);
    Pos pos = p->tok.pos;
    Expr *t = NULL;
    switch (p->tok.kind) {
    case TOK_MUL:
        next(p);
        t = new_expr(EXPR_STAR, pos);
        t->x = parse_type(p);
        break;
    case TOK_ARROW:
        next(p);
        want(p, TOK_CHAN);
        t = new_expr(EXPR_CHAN_TYPE, pos);
        t->chan_dir = 2;
        t->elem = chan_elem(p);
        break;
    case TOK_FUNC:
        next(p);
        t = func_type(p, pos, "function type");
        break;
    case TOK_LBRACK:
        next(p);
        if (got(p, TOK_RBRACK))
            t = slice_type(p, pos);
        else
            t = array_type(p, pos, NULL);
        break;
    case TOK_CHAN:
        next(p);
        t = new_expr(EXPR_CHAN_TYPE, pos);
        if (got(p, TOK_ARROW))
            t->chan_dir = 1;
        t->elem = chan_elem(p);
        break;
    case TOK_MAP:
        next(p);
        want(p, TOK_LBRACK);
        t = new_expr(EXPR_MAP_TYPE, pos);
        t->key = parse_type(p);
        want(p, TOK_RBRACK);
        t->elem = parse_type(p);
        break;
    case TOK_STRUCT:
        t = struct_type(p);
        break;
    case TOK_INTERFACE:
        t = interface_type(p);
        break;
    case TOK_IDENT:
        t = qualified_name(p, NULL);
        break;
    case TOK_LPAREN:
        next(p);
        t = new_expr(EXPR_PAREN, pos);
        t->x = parse_type(p);
        want(p, TOK_RPAREN);
        break;
    default:
        break;
    }
    leave(p);
    return t;
}

static Field *new_field(Pos pos, Expr *name, Expr *type, const char *tag) {
    Field *f = NEW(Field);
    f->pos = pos;
    if (name)
        vec_push(&f->names, name);
    f->type = type;
    f->tag = tag;
    return f;
}

// An optional struct tag: the decoded string, or NULL.
static const char *opt_tag(Parser *p) {
    if (!is_literal(p->tok.kind))
        return NULL;
    const char *tag = p->tok.kind == TOK_STRING ? p->tok.sval : NULL;
    if (p->tok.kind != TOK_STRING)
        error_at(p, p->tok.pos, arena_sprintf("invalid field tag %s", p->tok.lit));
    next(p);
    return tag;
}

// FieldDecl     = (IdentifierList Type | EmbeddedField) [ Tag ] .
// EmbeddedField = [ "*" ] TypeName [ TypeArgs ] .
// Tag           = string_lit .   (spec: Struct types)
static bool field_decl(Parser *p, void *ctx) {
    Expr *st = ctx;
    Pos pos = p->tok.pos;
    switch (p->tok.kind) {
    case TOK_IDENT: {
        Expr *name = parse_name(p);
        TokKind k = p->tok.kind;
        if (k == TOK_PERIOD || is_literal(k) || k == TOK_SEMICOLON || k == TOK_RBRACE) {
            Expr *typ = qualified_name(p, name);
            const char *tag = opt_tag(p);
            vec_push(&st->fields, new_field(pos, NULL, typ, tag));
            break;
        }
        Field *f = NEW(Field);
        f->pos = pos;
        f->names = name_list(p, name);
        f->type = parse_type(p);
        f->tag = opt_tag(p);
        vec_push(&st->fields, f);
        break;
    }
    case TOK_MUL: {
        next(p);
        Expr *typ;
        if (p->tok.kind == TOK_LPAREN) {
            syntax_error(p, "cannot parenthesize embedded type");
            next(p);
            typ = qualified_name(p, NULL);
            got(p, TOK_RPAREN);
        } else {
            typ = qualified_name(p, NULL);
        }
        Expr *star = new_expr(EXPR_STAR, pos);
        star->x = typ;
        const char *tag = opt_tag(p);
        vec_push(&st->fields, new_field(pos, NULL, star, tag));
        break;
    }
    case TOK_LPAREN: {
        syntax_error(p, "cannot parenthesize embedded type");
        next(p);
        Expr *typ;
        if (p->tok.kind == TOK_MUL) {
            typ = new_expr(EXPR_STAR, p->tok.pos);
            next(p);
            typ->x = qualified_name(p, NULL);
        } else {
            typ = qualified_name(p, NULL);
        }
        got(p, TOK_RPAREN);
        const char *tag = opt_tag(p);
        vec_push(&st->fields, new_field(pos, NULL, typ, tag));
        break;
    }
    default:
        syntax_error(p, "expected field name or embedded type");
        ADVANCE(p, TOK_SEMICOLON, TOK_RBRACE);
    }
    return false;
}

// Skips a type-set union (~T | U ...) inside an interface, which gosub does
// not support: reports it once and resynchronises at ';' or '}'.
static void skip_type_set(Parser *p, Pos pos) {
    error_at(p, pos, "type constraints (type sets) are not supported");
    ADVANCE(p, TOK_SEMICOLON, TOK_RBRACE);
}

// InterfaceElem = MethodElem | TypeElem .
// MethodElem    = MethodName Signature .
// TypeElem      = TypeTerm { "|" TypeTerm } .   (spec: Interface types)
static bool interface_elem(Parser *p, void *ctx) {
    Expr *it = ctx;
    Pos pos = p->tok.pos;
    if (p->tok.kind == TOK_TILDE) {
        skip_type_set(p, pos);
        return false;
    }
    if (p->tok.kind == TOK_IDENT) {
        Expr *name = parse_name(p);
        if (p->tok.kind == TOK_LPAREN) {
            Expr *ft = func_type(p, p->tok.pos, "interface method");
            vec_push(&it->fields, new_field(pos, name, ft, NULL));
            return false;
        }
        if (p->tok.kind == TOK_LBRACK) {
            error_at(p, p->tok.pos, "interface method must have no type parameters");
            skip_brackets(p, 0);
            if (p->tok.kind == TOK_LPAREN) {
                Expr *ft = func_type(p, p->tok.pos, "interface method");
                vec_push(&it->fields, new_field(pos, name, ft, NULL));
            }
            return false;
        }
        Expr *typ = qualified_name(p, name);
        if (p->tok.kind == TOK_OR) {
            skip_type_set(p, pos);
            return false;
        }
        vec_push(&it->fields, new_field(pos, NULL, typ, NULL));
        return false;
    }
    Expr *typ = type_or_nil(p);
    if (!typ) {
        syntax_error(p, "expected ~ term or type");
        ADVANCE(p, TOK_OR, TOK_SEMICOLON, TOK_RPAREN, TOK_RBRACK, TOK_RBRACE);
        return false;
    }
    if (p->tok.kind == TOK_OR) {
        skip_type_set(p, pos);
        return false;
    }
    // an embedded non-interface type: only meaningful as a constraint
    if (typ->kind != EXPR_PAREN)
        error_at(p, pos, "type constraints (type sets) are not supported");
    vec_push(&it->fields, new_field(pos, NULL, typ, NULL));
    return false;
}

// A parameter as parsed, before names and types are matched up.
typedef struct Param {
    Pos pos;
    Expr *name;  // may be NULL
    Expr *type;  // may be NULL (a name whose type follows later)
} Param;

typedef struct ParamCtx {
    Vec params;  // of Param*
    TokKind close;
} ParamCtx;

// ParameterDecl = [ IdentifierList ] [ "..." ] Type .   (spec: Function types)
// One element of a parameter list: a name, a type, or a name and a type.
static Param *param_decl_or_nil(Parser *p, TokKind follow) {
    Param *par = NEW(Param);
    par->pos = p->tok.pos;
    if (p->tok.kind == TOK_IDENT) {
        Expr *name = parse_name(p);
        if (p->tok.kind == TOK_PERIOD) {
            par->type = qualified_name(p, name);
            return par;
        }
        if (p->tok.kind == TOK_LBRACK) {  // name []T  or a generic instantiation
            Pos lb = p->tok.pos;
            next(p);
            if (got(p, TOK_RBRACK)) {
                par->name = name;
                par->type = slice_type(p, lb);
                return par;
            }
            // [N]T array type (with a name) or T[Args] (instantiation)
            p->xnest++;
            Expr *len = p->tok.kind == TOK_ELLIPSIS ? NULL : parse_expr(p);
            p->xnest--;
            if (p->tok.kind == TOK_COMMA ||
                (p->tok.kind == TOK_RBRACK && len &&
                 (follow == TOK_RBRACK))) {
                error_at(p, lb, "generic type instantiation is not supported");
                skip_brackets(p, 1);
                par->type = name;
                return par;
            }
            par->name = name;
            par->type = array_type(p, lb, len);
            return par;
        }
        par->name = name;
    }
    if (p->tok.kind == TOK_ELLIPSIS) {
        Expr *t = new_expr(EXPR_ELLIPSIS, p->tok.pos);
        next(p);
        t->elem = type_or_nil(p);
        if (!t->elem) {
            par->type = bad_expr(p);
            syntax_error(p, "... is missing type");
        } else {
            par->type = t;
        }
        return par;
    }
    if (!par->name || p->tok.kind != follow) {
        Expr *t = type_or_nil(p);
        if (t)
            par->type = t;
    }
    if (par->name || par->type)
        return par;
    syntax_error(p, arena_sprintf("expected %s", tokstring(follow)));
    ADVANCE(p, TOK_COMMA, follow);
    return NULL;
}

// One ParameterDecl of a parameter list.
static bool param_elem(Parser *p, void *ctx) {
    ParamCtx *c = ctx;
    Param *par = param_decl_or_nil(p, c->close);
    if (par)
        vec_push(&c->params, par);
    return false;
}

// Parameters    = "(" [ ParameterList [ "," ] ] ")" .
// ParameterList = ParameterDecl { "," ParameterDecl } .   (spec: Function types)
// The opening '(' has been consumed.  Returns Fields grouping names that
// share a type ("a, b int"); *count is the number of parameters.
static Vec param_list(Parser *p, TokKind close, bool dddok, int *count) {
    ParamCtx c = {.close = close};
    Pos end = parse_list(p, "parameter list", TOK_COMMA, close, param_elem, &c);
    Vec out = {0};
    int n = c.params.len, named = 0, typed = 0;
    if (count)
        *count = n;
    if (n == 0)
        return out;
    for (int i = 0; i < n; i++) {
        Param *par = c.params.data[i];
        named += par->name && par->type;
        typed += par->type != NULL;
    }
    if (named == 0) {
        // all types: a lone name is a type name
        for (int i = 0; i < n; i++) {
            Param *par = c.params.data[i];
            if (par->name) {
                par->type = par->name;
                par->name = NULL;
            }
        }
    } else if (named != n) {
        // some named: a name without type takes the type to its right
        Pos err_pos = {-1, 0, 0};
        Expr *typ = NULL;
        for (int i = n - 1; i >= 0; i--) {
            Param *par = c.params.data[i];
            if (par->type) {
                typ = par->type;
                if (!par->name) {
                    err_pos = expr_start(typ);
                    par->name = new_expr(EXPR_IDENT, err_pos);
                    par->name->name = "_";
                }
            } else if (typ) {
                par->type = typ;
            } else {
                err_pos = par->name->pos;
                par->type = new_expr(EXPR_BAD, err_pos);
            }
        }
        if (err_pos.file >= 0) {
            if (named == typed)
                syntax_error_at(p, end, "missing parameter type");
            else
                syntax_error_at(p, err_pos, "missing parameter name");
        }
    }
    bool first = true;
    for (int i = 0; i < n; i++) {
        Param *par = c.params.data[i];
        if (par->type->kind == EXPR_ELLIPSIS && (!dddok || i + 1 < n)) {
            if (first) {
                first = false;
                error_at(p, par->type->pos,
                         dddok ? "can only use ... with final parameter" : "invalid use of ...");
            }
            par->type = par->type->elem;
        }
    }
    // Group consecutive names sharing one type node ("a, b int").
    Field *last = NULL;
    for (int i = 0; i < n; i++) {
        Param *par = c.params.data[i];
        if (last && par->name && last->names.len && last->type == par->type) {
            vec_push(&last->names, par->name);
            continue;
        }
        last = new_field(par->name ? par->name->pos : par->pos, par->name, par->type, NULL);
        vec_push(&out, last);
    }
    return out;
}

// Result = Parameters | Type .   (spec: Function types)
static Vec func_result(Parser *p) {
    if (got(p, TOK_LPAREN))
        return param_list(p, TOK_RPAREN, false, NULL);
    Vec out = {0};
    Pos pos = p->tok.pos;
    Expr *t = type_or_nil(p);
    if (t)
        vec_push(&out, new_field(pos, NULL, t, NULL));
    return out;
}

// Signature    = Parameters [ Result ] .
// FunctionType = "func" Signature .   (spec: Function types)
// The "func" keyword (at pos) has been consumed.
static Expr *func_type(Parser *p, Pos pos, const char *context) {
    Expr *t = new_expr(EXPR_FUNC_TYPE, pos);
    if (p->tok.kind == TOK_LBRACK) {
        error_at(p, p->tok.pos,
                 context[0] ? arena_sprintf("%s must have no type parameters", context)
                            : "generic functions are not supported");
        skip_brackets(p, 0);
    }
    want(p, TOK_LPAREN);
    t->params = param_list(p, TOK_RPAREN, true, NULL);
    t->results = func_result(p);
    return t;
}

// ---------------------------------------------------------------- declarations

typedef Spec *(*SpecFn)(Parser *p, Decl *d, int index);

typedef struct GroupCtx {
    Decl *decl;
    SpecFn f;
} GroupCtx;

// One spec of a parenthesised declaration group.
static bool group_elem(Parser *p, void *ctx) {
    GroupCtx *g = ctx;
    Spec *s = g->f(p, g->decl, g->decl->specs.len);
    if (s)
        vec_push(&g->decl->specs, s);
    return false;
}

// Decl = keyword ( Spec | "(" { Spec ";" } ")" ) .   (gc's appendGroup)
// The keyword has been consumed.
static Decl *decl_group(Parser *p, DeclKind kind, Pos pos, SpecFn f) {
    Decl *d = NEW(Decl);
    d->kind = kind;
    d->pos = pos;
    if (p->tok.kind == TOK_LPAREN) {
        next(p);
        GroupCtx g = {d, f};
        parse_list(p, "grouped declaration", TOK_SEMICOLON, TOK_RPAREN, group_elem, &g);
    } else {
        Spec *s = f(p, d, 0);
        if (s)
            vec_push(&d->specs, s);
    }
    return d;
}

// ImportSpec = [ "." | PackageName ] ImportPath .
// ImportPath = string_lit .   (spec: Import declarations)
static Spec *import_spec(Parser *p, Decl *d, int index) {
    Spec *s = NEW(Spec);
    s->pos = p->tok.pos;
    if (p->tok.kind == TOK_IDENT) {
        vec_push(&s->names, parse_name(p));
    } else if (p->tok.kind == TOK_PERIOD) {
        Expr *dot = new_expr(EXPR_IDENT, p->tok.pos);
        dot->name = ".";
        vec_push(&s->names, dot);
        next(p);
    }
    if (!is_literal(p->tok.kind)) {
        syntax_error(p, "missing import path");
        ADVANCE(p, TOK_SEMICOLON, TOK_RPAREN);
        return s;
    }
    if (p->tok.kind != TOK_STRING)
        syntax_error(p, "import path must be a string");
    else
        s->path = p->tok.sval;
    next(p);
    return s;
}

// gc's gotAssign: accepts "=" (and ":=" with an error).
static bool got_assign(Parser *p) {
    if (p->tok.kind == TOK_DEFINE) {
        syntax_error(p, "expected =");
        next(p);
        return true;
    }
    return got(p, TOK_ASSIGN);
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .   (spec: Constant declarations)
static Spec *const_spec(Parser *p, Decl *d, int index) {
    Spec *s = NEW(Spec);
    s->pos = p->tok.pos;
    s->iota = index;
    s->names = name_list(p, parse_name(p));
    TokKind k = p->tok.kind;
    if (k != TOK_EOF && k != TOK_SEMICOLON && k != TOK_RPAREN) {
        s->type = type_or_nil(p);
        if (got_assign(p))
            s->values = expr_list(p);
    }
    // Implicit repetition of the previous spec (spec: Constant declarations).
    if (!s->type && s->values.len == 0 && d->specs.len > 0) {
        Spec *prev = d->specs.data[d->specs.len - 1];
        s->type = expr_clone(prev->type);
        s->values = vec_clone_exprs(&prev->values);
    }
    return s;
}

// VarSpec = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
//                                                     (spec: Variable declarations)
static Spec *var_spec(Parser *p, Decl *d, int index) {
    Spec *s = NEW(Spec);
    s->pos = p->tok.pos;
    s->names = name_list(p, parse_name(p));
    if (got_assign(p)) {
        s->values = expr_list(p);
    } else {
        s->type = parse_type(p);
        if (got_assign(p))
            s->values = expr_list(p);
    }
    return s;
}

// TypeSpec  = AliasDecl | TypeDef .
// AliasDecl = identifier [ TypeParameters ] "=" Type .
// TypeDef   = identifier [ TypeParameters ] Type .   (spec: Type declarations)
static Spec *type_spec(Parser *p, Decl *d, int index) {
    Spec *s = NEW(Spec);
    s->pos = p->tok.pos;
    vec_push(&s->names, parse_name(p));
    if (p->tok.kind == TOK_LBRACK) {
        // [N]T array type, or [P Constraint] type parameters (gc's rule:
        // a name followed by something other than ']' declares parameters).
        Pos pos = p->tok.pos;
        next(p);
        if (p->tok.kind == TOK_IDENT) {
            Expr *x = parse_name(p);
            if (p->tok.kind != TOK_LBRACK) {
                p->xnest++;
                x = binary_expr(p, pexpr(p, x), 0);
                p->xnest--;
            }
            if (x->kind == EXPR_IDENT && p->tok.kind != TOK_RBRACK) {
                error_at(p, pos, "generic types are not supported");
                skip_brackets(p, 1);
                s->is_alias = got_assign(p);
                s->type = type_or_nil(p);
            } else {
                s->type = array_type(p, pos, x);
            }
        } else if (got(p, TOK_RBRACK)) {
            s->type = slice_type(p, pos);
        } else {
            s->type = array_type(p, pos, NULL);
        }
    } else {
        s->is_alias = got_assign(p);
        s->type = type_or_nil(p);
    }
    if (!s->type) {
        s->type = bad_expr(p);
        syntax_error(p, "in type declaration");
        ADVANCE(p, TOK_SEMICOLON, TOK_RPAREN);
    }
    return s;
}

// FunctionBody = Block .   (spec: Function declarations)
static Block *func_body(Parser *p) {
    p->fnest++;
    Block *b = block_stmt(p, "");
    p->fnest--;
    return b;
}

// FunctionDecl = "func" FunctionName [ TypeParameters ] Signature [ FunctionBody ] .
// MethodDecl   = "func" Receiver MethodName Signature [ FunctionBody ] .
// Receiver     = Parameters .   (spec: Function declarations, Method declarations)
// The "func" keyword (at pos) has been consumed.
static Decl *func_decl(Parser *p, Pos pos) {
    Decl *d = NEW(Decl);
    d->kind = DECL_FUNC;
    d->pos = pos;
    const char *context = "";
    if (p->tok.kind == TOK_LPAREN) {
        next(p);
        context = "method";
        int n = 0;
        Vec rcvr = param_list(p, TOK_RPAREN, false, &n);
        Pos rpos = p->tok.pos;  // gc reports at the token after the receiver
        if (n == 0)
            error_at(p, rpos, "method has no receiver");
        else if (n > 1)
            error_at(p, rpos, "method has multiple receivers");
        if (rcvr.len > 0)
            d->recv = rcvr.data[0];
    }
    if (p->tok.kind == TOK_IDENT) {
        d->name = parse_name(p);
        if (p->tok.kind == TOK_LBRACK) {
            error_at(p, p->tok.pos,
                     context[0] ? "methods cannot have type parameters"
                                : "generic functions are not supported");
            skip_brackets(p, 0);
        }
        d->type = func_type(p, pos, context);
    } else {
        d->name = new_expr(EXPR_IDENT, p->tok.pos);
        d->name->name = "_";
        d->type = new_expr(EXPR_FUNC_TYPE, p->tok.pos);
        syntax_error(p, context[0] ? "expected name" : "expected name or (");
        ADVANCE(p, TOK_LBRACE, TOK_SEMICOLON);
    }
    if (p->tok.kind == TOK_LBRACE)
        d->body = func_body(p);
    return d;
}

// ---------------------------------------------------------------- statements

static Stmt *new_assign(Pos pos, int op, Vec lhs, Vec rhs) {
    Stmt *s = new_stmt(STMT_ASSIGN, pos);
    s->op = op;
    s->lhs = lhs;
    s->rhs = rhs;
    return s;
}

// RangeClause = [ ExpressionList "=" | IdentifierList ":=" ] "range" Expression .
//                                                     (spec: For statements with range clause)
// Returns a STMT_RANGE without body; for_stmt completes it.
static Stmt *range_clause(Parser *p, Vec *lhs, bool define) {
    Stmt *r = new_stmt(STMT_RANGE, p->tok.pos);
    next(p);  // "range"
    r->define = define;
    if (lhs && lhs->len > 0)
        r->key = lhs->data[0];
    if (lhs && lhs->len > 1)
        r->value = lhs->data[1];
    if (lhs && lhs->len > 2)
        error_at(p, expr_start(lhs->data[2]),
                 "range clause permits at most two iteration variables");
    r->x = parse_expr(p);
    return r;
}

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
// SendStmt   = Channel "<-" Expression .
// IncDecStmt = Expression ( "++" | "--" ) .
// Assignment = ExpressionList assign_op ExpressionList .
// ShortVarDecl = IdentifierList ":=" ExpressionList .   (spec: Statements)
// lhs, when given, was already parsed; keyword is TOK_FOR/TOK_SWITCH/TOK_IF
// in statement headers (TOK_FOR allows a range clause), else TOK_EOF.
static Stmt *simple_stmt(Parser *p, Vec *lhs_in, TokKind keyword) {
    if (keyword == TOK_FOR && p->tok.kind == TOK_RANGE)
        return range_clause(p, NULL, false);
    Vec lhs = lhs_in ? *lhs_in : expr_list(p);
    Expr *x = lhs.data[0];
    TokKind k = p->tok.kind;
    if (lhs.len == 1 && k != TOK_ASSIGN && k != TOK_DEFINE) {
        Pos pos = p->tok.pos;
        if (is_assign_op(k)) {
            next(p);
            Vec rhs = {0};
            vec_push(&rhs, parse_expr(p));
            return new_assign(pos, k, lhs, rhs);
        }
        if (k == TOK_INC || k == TOK_DEC) {
            next(p);
            Stmt *s = new_stmt(STMT_INCDEC, pos);
            s->op = k;
            s->x = x;
            return s;
        }
        if (k == TOK_ARROW) {
            next(p);
            Stmt *s = new_stmt(STMT_SEND, pos);
            s->x = x;
            s->y = parse_expr(p);
            return s;
        }
        Stmt *s = new_stmt(STMT_EXPR, x->pos);
        s->x = x;
        return s;
    }
    if (k == TOK_ASSIGN || k == TOK_DEFINE) {
        Pos pos = p->tok.pos;
        next(p);
        if (keyword == TOK_FOR && p->tok.kind == TOK_RANGE)
            return range_clause(p, &lhs, k == TOK_DEFINE);
        Vec rhs = expr_list(p);
        return new_assign(pos, k, lhs, rhs);
    }
    syntax_error(p, "expected := or = or comma");
    ADVANCE(p, TOK_SEMICOLON, TOK_RBRACE);
    Stmt *s = new_stmt(STMT_EXPR, x->pos);
    s->x = x;
    return s;
}

// LabeledStmt = Label ":" Statement .   (spec: Labeled statements)
static Stmt *labeled_stmt_or_nil(Parser *p, Expr *label) {
    Stmt *s = new_stmt(STMT_LABELED, label->pos);
    s->label = label->name;
    Pos colon = p->tok.pos;
    want(p, TOK_COLON);
    if (p->tok.kind == TOK_RBRACE) {
        s->stmt = new_stmt(STMT_EMPTY, p->tok.pos);
        return s;
    }
    s->stmt = stmt_or_nil(p);
    if (s->stmt)
        return s;
    syntax_error_at(p, colon, "missing statement after label");
    return NULL;
}

// Block = "{" StatementList "}" .   (spec: Blocks)
static Block *block_stmt(Parser *p, const char *context) {
    Block *b = NEW(Block);
    b->pos = p->tok.pos;
    if (!enter(p)) {
        b->end = p->tok.pos;
        return b;
    }
    if (!got(p, TOK_LBRACE)) {
        syntax_error(p, arena_sprintf("expected { after %s", context));
        ADVANCE(p, TOK_IDENT, TOK_RBRACE);
        b->end = p->tok.pos;
        if (got(p, TOK_RBRACE)) {
            leave(p);
            return b;
        }
    }
    b->stmts = stmt_list(p);
    b->end = p->tok.pos;
    want(p, TOK_RBRACE);
    leave(p);
    return b;
}

// Declaration = ConstDecl | TypeDecl | VarDecl .   (spec: Declarations and scope)
static Stmt *decl_stmt(Parser *p, DeclKind kind, SpecFn f) {
    Stmt *s = new_stmt(STMT_DECL, p->tok.pos);
    Pos pos = p->tok.pos;
    next(p);
    s->decl = decl_group(p, kind, pos, f);
    return s;
}

// The shape of a type switch guard:  x := y.(type)  or  y.(type).
static bool is_type_switch_guard(Stmt *s) {
    if (!s)
        return false;
    if (s->kind == STMT_EXPR)
        return s->x->kind == EXPR_TYPE_ASSERT && !s->x->type_expr;
    if (s->kind == STMT_ASSIGN && s->op == TOK_DEFINE && s->lhs.len == 1 && s->rhs.len == 1) {
        Expr *l = s->lhs.data[0], *r = s->rhs.data[0];
        return l->kind == EXPR_IDENT && r->kind == EXPR_TYPE_ASSERT && !r->type_expr;
    }
    return false;
}

typedef struct Header {
    Stmt *init, *post;
    Expr *cond;
    Stmt *cond_stmt;  // switch: the tag statement (a type switch guard stays a Stmt)
} Header;

// The header of if/for/switch (gc's header):
//   [ SimpleStmt ";" ] Condition          for if and switch
//   [ InitStmt ] ";" [ Condition ] ";" [ PostStmt ]  | Condition | RangeClause   for for
// Composite literals of bare type names are not allowed at the top level (xnest = -1).
static Header header(Parser *p, TokKind keyword) {
    Header h = {0};
    want(p, keyword);
    if (p->tok.kind == TOK_LBRACE) {
        if (keyword == TOK_IF) {
            syntax_error(p, "missing condition in if statement");
            h.cond = bad_expr(p);
        }
        return h;
    }
    int outer = p->xnest;
    p->xnest = -1;
    if (p->tok.kind != TOK_SEMICOLON) {
        if (got(p, TOK_VAR))
            syntax_error(p, arena_sprintf("var declaration not allowed in %s initializer",
                                          tok_string(keyword)));
        h.init = simple_stmt(p, NULL, keyword);
        if (h.init->kind == STMT_RANGE) {
            p->xnest = outer;
            return h;
        }
    }
    Stmt *cond_stmt = NULL;
    Pos semi_pos = {-1, 0, 0};
    const char *semi_lit = NULL;
    if (p->tok.kind != TOK_LBRACE) {
        if (p->tok.kind == TOK_SEMICOLON) {
            semi_pos = p->tok.pos;
            semi_lit = p->tok.lit;
            next(p);
        } else {
            want(p, TOK_LBRACE);
            if (p->tok.kind != TOK_LBRACE)
                ADVANCE(p, TOK_LBRACE, TOK_RBRACE);
        }
        if (keyword == TOK_FOR) {
            if (p->tok.kind != TOK_SEMICOLON) {
                if (p->tok.kind == TOK_LBRACE) {
                    syntax_error(p, "expected for loop condition");
                    goto done;
                }
                cond_stmt = simple_stmt(p, NULL, TOK_EOF);
            }
            want(p, TOK_SEMICOLON);
            if (p->tok.kind != TOK_LBRACE) {
                h.post = simple_stmt(p, NULL, TOK_EOF);
                if (h.post->kind == STMT_ASSIGN && h.post->op == TOK_DEFINE)
                    syntax_error_at(p, h.post->pos, "cannot declare in post statement of for loop");
            }
        } else if (p->tok.kind != TOK_LBRACE) {
            cond_stmt = simple_stmt(p, NULL, keyword);
        }
    } else {
        cond_stmt = h.init;
        h.init = NULL;
    }
done:
    if (!cond_stmt) {
        if (keyword == TOK_IF && semi_pos.file >= 0) {
            if (strcmp(semi_lit, "semicolon") != 0)
                syntax_error_at(p, semi_pos,
                                arena_sprintf("unexpected %s, expected { after if clause", semi_lit));
            else
                syntax_error_at(p, semi_pos, "missing condition in if statement");
            h.cond = new_expr(EXPR_BAD, semi_pos);
        }
    } else if (cond_stmt->kind == STMT_EXPR) {
        h.cond = cond_stmt->x;
        h.cond_stmt = cond_stmt;
    } else if (keyword == TOK_SWITCH && is_type_switch_guard(cond_stmt)) {
        h.cond_stmt = cond_stmt;
    } else {
        const char *str;
        if (cond_stmt->kind == STMT_ASSIGN && cond_stmt->op == TOK_ASSIGN)
            str = arena_sprintf("assignment %s = %s", emphasize(&cond_stmt->lhs),
                                emphasize(&cond_stmt->rhs));
        else
            str = stmt_string(cond_stmt);
        syntax_error_at(p, cond_stmt->pos, arena_sprintf("cannot use %s as value", str));
        h.cond = new_expr(EXPR_BAD, cond_stmt->pos);
    }
    p->xnest = outer;
    return h;
}

// ForStmt = "for" [ Condition | ForClause | RangeClause ] Block .   (spec: For statements)
static Stmt *for_stmt(Parser *p) {
    Pos pos = p->tok.pos;
    Header h = header(p, TOK_FOR);
    Stmt *s;
    if (h.init && h.init->kind == STMT_RANGE) {
        s = h.init;
        s->range_pos = s->pos;
        s->pos = pos;
    } else {
        s = new_stmt(STMT_FOR, pos);
        s->init = h.init;
        s->cond = h.cond;
        s->post = h.post;
    }
    s->body = block_stmt(p, "for clause");
    return s;
}

// IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] .
//                                                     (spec: If statements)
static Stmt *if_stmt(Parser *p) {
    if (!enter(p))
        return new_stmt(STMT_BAD, p->tok.pos);
    Stmt *s = new_stmt(STMT_IF, p->tok.pos);
    Header h = header(p, TOK_IF);
    s->init = h.init;
    s->cond = h.cond;
    s->body = block_stmt(p, "if clause");
    if (got(p, TOK_ELSE)) {
        if (p->tok.kind == TOK_IF) {
            s->else_ = if_stmt(p);
        } else if (p->tok.kind == TOK_LBRACE) {
            Stmt *b = new_stmt(STMT_BLOCK, p->tok.pos);
            b->body = block_stmt(p, "");
            s->else_ = b;
        } else {
            syntax_error(p, "else must be followed by if or statement block");
            ADVANCE(p, TOK_IDENT, TOK_RBRACE);
        }
    }
    leave(p);
    return s;
}

// ExprCaseClause = ExprSwitchCase ":" StatementList .
// ExprSwitchCase = "case" ExpressionList | "default" .
// TypeCaseClause = TypeSwitchCase ":" StatementList .
// TypeSwitchCase = "case" TypeList | "default" .   (spec: Switch statements)
// Types in a type switch case are parsed as expressions, as gc does.
static CaseClause *case_clause(Parser *p, bool comm) {
    CaseClause *c = NEW(CaseClause);
    c->pos = p->tok.pos;
    switch (p->tok.kind) {
    case TOK_CASE:
        next(p);
        if (comm)
            c->comm = simple_stmt(p, NULL, TOK_EOF);
        else
            c->exprs = expr_list(p);
        break;
    case TOK_DEFAULT:
        next(p);
        c->is_default = true;
        break;
    default:
        syntax_error(p, "expected case or default or }");
        ADVANCE(p, TOK_COLON, TOK_CASE, TOK_DEFAULT, TOK_RBRACE);
    }
    want(p, TOK_COLON);
    c->body = stmt_list(p);
    return c;
}

// The body of a switch or select: { clause } "}".  Each clause consumes at
// least one token (its keyword, or tokens skipped in recovery).
static Vec clause_list(Parser *p, bool comm) {
    Vec v = {0};
    while (p->tok.kind != TOK_EOF && p->tok.kind != TOK_RBRACE) {
        Pos before = p->tok.pos;
        vec_push(&v, case_clause(p, comm));
        if (p->tok.pos.line == before.line && p->tok.pos.col == before.col)
            next(p);
    }
    want(p, TOK_RBRACE);
    return v;
}

// SwitchStmt     = ExprSwitchStmt | TypeSwitchStmt .
// ExprSwitchStmt = "switch" [ SimpleStmt ";" ] [ Expression ] "{" { ExprCaseClause } "}" .
// TypeSwitchStmt = "switch" [ SimpleStmt ";" ] TypeSwitchGuard "{" { TypeCaseClause } "}" .
// TypeSwitchGuard = [ identifier ":=" ] PrimaryExpr "." "(" "type" ")" .
//                                                     (spec: Switch statements)
static Stmt *switch_stmt(Parser *p) {
    Stmt *s = new_stmt(STMT_SWITCH, p->tok.pos);
    Header h = header(p, TOK_SWITCH);
    s->init = h.init;
    if (is_type_switch_guard(h.cond_stmt)) {
        s->kind = STMT_TYPE_SWITCH;
        s->assign = h.cond_stmt;
    } else {
        s->x = h.cond;
    }
    if (!got(p, TOK_LBRACE)) {
        syntax_error(p, "missing { after switch clause");
        ADVANCE(p, TOK_CASE, TOK_DEFAULT, TOK_RBRACE);
    }
    s->clauses = clause_list(p, false);
    return s;
}

// SelectStmt = "select" "{" { CommClause } "}" .
// CommClause = CommCase ":" StatementList .
// CommCase   = "case" ( SendStmt | RecvStmt ) | "default" .   (spec: Select statements)
static Stmt *select_stmt(Parser *p) {
    Stmt *s = new_stmt(STMT_SELECT, p->tok.pos);
    want(p, TOK_SELECT);
    if (!got(p, TOK_LBRACE)) {
        syntax_error(p, "missing { after select clause");
        ADVANCE(p, TOK_CASE, TOK_DEFAULT, TOK_RBRACE);
    }
    s->clauses = clause_list(p, true);
    return s;
}

// GoStmt    = "go" Expression .
// DeferStmt = "defer" Expression .   (spec: Go statements, Defer statements)
static Stmt *call_stmt(Parser *p) {
    Stmt *s = new_stmt(p->tok.kind == TOK_GO ? STMT_GO : STMT_DEFER, p->tok.pos);
    const char *kw = tok_string(p->tok.kind);
    next(p);
    Expr *x = pexpr(p, NULL);
    Expr *t = unparen(x);
    if (t != x) {
        error_at(p, x->pos, arena_sprintf("expression in %s must not be parenthesized", kw));
        x = t;
    }
    s->x = x;
    return s;
}

// BreakStmt       = "break" [ Label ] .
// ContinueStmt    = "continue" [ Label ] .
// GotoStmt        = "goto" Label .
// FallthroughStmt = "fallthrough" .   (spec: Break/Continue/Goto/Fallthrough statements)
static Stmt *branch_stmt(Parser *p, StmtKind kind) {
    Stmt *s = new_stmt(kind, p->tok.pos);
    TokKind k = p->tok.kind;
    next(p);
    if (k == TOK_GOTO || ((k == TOK_BREAK || k == TOK_CONTINUE) && p->tok.kind == TOK_IDENT)) {
        s->label_pos = p->tok.pos;
        s->label = parse_name(p)->name;
    }
    return s;
}

// Statement = Declaration | LabeledStmt | SimpleStmt | GoStmt | ReturnStmt |
//             BreakStmt | ContinueStmt | GotoStmt | FallthroughStmt | Block |
//             IfStmt | SwitchStmt | SelectStmt | ForStmt | DeferStmt .   (spec: Statements)
// Returns NULL when no statement starts at the current token.
static Stmt *stmt_or_nil(Parser *p) {
    if (!enter(p))
        return NULL;
    Stmt *s = NULL;
    Pos pos = p->tok.pos;
    switch (p->tok.kind) {
    case TOK_IDENT: {
        Vec lhs = expr_list(p);
        Expr *x = lhs.data[0];
        if (lhs.len == 1 && x->kind == EXPR_IDENT && p->tok.kind == TOK_COLON)
            s = labeled_stmt_or_nil(p, x);
        else
            s = simple_stmt(p, &lhs, TOK_EOF);
        break;
    }
    case TOK_VAR: s = decl_stmt(p, DECL_VAR, var_spec); break;
    case TOK_CONST: s = decl_stmt(p, DECL_CONST, const_spec); break;
    case TOK_TYPE: s = decl_stmt(p, DECL_TYPE, type_spec); break;
    case TOK_LBRACE:
        s = new_stmt(STMT_BLOCK, pos);
        s->body = block_stmt(p, "");
        break;
    case TOK_ADD: case TOK_SUB: case TOK_MUL: case TOK_AND: case TOK_XOR: case TOK_NOT:
    case TOK_INT: case TOK_FLOAT: case TOK_IMAG: case TOK_CHAR: case TOK_STRING:
    case TOK_FUNC: case TOK_LPAREN: case TOK_LBRACK: case TOK_STRUCT: case TOK_MAP:
    case TOK_CHAN: case TOK_INTERFACE: case TOK_ARROW:
        s = simple_stmt(p, NULL, TOK_EOF);
        break;
    case TOK_FOR: s = for_stmt(p); break;
    case TOK_SWITCH: s = switch_stmt(p); break;
    case TOK_SELECT: s = select_stmt(p); break;
    case TOK_IF: s = if_stmt(p); break;
    case TOK_FALLTHROUGH: s = branch_stmt(p, STMT_FALLTHROUGH); break;
    case TOK_BREAK: s = branch_stmt(p, STMT_BREAK); break;
    case TOK_CONTINUE: s = branch_stmt(p, STMT_CONTINUE); break;
    case TOK_GOTO: s = branch_stmt(p, STMT_GOTO); break;
    case TOK_GO: case TOK_DEFER: s = call_stmt(p); break;
    case TOK_RETURN:
        s = new_stmt(STMT_RETURN, pos);
        next(p);
        if (p->tok.kind != TOK_SEMICOLON && p->tok.kind != TOK_RBRACE)
            s->rhs = expr_list(p);
        break;
    case TOK_SEMICOLON:
        s = new_stmt(STMT_EMPTY, pos);
        break;
    default:
        break;
    }
    leave(p);
    return s;
}

// StatementList = { Statement ";" } .   (spec: Blocks)
static Vec stmt_list(Parser *p) {
    Vec v = {0};
    while (p->tok.kind != TOK_EOF && p->tok.kind != TOK_RBRACE && p->tok.kind != TOK_CASE &&
           p->tok.kind != TOK_DEFAULT) {
        Stmt *s = stmt_or_nil(p);
        if (!s)
            break;
        if (s->kind != STMT_EMPTY)
            vec_push(&v, s);
        if (!got(p, TOK_SEMICOLON) && p->tok.kind != TOK_RBRACE) {
            syntax_error(p, "at end of statement");
            ADVANCE(p, TOK_SEMICOLON, TOK_RBRACE, TOK_CASE, TOK_DEFAULT);
            got(p, TOK_SEMICOLON);
        }
    }
    return v;
}

// ---------------------------------------------------------------- source file

// SourceFile    = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
// PackageClause = "package" PackageName .
// TopLevelDecl  = Declaration | FunctionDecl | MethodDecl .   (spec: Source file organization)
File *parse_file(int file) {
    Parser parser = {0}, *p = &parser;
    p->file = file;
    p->lx = lexer_new(file);
    p->errors_at_start = diag_error_count();
    File *f = NEW(File);
    f->file = file;
    f->package = "_";
    next(p);
    f->pkg_pos = p->tok.pos;
    if (!got(p, TOK_PACKAGE)) {
        syntax_error(p, "package statement must be first");
        return f;
    }
    f->package = parse_name(p)->name;
    want(p, TOK_SEMICOLON);
    if (diag_error_count() > p->errors_at_start)
        return f;  // as gc: don't continue after a bad package clause

    TokKind prev = TOK_IMPORT;
    Decl *last = NULL;
    while (p->tok.kind != TOK_EOF) {
        if (p->tok.kind == TOK_IMPORT && prev != TOK_IMPORT)
            syntax_error(p, "imports must appear before other declarations");
        prev = p->tok.kind;
        Pos pos = p->tok.pos;
        Decl *d = NULL;
        switch (p->tok.kind) {
        case TOK_IMPORT:
            next(p);
            d = decl_group(p, DECL_IMPORT, pos, import_spec);
            for (int i = 0; i < d->specs.len; i++)
                vec_push(&f->imports, d->specs.data[i]);
            d = NULL;
            break;
        case TOK_CONST:
            next(p);
            d = decl_group(p, DECL_CONST, pos, const_spec);
            break;
        case TOK_TYPE:
            next(p);
            d = decl_group(p, DECL_TYPE, pos, type_spec);
            break;
        case TOK_VAR:
            next(p);
            d = decl_group(p, DECL_VAR, pos, var_spec);
            break;
        case TOK_FUNC:
            next(p);
            d = func_decl(p, pos);
            break;
        default:
            if (p->tok.kind == TOK_LBRACE && last && last->kind == DECL_FUNC && !last->body)
                syntax_error(p, "unexpected semicolon or newline before {");
            else
                syntax_error(p, "non-declaration statement outside function body");
            ADVANCE(p, TOK_IMPORT, TOK_CONST, TOK_TYPE, TOK_VAR, TOK_FUNC);
            // advance may stop without consuming (e.g. at "{"): force progress
            if (p->tok.pos.line == pos.line && p->tok.pos.col == pos.col)
                next(p);
            continue;
        }
        if (d) {
            vec_push(&f->decls, d);
            last = d;
        }
        if (p->tok.kind != TOK_EOF && !got(p, TOK_SEMICOLON)) {
            syntax_error(p, "after top level declaration");
            ADVANCE(p, TOK_IMPORT, TOK_CONST, TOK_TYPE, TOK_VAR, TOK_FUNC);
        }
    }
    return f;
}
