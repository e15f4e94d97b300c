// frontend.h: the shared shapes of gosub's front end and its typed IR.
//
// The pipeline (driver/main.c, gosub_compile) is
//
//     source -> lexer -> parser (AST) -> checker (typed IR) -> escape -> codegen
//
// The parser builds the syntax tree defined below.  The checker then resolves
// every name, computes every type and constant, and rewrites the tree in place
// into the *typed IR*: the same nodes, but with every invariant listed under
// "Typed IR invariants" holding.  The escape pass and codegen read only the
// typed IR, never raw syntax.  docs/ir.md describes the IR for readers.
//
// Every allocation the program can make is an explicit Site (see "Allocation
// sites"): nothing allocates behind the escape analysis's back.
//
// This header is sectioned by source file.  Nothing here includes LLVM, so the
// front end and escape analysis are tested without it.
#ifndef GOSUB_FRONTEND_H
#define GOSUB_FRONTEND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Type Type;
typedef struct Obj Obj;
typedef struct Expr Expr;
typedef struct Stmt Stmt;
typedef struct Block Block;
typedef struct Func Func;
typedef struct Site Site;
typedef struct Scope Scope;
typedef struct Package Package;

// ---------------------------------------------------------------- arena.c
// All compiler memory comes from one arena, freed never: a compilation is a
// short-lived process.  Memory is zeroed.

void *arena_alloc(size_t size);
char *arena_strndup(const char *s, size_t n);
char *arena_strdup(const char *s);
char *arena_sprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
#define NEW(T) ((T *)arena_alloc(sizeof(T)))

// A growable array of pointers, backed by the arena.
typedef struct Vec {
    void **data;
    int len, cap;
} Vec;

void vec_push(Vec *v, void *item);
#define VEC_AT(v, i) ((v).data[i])

// ---------------------------------------------------------------- diag.c
// Positions and the one way to report a user error.  Files are registered once;
// a Pos names a file by index.  diag_error prints "file:line:col: message" to
// stderr, counts the error, and after 10 errors prints "too many errors" and
// exits with status 1, as gc does.

typedef struct Pos {
    int file;  // index into the file table; -1 for "no position"
    int line;  // 1-based
    int col;   // 1-based, in bytes, as gc counts columns
} Pos;

typedef struct SourceFile {
    const char *name;  // as given on the command line
    const char *text;
    size_t len;
    bool library;      // a standard library file (packages.c): no -m lines for it
} SourceFile;

int diag_add_file(const char *name, const char *text, size_t len);
const SourceFile *diag_file(int index);
void diag_error(Pos pos, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int diag_error_count(void);
// Errors whose message starts with "syntax error".  As in gc, only these stop
// the compilation before type checking; the lexer's own errors ("newline in
// string", "invalid character ... in identifier") do not.
int diag_syntax_error_count(void);
// Between diag_hold and diag_release errors are counted but held back, in the
// order they are reported; diag_release prints them sorted by position (gc's
// FlushErrors), so the lexer's errors fall in among the checker's.  As in gc,
// only the first ten reported are printed, then "too many errors".
void diag_hold(void);
bool diag_holding(void);
void diag_release(void);
// Formats "file:line:col" for messages that cite a second position.
const char *diag_pos_string(Pos pos);
// Orders positions by file, line and column (errors print sorted, as gc's).
int diag_pos_cmp(Pos a, Pos b);
// Test hook: when set, diagnostics go to this buffer instead of stderr and the
// ten-error limit does not exit.
void diag_capture(char *buf, size_t cap);
void diag_reset(void);
// Marks a file as part of the standard library (packages.c); false for -1.
void diag_mark_library(int file);
bool diag_is_library(int file);

// ---------------------------------------------------------------- lexer.c
// Go's tokens with automatic semicolon insertion (spec: Semicolons).

typedef enum TokKind {
    TOK_EOF,
    TOK_ILLEGAL,
    TOK_IDENT,
    TOK_INT,     // lit holds the literal text
    TOK_FLOAT,
    TOK_IMAG,    // an imaginary literal: lit holds the text, "2i"
    TOK_CHAR,    // lit holds the text; value holds the decoded rune
    TOK_STRING,  // sval/slen hold the decoded bytes (interpreted or raw)

    // operators and punctuation
    TOK_ADD, TOK_SUB, TOK_MUL, TOK_QUO, TOK_REM,          // + - * / %
    TOK_AND, TOK_OR, TOK_XOR, TOK_SHL, TOK_SHR, TOK_AND_NOT,  // & | ^ << >> &^
    TOK_ADD_ASSIGN, TOK_SUB_ASSIGN, TOK_MUL_ASSIGN, TOK_QUO_ASSIGN, TOK_REM_ASSIGN,
    TOK_AND_ASSIGN, TOK_OR_ASSIGN, TOK_XOR_ASSIGN, TOK_SHL_ASSIGN, TOK_SHR_ASSIGN,
    TOK_AND_NOT_ASSIGN,
    TOK_LAND, TOK_LOR, TOK_ARROW, TOK_INC, TOK_DEC,       // && || <- ++ --
    TOK_EQL, TOK_LSS, TOK_GTR, TOK_ASSIGN, TOK_NOT,       // == < > = !
    TOK_NEQ, TOK_LEQ, TOK_GEQ, TOK_DEFINE, TOK_ELLIPSIS,  // != <= >= := ...
    TOK_LPAREN, TOK_LBRACK, TOK_LBRACE, TOK_COMMA, TOK_PERIOD,
    TOK_RPAREN, TOK_RBRACK, TOK_RBRACE, TOK_SEMICOLON, TOK_COLON,
    TOK_TILDE,

    // keywords
    TOK_BREAK, TOK_CASE, TOK_CHAN, TOK_CONST, TOK_CONTINUE, TOK_DEFAULT,
    TOK_DEFER, TOK_ELSE, TOK_FALLTHROUGH, TOK_FOR, TOK_FUNC, TOK_GO, TOK_GOTO,
    TOK_IF, TOK_IMPORT, TOK_INTERFACE, TOK_MAP, TOK_PACKAGE, TOK_RANGE,
    TOK_RETURN, TOK_SELECT, TOK_STRUCT, TOK_SWITCH, TOK_TYPE, TOK_VAR,
    TOK_COUNT
} TokKind;

typedef struct Token {
    TokKind kind;
    Pos pos;
    const char *lit;    // source text of the token (arena copy, NUL-terminated)
    const char *sval;   // TOK_STRING: decoded bytes (NUL-terminated, may hold NULs)
    int64_t slen;       // TOK_STRING: length of sval
    int32_t rune;       // TOK_CHAR: decoded value
    bool auto_semi;     // TOK_SEMICOLON inserted at a newline or EOF ("newline" in messages)
    bool bad;           // a literal the lexer reported an error in (parsed as EXPR_BAD)
} Token;

typedef struct Lexer Lexer;

Lexer *lexer_new(int file);  // file: index from diag_add_file
Token lexer_next(Lexer *lx);
const char *tok_string(TokKind kind);  // "+", "func", "identifier", ...
// Is name a well-formed identifier?  One with a character the lexer reported
// ("invalid character U+00A7 '§' in identifier") is kept whole but is not,
// and the checker does not call it undefined (types2's isValidName).
bool lexer_valid_ident(const char *name);

// ---------------------------------------------------------------- ast (parser.c)
// Operators in Expr.op and Stmt.op reuse TokKind (TOK_ADD, TOK_LAND, ...).

typedef enum ExprKind {
    EXPR_BAD,
    EXPR_IDENT,       // name; after checking: obj
    EXPR_INT_LIT,     // lit
    EXPR_FLOAT_LIT,   // lit
    EXPR_IMAG_LIT,    // lit
    EXPR_CHAR_LIT,    // lit, rune
    EXPR_STRING_LIT,  // sval, slen
    EXPR_COMPOSITE,   // type_expr (NULL when elided inside another literal), elts
    EXPR_FUNC_LIT,    // type_expr (EXPR_FUNC_TYPE), body; after checking: func
    EXPR_PAREN,       // x
    EXPR_SELECTOR,    // x.name
    EXPR_INDEX,       // x[index]
    EXPR_SLICE,       // x[lo:hi] / x[lo:hi:max]; any of lo/hi/max may be NULL
    EXPR_TYPE_ASSERT, // x.(type_expr); type_expr NULL for x.(type) in a type switch
    EXPR_CALL,        // fn(args), has_dots for f(xs...)
    EXPR_STAR,        // *x: dereference, or pointer type in type context
    EXPR_UNARY,       // op x, op in + - ! ^ & <-
    EXPR_BINARY,      // x op y
    EXPR_KEY_VALUE,   // key: value, only inside composite literals
    // type expressions
    EXPR_ARRAY_TYPE,  // [len]elem; len NULL means a slice type; len EXPR_ELLIPSIS for [...]T
    EXPR_STRUCT_TYPE, // fields (Field list)
    EXPR_FUNC_TYPE,   // params, results (Field lists), variadic when the last param is ...T
    EXPR_INTERFACE_TYPE, // methods (Field list: name + EXPR_FUNC_TYPE), embeds in fields with name NULL
    EXPR_MAP_TYPE,    // key, elem
    EXPR_CHAN_TYPE,   // elem, chan_dir
    EXPR_ELLIPSIS,    // ...elem in a parameter list, or [...] length
    // added by the checker (see "Typed IR invariants")
    EXPR_CONVERT,     // conversion of x to type; site set when it allocates
    EXPR_ZERO,        // the zero value of type (implicit initialisers)
    EXPR_RESULT,      // result field_index of the multi-value call x, as an argument of
                      // f(g()) when g's results need converting or packing (variadic
                      // f, e.g. fmt.Println(g())): args are RESULT(g(),0), RESULT(g(),1)...
                      // (each possibly converted, boxed, packed); g() is evaluated once,
                      // when its RESULT 0 is.  When g's results are exactly f's params,
                      // the one tuple-typed argument g() is kept instead.
} ExprKind;

// A parameter, result or struct field declaration group:  a, b int
typedef struct Field {
    Pos pos;
    Vec names;        // of Expr* (EXPR_IDENT); empty for anonymous params / embedded fields
    Expr *type;
    const char *tag;  // struct tag, or NULL
} Field;

// Calls, after checking: how the call is made.
typedef enum CallKind {
    CALL_UNRESOLVED,
    CALL_FUNC,        // direct call of a top-level function: fn is EXPR_IDENT with OBJ_FUNC
    CALL_CLOSURE,     // call through a func value (fn evaluates to a closure pointer)
    CALL_BUILTIN,     // builtin (len, append, ...): builtin says which
    CALL_CONVERSION,  // never left in the IR: the checker rewrites it to EXPR_CONVERT
    CALL_INTRINSIC,   // a function of a built-in package (fmt.Println): intrinsic says which
    CALL_METHOD,      // dynamic call of an interface method: fn is an EXPR_SELECTOR with
                      // is_method set, method NULL, x the interface value and
                      // field_index the method's index in x's (sorted) method set.
                      // Calls of concrete methods are CALL_FUNC (see invariant 13).
} CallKind;

typedef enum Builtin {
    BUILTIN_NONE,
    BUILTIN_APPEND, BUILTIN_CAP, BUILTIN_CLEAR, BUILTIN_CLOSE, BUILTIN_COMPLEX,
    BUILTIN_COPY, BUILTIN_DELETE, BUILTIN_IMAG, BUILTIN_LEN, BUILTIN_MAKE,
    BUILTIN_MAX, BUILTIN_MIN, BUILTIN_NEW, BUILTIN_PANIC, BUILTIN_PRINT,
    BUILTIN_PRINTLN, BUILTIN_REAL, BUILTIN_RECOVER,
} Builtin;

// Functions of the packages gosub provides natively for now (issue 4 moves
// them to Go source in stdlib/).  Their Go signatures are declared by
// universe.c; codegen lowers each to its runtime function (runtime/gosub_rt.h).
typedef enum Intrinsic {
    INTR_NONE,
    INTR_FMT_PRINT, INTR_FMT_PRINTLN, INTR_FMT_PRINTF,
    INTR_FMT_SPRINT, INTR_FMT_SPRINTLN, INTR_FMT_SPRINTF,
    INTR_OS_EXIT, INTR_OS_RUNTIME_ARGS,
    INTR_STRCONV_ITOA, INTR_STRCONV_ATOI,
    INTR_MATH_SQRT, INTR_MATH_ABS, INTR_MATH_FLOOR,
    INTR_COUNT
} Intrinsic;

typedef enum ConstKind {
    CONST_NONE, CONST_BOOL, CONST_INT, CONST_FLOAT, CONST_COMPLEX, CONST_STRING
} ConstKind;

// A compile-time constant.  Integers are exact in 128 bits; anything larger
// is reported as "constant overflow" (gc allows 512 bits; programs within the
// subset never need them).  Floats are long double; a complex constant is
// the pair (f, fi), its real and imaginary parts.
typedef struct ConstVal {
    ConstKind kind;
    bool b;
    __int128 i;
    long double f;
    long double fi;    // CONST_COMPLEX: the imaginary part
    const char *s;
    int64_t slen;
} ConstVal;

struct Expr {
    ExprKind kind;
    Pos pos;
    int op;            // TokKind, for EXPR_UNARY / EXPR_BINARY

    // syntax
    const char *name;  // EXPR_IDENT, EXPR_SELECTOR
    Pos name_pos;      // EXPR_SELECTOR: the selected name (pos is the '.', as in gc)
    const char *lit;   // literals: source text
    const char *sval;  // EXPR_STRING_LIT
    int64_t slen;
    int32_t rune;      // EXPR_CHAR_LIT
    Expr *x, *y;       // operands; EXPR_SELECTOR/INDEX/SLICE/STAR/PAREN/TYPE_ASSERT/CONVERT use x
    Expr *index;       // EXPR_INDEX
    Expr *lo, *hi, *max;  // EXPR_SLICE
    bool slice3;
    Expr *fn;          // EXPR_CALL
    Vec args;          // EXPR_CALL: of Expr*
    bool has_dots;     // f(xs...)
    Expr *type_expr;   // EXPR_COMPOSITE, EXPR_FUNC_LIT, EXPR_TYPE_ASSERT
    Vec elts;          // EXPR_COMPOSITE: of Expr* (EXPR_KEY_VALUE or values)
    Expr *key, *value; // EXPR_KEY_VALUE
    Block *body;       // EXPR_FUNC_LIT
    Expr *len, *elem;  // EXPR_ARRAY_TYPE, EXPR_MAP_TYPE (key in key), EXPR_CHAN_TYPE, EXPR_ELLIPSIS
    Vec fields;        // EXPR_STRUCT_TYPE, EXPR_INTERFACE_TYPE: of Field*
    Vec params, results;  // EXPR_FUNC_TYPE: of Field*
    int chan_dir;      // 0 both, 1 send-only, 2 receive-only

    // typed IR (set by the checker)
    Type *type;        // the expression's type; for a type expression, the type it denotes
    bool is_type;      // the expression denotes a type
    bool is_const;     // cval holds the value, already converted to type
    bool addressable;
    ConstVal cval;
    Obj *obj;          // EXPR_IDENT: the object named; EXPR_SELECTOR on a package: the member
    CallKind call_kind;
    Builtin builtin;
    Intrinsic intrinsic;
    int field_index;   // EXPR_SELECTOR on a struct: index into the struct's fields
    bool implicit_deref;  // EXPR_SELECTOR: x is a pointer to the struct (p.f means (*p).f)
    bool promoted;     // EXPR_SELECTOR the checker inserted for an embedded field (x.f -> x.E.f)
    int64_t *field_path;  // unused: promoted selectors are expanded into explicit chains (invariant 13)
    bool is_method;    // EXPR_SELECTOR naming a method: a method value, or the fn of a CALL_METHOD
    Obj *method;       // EXPR_SELECTOR of a concrete method: the method's OBJ_FUNC
    Func *func;        // EXPR_FUNC_LIT: the function it defines
    Site *site;        // the allocation this expression makes, or NULL
};

typedef enum StmtKind {
    STMT_BAD,
    STMT_EMPTY,
    STMT_DECL,        // var/const/type inside a function: decl
    STMT_LABELED,     // label: stmt
    STMT_EXPR,        // x
    STMT_SEND,        // x <- y  (channels are not supported yet)
    STMT_INCDEC,      // x++ / x--: x, op TOK_INC/TOK_DEC
    STMT_ASSIGN,      // lhs op rhs; op is TOK_ASSIGN, TOK_DEFINE or TOK_ADD_ASSIGN...
    STMT_GO,          // go call
    STMT_DEFER,       // defer call
    STMT_RETURN,      // return rhs...
    STMT_BREAK,       // label may be NULL
    STMT_CONTINUE,
    STMT_GOTO,
    STMT_FALLTHROUGH,
    STMT_BLOCK,       // body
    STMT_IF,          // init; cond; body; else_ (STMT_IF or STMT_BLOCK)
    STMT_SWITCH,      // init; tag (may be NULL); clauses
    STMT_TYPE_SWITCH, // init; assign (x := y.(type) or y.(type)); clauses
    STMT_SELECT,
    STMT_FOR,         // init; cond; post; body  (each may be NULL)
    STMT_RANGE,       // key, value (may be NULL), define, x, body
} StmtKind;

typedef struct CaseClause {
    Pos pos;
    Vec exprs;         // of Expr*; empty for default
    bool is_default;
    Vec body;          // of Stmt*
    Obj *tswitch_var;  // STMT_TYPE_SWITCH: the variable bound in this clause
    Stmt *comm;        // STMT_SELECT: the send or receive statement (NULL for default)
} CaseClause;

typedef enum DeclKind { DECL_IMPORT, DECL_CONST, DECL_VAR, DECL_TYPE, DECL_FUNC } DeclKind;

// One spec of a const/var/type/import declaration.
typedef struct Spec {
    Pos pos;
    Vec names;        // of Expr* (EXPR_IDENT); for DECL_TYPE and DECL_IMPORT one or zero
    Expr *type;       // may be NULL
    Vec values;       // of Expr*; for DECL_CONST, the inherited list when omitted
    int iota;         // DECL_CONST: the spec's index in its group
    bool is_alias;    // type A = B
    const char *path; // DECL_IMPORT: the import path, decoded
} Spec;

typedef struct Decl {
    DeclKind kind;
    Pos pos;
    Vec specs;        // of Spec*, for import/const/var/type
    // DECL_FUNC
    Field *recv;      // method receiver, or NULL
    Expr *name;       // EXPR_IDENT
    Expr *type;       // EXPR_FUNC_TYPE
    Block *body;      // NULL for a declaration without body
    Func *func;       // set by the checker
} Decl;

struct Block {
    Pos pos;          // the opening brace
    Pos end;          // the closing brace
    Vec stmts;        // of Stmt*
};

struct Stmt {
    StmtKind kind;
    Pos pos;
    int op;               // STMT_ASSIGN, STMT_INCDEC: TokKind
    Decl *decl;           // STMT_DECL
    const char *label;    // STMT_LABELED, BREAK, CONTINUE, GOTO
    Pos label_pos;        // BREAK, CONTINUE, GOTO with a label: the label's position (gc reports there)
    Stmt *stmt;           // STMT_LABELED: the labelled statement
    Expr *x;              // STMT_EXPR, SEND (channel), INCDEC, GO, DEFER, RANGE (ranged value), SWITCH tag
    Expr *y;              // STMT_SEND: the value
    Vec lhs, rhs;         // STMT_ASSIGN (of Expr*), STMT_RETURN uses rhs
    Stmt *init, *post;    // IF, SWITCH, TYPE_SWITCH, FOR
    Expr *cond;           // IF, FOR
    Block *body;          // BLOCK, IF, FOR, RANGE
    Stmt *else_;          // IF
    Vec clauses;          // SWITCH, TYPE_SWITCH: of CaseClause*
    Stmt *assign;         // TYPE_SWITCH: x := y.(type) as STMT_ASSIGN, or STMT_EXPR
    Expr *key, *value;    // RANGE
    bool define;          // RANGE with :=
    Pos range_pos;        // RANGE: the "range" keyword, where gc's -m=2 places the loop

    // typed IR
    Obj *key_var, *value_var;  // RANGE with := : the per-iteration variables
    Stmt *target;         // BREAK/CONTINUE: the loop or switch (the STMT_LABELED's stmt for labels)
    Func *func;           // RETURN: the enclosing function
    Site *site;           // STMT_ASSIGN with op TOK_ADD_ASSIGN on strings: its SITE_CONCAT (s += t)
};

typedef struct File {
    int file;                 // diag file index
    Pos pkg_pos;
    const char *package;      // package clause name
    Vec imports;              // of Spec*
    Vec decls;                // of Decl*, in source order, imports excluded
} File;

// Parses one file; reports syntax errors through diag_error.  Never returns NULL.
File *parse_file(int file);
// The leftmost source position of an expression (gc's syntax.StartPos): nodes
// record gc's positions (a + b at the '+', f(x) at the '(', T{} at the '{'),
// while type errors are reported at the start of the expression.
Pos expr_start(Expr *e);

// ---------------------------------------------------------------- types.c
typedef enum TypeKind {
    TYPE_INVALID,
    TYPE_BOOL,
    TYPE_INT, TYPE_INT8, TYPE_INT16, TYPE_INT32, TYPE_INT64,
    TYPE_UINT, TYPE_UINT8, TYPE_UINT16, TYPE_UINT32, TYPE_UINT64, TYPE_UINTPTR,
    TYPE_FLOAT32, TYPE_FLOAT64,
    TYPE_COMPLEX64, TYPE_COMPLEX128,
    TYPE_STRING,
    TYPE_UNSAFE_POINTER,
    // the types of untyped constants and nil
    TYPE_UNTYPED_BOOL, TYPE_UNTYPED_INT, TYPE_UNTYPED_RUNE, TYPE_UNTYPED_FLOAT,
    TYPE_UNTYPED_COMPLEX, TYPE_UNTYPED_STRING, TYPE_UNTYPED_NIL,
    // composite
    TYPE_POINTER, TYPE_ARRAY, TYPE_SLICE, TYPE_STRUCT, TYPE_FUNC, TYPE_INTERFACE,
    TYPE_MAP, TYPE_CHAN,
    TYPE_NAMED,   // a defined type: name, underlying, methods
    TYPE_TUPLE,   // the results of a multi-value call
} TypeKind;

typedef struct TypeField {
    const char *name;
    Type *type;
    int64_t offset;   // byte offset, set by type_layout
    bool embedded;
    const char *tag;
} TypeField;

typedef struct Method {
    const char *name;
    Type *sig;        // TYPE_FUNC without the receiver
    Obj *func;        // named types: the method's function object
    bool ptr_recv;
} Method;

// Types are canonical: two identical types are the same Type*, so identity is
// pointer equality (types.c interns every constructed type).
struct Type {
    TypeKind kind;
    Type *elem;           // POINTER, ARRAY, SLICE, MAP (value), CHAN
    Type *key;            // MAP
    int64_t len;          // ARRAY
    TypeField *fields;    // STRUCT
    int nfields;
    Type **params;        // FUNC
    int nparams;
    Type **results;       // FUNC, TUPLE (the elements)
    int nresults;
    bool variadic;        // FUNC: the last param is a slice passed as ...T
    Method *methods;      // INTERFACE: its method set, sorted by name; NAMED: declared methods
    int nmethods;
    const char *name;     // NAMED: the name as %T prints it ("main.Point", "error")
    Type *underlying;     // NAMED: the underlying type (never NAMED); others: the type itself
    Obj *obj;             // NAMED: the type name object
    int64_t size, align;  // layout on 64-bit targets (both targets gosub has are LP64)
    int id;               // unique, dense from 0: index of a per-type table in codegen
};

extern Type *type_bool, *type_int, *type_int8, *type_int16, *type_int32, *type_int64,
    *type_uint, *type_uint8, *type_uint16, *type_uint32, *type_uint64, *type_uintptr,
    *type_float32, *type_float64, *type_complex64, *type_complex128, *type_string,
    *type_unsafe_pointer,
    *type_untyped_bool, *type_untyped_int, *type_untyped_rune, *type_untyped_float,
    *type_untyped_complex,
    *type_untyped_string, *type_untyped_nil, *type_invalid,
    *type_error,       // the predeclared interface { Error() string }
    *type_any;         // interface{}

void types_init(void);
Type *type_pointer(Type *elem);
Type *type_slice(Type *elem);
Type *type_array(Type *elem, int64_t len);
Type *type_map(Type *key, Type *elem);
Type *type_struct(TypeField *fields, int nfields);
Type *type_func(Type **params, int nparams, Type **results, int nresults, bool variadic);
Type *type_interface(Method *methods, int nmethods);
Type *type_tuple(Type **elems, int n);
Type *type_named(const char *name, Obj *obj);  // underlying set later by the checker
void type_set_underlying(Type *named, Type *underlying);
int type_count(void);
Type *type_by_id(int id);

static inline Type *type_under(Type *t) { return t->kind == TYPE_NAMED ? t->underlying : t; }
bool type_is_integer(Type *t);   // after type_under
bool type_is_unsigned(Type *t);
bool type_is_float(Type *t);
bool type_is_complex(Type *t);
bool type_is_numeric(Type *t);
bool type_is_string(Type *t);
bool type_is_boolean(Type *t);
bool type_is_untyped(Type *t);
bool type_is_interface(Type *t);
bool type_comparable(Type *t);
bool type_has_pointers(Type *t);  // does a value of t hold any pointer the collector must see
Type *type_default(Type *t);      // untyped -> default type (int, rune=int32, float64, complex128, string, bool)
// Go's spelling of the type, as %T and error messages print it: "[]int", "*main.T", "struct { x int }".
// (Named type_str, not type_string: that name is the predeclared string type above.)
const char *type_str(Type *t);
// Byte offsets of the pointer words of t, one bit per 8-byte word (bit i = word i).
// Returns the number of words; mask has room for (size+7)/8 bits.
int64_t type_ptrmask(Type *t, uint8_t *mask);

// ---------------------------------------------------------------- objects and scopes (universe.c)
typedef enum ObjKind { OBJ_BAD, OBJ_VAR, OBJ_CONST, OBJ_TYPE, OBJ_FUNC, OBJ_PKG, OBJ_BUILTIN, OBJ_NIL } ObjKind;

struct Obj {
    ObjKind kind;
    const char *name;
    Pos pos;
    Type *type;
    ConstVal cval;        // OBJ_CONST
    Builtin builtin;      // OBJ_BUILTIN
    Intrinsic intrinsic;  // OBJ_FUNC of a built-in package
    Package *pkg;         // OBJ_PKG: the package; others: the package declaring it (NULL: universe)
    const char *link_name;  // OBJ_FUNC, global OBJ_VAR: the symbol ("main.F", "main.x")
    // variables
    bool is_global, is_param, is_result;
    bool addr_taken;      // &x appears, or x is used where its address is needed
    bool captured;        // a closure refers to it
    bool reassigned;      // assigned after its declaration
    bool used;            // for "declared and not used"
    Func *func;           // OBJ_VAR: the function declaring it; OBJ_FUNC: its definition
    Site *site;           // OBJ_VAR: non-NULL when the variable is an allocation site (SITE_VAR)
    int loop_depth;       // loop nesting depth of the declaration (0 outside loops)
    int index;            // dense per-function index, for passes' side tables
    void *cg;             // codegen's slot for this object
    Decl *decl;           // OBJ_FUNC/OBJ_TYPE/global vars: the declaration
    void *check_info;     // the checker's private bookkeeping (check.h DeclInfo); not for other passes
};

struct Scope {
    Scope *outer;
    // a small open-addressed table: name -> Obj*
    const char **names;
    Obj **objs;
    int count, cap;
    bool is_func;     // the scope of a function's parameters (for closures)
};

Scope *scope_new(Scope *outer);
Obj *scope_lookup_local(Scope *s, const char *name);
Obj *scope_lookup(Scope *s, const char *name);
Obj *scope_insert(Scope *s, Obj *obj);  // returns the existing object when name is taken
Obj *obj_new(ObjKind kind, const char *name, Pos pos, Type *type);

struct Package {
    const char *path;   // "main", "fmt", ...
    const char *name;
    Scope *scope;
};

Scope *universe(void);           // predeclared identifiers
// The packages gosub knows: fmt, os, strconv, math.  NULL for any other path.
Package *builtin_package(const char *path);
// os.Args: a global variable provided by the runtime (rt_os_args).
extern Obj *obj_os_args;

// ---------------------------------------------------------------- allocation sites
// An allocation site is every place the program may allocate memory whose
// lifetime the compiler must decide.  The checker creates them; the escape pass
// sets decision; codegen lowers each through cg_alloc_site, the one function
// that reads the decision.
typedef enum SiteKind {
    SITE_VAR,         // a variable whose address is taken or that a closure captures by reference ("moved to heap: x")
    SITE_NEW,         // new(T)
    SITE_ADDR_LIT,    // &T{...}
    SITE_SLICE_LIT,   // []T{...}: its backing array
    SITE_MAKE_SLICE,  // make([]T, len[, cap]): its backing array
    SITE_MAKE_MAP,    // make(map[K]V) / map literal (issue 4)
    SITE_CLOSURE,     // func literal: its environment
    SITE_BOX,         // a non-pointer value converted to an interface
    SITE_VARIADIC,    // the slice holding a variadic call's ... arguments
    SITE_STR_BYTES,   // []byte(s)
    SITE_BYTES_STR,   // string(b)
    SITE_STR_RUNES,   // []rune(s)
    SITE_RUNES_STR,   // string(runes), string(r)
    SITE_CONCAT,      // a + b on strings
    SITE_APPEND,      // append's growth of the backing array
} SiteKind;

typedef enum SiteDecision { SITE_HEAP, SITE_STACK } SiteDecision;

struct Site {
    SiteKind kind;
    int id;              // dense over the program
    Pos pos;             // gc's position for the -m line
    Func *func;          // the function containing it
    Type *type;          // the type of the allocated object (for slices: the element type)
    int64_t count;       // number of elements when constant (1 for non-arrays); -1 when not constant
    Expr *count_expr;    // the element count when not constant
    int64_t size;        // bytes when constant, else -1
    const char *text;    // the expression as gc prints it in -m ("new(Student)", "&T{...}", "make([]int, 0, 20)")
    Obj *var;            // SITE_VAR: the variable
    Expr *expr;          // the allocating expression (NULL for SITE_VAR)
    int loop_depth;
    SiteDecision decision;  // SITE_HEAP until the escape pass proves otherwise
    const char *reason;     // why: the -m line ("moved to heap: x", "does not escape", "too large for stack")
};

// ---------------------------------------------------------------- functions and the program
typedef struct Capture {
    Obj *var;          // the captured variable of an enclosing function
    bool by_ref;       // captured by reference: the closure holds its address (var->site is set)
    int index;         // field index in the closure environment (0 is the code pointer)
} Capture;

struct Func {
    const char *name;      // link name: "main.F", "main.F.func1" (closures numbered as gc does)
    Obj *obj;              // top-level functions: the object; NULL for closures
    Type *sig;             // TYPE_FUNC
    Decl *decl;            // top-level functions
    Expr *lit;             // closures: the EXPR_FUNC_LIT
    Func *outer;           // closures: the enclosing function
    Vec params;            // of Obj* (unnamed params get names "_" / synthesized objects)
    Vec results;           // of Obj*: named results, or synthesized "~r0", "~r1"
    bool named_results;
    Block *body;
    Vec captures;          // of Capture*, closures only
    Vec locals;            // of Obj*: every local variable, params and results included
    Vec sites;             // of Site*: every allocation site in this function (not nested closures)
    Vec closures;          // of Func*: closures defined directly in this function
    int nclosures;         // counter for naming func1, func2, ...
    bool noescape;         // a runtime primitive (no body) that keeps no argument
                           // (packages.c: //gosub:runtime NAME noescape)
};

// A package-level variable's initialisation, in dependency order.
typedef struct GlobalInit {
    Vec lhs;              // of Obj* (NULL for _)
    Expr *rhs;            // one expression (possibly multi-valued), or NULL with rhs_list
    Vec rhs_list;         // of Expr*, one per lhs
} GlobalInit;

typedef struct Program {
    Vec files;            // of File*
    Package *main_pkg;
    Vec funcs;            // of Func*: every function, closures included, callees not ordered
    Vec globals;          // of Obj*: package-level variables
    Vec inits;            // of GlobalInit*, in initialisation order
    Vec init_funcs;       // of Func*: the package's init() functions, in source order
    Func *main_func;      // main.main (NULL when the package is not main)
    Vec sites;            // of Site*: every allocation site, by id
} Program;

// ---------------------------------------------------------------- Typed IR invariants
// After check_program returns a Program, the tree satisfies all of these; the
// escape pass and codegen rely on them and check nothing again.
//
//  1. Types.  Every expression codegen evaluates has a non-NULL, typed (never
//     untyped) type.  Untyped constants take their context's type or their
//     default type.  A constant expression has is_const set and cval already
//     converted to its type: codegen emits cval and never looks at children.
//  2. Names.  EXPR_IDENT and package-member EXPR_SELECTOR have obj set:
//     OBJ_VAR (local, parameter, result, global, or a variable of an enclosing
//     function captured by a closure), OBJ_FUNC (used as a value when not the
//     fn of a CALL_FUNC), OBJ_NIL (type is the nil's target type), OBJ_CONST
//     (is_const), OBJ_TYPE (is_type; only in type positions and conversions).
//     EXPR_PAREN may remain; it is transparent.
//  3. Conversions are explicit.  Every implicit conversion of a value of
//     non-interface type to an interface (assignment, argument, return,
//     composite element, comparison with an interface, panic's argument) is an
//     EXPR_CONVERT whose type is the interface; it carries a SITE_BOX site unless
//     the value is pointer-shaped (pointer, map, chan, func) and stored directly
//     in the interface's data word.  Explicit conversions T(x) are EXPR_CONVERT
//     too (CALL_CONVERSION never survives), with SITE_STR_BYTES, SITE_BYTES_STR,
//     SITE_STR_RUNES or SITE_RUNES_STR sites where they allocate.  Assignments of
//     values between identical or assignable types are not wrapped.
//  4. Calls.  EXPR_CALL has call_kind set.  For CALL_FUNC, CALL_CLOSURE and
//     CALL_INTRINSIC the args match the signature's params one to one, already
//     converted: the extra arguments of a variadic call are packed by the
//     checker into an EXPR_COMPOSITE of the slice type with a SITE_VARIADIC site
//     (f(xs...) passes xs itself; a variadic call with no extra argument passes
//     an EXPR_ZERO nil slice).  A call's type is its single result type, a
//     TYPE_TUPLE for several results, or NULL for none.
//     Builtins (CALL_BUILTIN): print/println take their arguments as they are
//     (typed); len/cap of a constant are folded; make and new have args[0] a
//     type expression (is_type) and their other args converted to int (Go
//     1.26's new(v) has args[0] a typed value, not is_type: the new variable
//     starts as v); append's
//     appended values are converted to the element type (with has_dots the
//     second arg is the slice, or a string for []byte); panic's arg is an
//     interface (see 3).  make([]T,...) and new(T) carry their sites, append
//     carries a SITE_APPEND site.  complex(r, i) has r and i of one float
//     type (float32 gives complex64, float64 complex128); real(z) and imag(z)
//     have z of a complex type; with constant operands all three are folded.
//  5. Selectors.  x.f on a struct or pointer to struct has field_index set and
//     implicit_deref when x is a pointer.
//  6. Indexing and slicing.  x is a string, slice, array or map (15); an index or slice
//     of a pointer to an array is rewritten to (*p)[i] with an explicit
//     EXPR_STAR.  Indices are converted to int.  Slicing an array takes its
//     address: the array is addressable, and if it is a variable that variable
//     has a SITE_VAR site.
//  7. Composite literals.  For a struct, elts holds exactly one entry per field
//     in field order (NULL for a field left zero).  For an array or slice, elts
//     holds EXPR_KEY_VALUE entries whose key is a constant int index (cval).
//     A slice literal carries a SITE_SLICE_LIT site whose count is the length;
//     &T{...} is EXPR_UNARY(TOK_AND) of the literal and the EXPR_UNARY carries
//     a SITE_ADDR_LIT site.  Elided inner types are filled in.
//  8. Addresses.  &x of a variable (or of a field or element rooted in a
//     variable) marks that variable addr_taken and gives it a SITE_VAR site.  A
//     variable with a site lives in the memory cg_alloc_site returns for it,
//     allocated when its declaration executes (each loop iteration anew).
//  9. Closures.  EXPR_FUNC_LIT has func set; func->captures lists every variable
//     of an enclosing function it uses (transitively through nested closures).
//     A capture is by value when the variable is never reassigned after its
//     declaration, never address-taken and at most 128 bytes (gc's rule);
//     otherwise by reference, and the variable has a SITE_VAR site.  The literal
//     carries a SITE_CLOSURE site when it captures anything.
// 10. Operators.  Both operands of a binary operator other than a shift have
//     the same type; a shift's count is any integer type.  Comparisons have type
//     bool (or the untyped context's named bool).  String + carries SITE_CONCAT.
// 11. Statements.  STMT_ASSIGN with TOK_DEFINE has lhs idents' obj set (new or
//     reused variables; "_" has obj NULL).  Compound assignments keep their op.
//     Multi-value assignments have one rhs of TYPE_TUPLE; the comma-ok forms
//     (v, ok := x.(T)) have the rhs typed as a 2-tuple.  RETURN's rhs are
//     converted to the result types (empty for a bare return).  BREAK/CONTINUE
//     have target set.  Switch case expressions are converted to the tag's type
//     (tagless switches: bool).  RANGE over a slice, array, pointer to array,
//     string, integer or map (15); with := it has key_var/value_var (NULL for _).
//     Local var declarations: the spec's names have obj set and values are
//     converted; no value means the zero value.
// 12. Sites.  Every Site is in its function's sites and in Program.sites, with
//     id its index there, decision SITE_HEAP and text set.
// 13. Methods (check_method.c).  A method is an OBJ_FUNC (not in any scope)
//     whose type and Func.sig are the *full* signature: the receiver first,
//     then the declared parameters (func (p *T) M(x int) has sig
//     func(*T, int)); Func.params starts with the receiver variable (an "_"
//     object when unnamed).  Link names follow gc: "main.T.M", "main.(*T).M".
//     A named type's Type.methods lists its declared methods (Method.func the
//     OBJ_FUNC, Method.sig without the receiver, ptr_recv).
//     Promoted fields and methods are expanded: x.f reached through embedded
//     fields becomes the explicit chain x.E1.E2.f of EXPR_SELECTORs (each with
//     field_index and implicit_deref), so codegen and escape never search.
//     A call of a concrete method, x.M(a), is rewritten to CALL_FUNC with fn
//     an EXPR_IDENT of the method's OBJ_FUNC and args [recv, a...]: recv is
//     already adjusted to the receiver type -- &x (EXPR_UNARY TOK_AND, x
//     addr_taken with a SITE_VAR when x is a variable; implicit_deref set on
//     the & so that messages print x as gc does) for a pointer method
//     on an addressable value, *p (EXPR_STAR) for a value method through a
//     pointer.  A call of an interface method is CALL_METHOD (see CallKind);
//     its args are converted as for CALL_FUNC, the receiver is fn->x.
//     A method value x.M (not called) is an EXPR_SELECTOR with is_method set:
//     concrete: method set, x the adjusted receiver (evaluated and copied
//     when the method value is evaluated); interface: method NULL, x the
//     interface, field_index the method index.  Its type is the method's
//     signature without receiver and it carries a SITE_CLOSURE site (the
//     bound closure { code, receiver }).
//     A method expression T.M / (*T).M is an EXPR_SELECTOR with obj set to
//     the method's OBJ_FUNC when its receiver type matches exactly (codegen
//     and escape treat it like a package-level function used as a value);
//     any other (promoted, (*T).M of a value method, I.M of an interface) is
//     an EXPR_SELECTOR with is_method set and x the type expression (is_type):
//     a static func value of type func(T, params...) that codegen builds from
//     T's method set; it allocates nothing.
// 14. Interfaces (check_iface.c).  Every interface value, empty or not, is
//     {GoType *type, data} (runtime/gosub_rt.h): conversions between
//     interfaces are no-ops in codegen (EXPR_CONVERT iface->iface is kept for
//     the checker's typing only), assertions and type switches compare type
//     words or ask the runtime whether the dynamic type's method table
//     (GoType.methods, filled by codegen with wrappers for the type's method
//     set) covers the asserted interface.  x.(T) to a non-empty interface T
//     checks the method set at run time (rt_implements); a method call
//     finds the method in the dynamic type's table (rt_ifacefn).
//     STMT_TYPE_SWITCH: Stmt.x is the switched operand x too; assign is `v := x.(type)` (STMT_ASSIGN, lhs[0] the
//     ident, rhs[0] the EXPR_TYPE_ASSERT with type_expr NULL and x checked) or
//     STMT_EXPR of the EXPR_TYPE_ASSERT; case exprs are type expressions
//     (is_type, type set) or the nil identifier (obj OBJ_NIL); each clause
//     binding v has tswitch_var: of the case's type when the clause lists
//     exactly one type, else of x's interface type.
// 15. Maps (check_map.c).  A map type's key is comparable.  m[k] is an
//     EXPR_INDEX whose x has a map type and whose index is converted to the
//     key type (invariant 3: boxed for interface keys); its type is the
//     element type and it is never addressable, yet it is a valid target of
//     STMT_ASSIGN (=, op=) and STMT_INCDEC: m[k] = v evaluates m and k, then v,
//     then stores (so `ids[s] = len(ids)` reads the map before the insert).
//     The comma-ok read (v, ok := m[k]; v, ok = m[k]; var v, ok = m[k]) is
//     the same EXPR_INDEX typed as the 2-tuple (elem, bool), the one rhs of
//     a 2:1 assignment or declaration.  A map literal is an EXPR_COMPOSITE
//     whose elts are EXPR_KEY_VALUE, key and value converted to the key and
//     element types (elided inner literal types filled in), carrying a
//     SITE_MAKE_MAP site (count: the number of entries).  make(map[K]V[, n])
//     has args[0] the type, args[1] (if present) converted to int, and a
//     SITE_MAKE_MAP site (count n when constant, else -1 with count_expr).
//     delete(m, k) has k converted to the key type; len(m) and clear(m)
//     take the map as it is.  STMT_RANGE over a map has key_var/value_var of
//     the key and element types (with =, key and value are assignable to
//     them); order is the runtime's (randomised).  Maps compare only to nil.
// 16. Defer and recover (check_defer.c).  STMT_DEFER's x is an EXPR_CALL of
//     any call_kind (never parenthesized, never a conversion, never a
//     builtin whose value would be discarded), checked as an expression
//     statement's call is (args converted, variadic args packed).  Its
//     function value (unless fn names a top-level function) and its args are
//     evaluated when the statement executes, in the usual order; the call
//     runs when the enclosing function returns or panics, most recent first.
//     A deferred closure may change named results after a return statement
//     has set them.  recover() is a CALL_BUILTIN with no args of type any
//     (interface{}); it returns non-nil only when called directly by a
//     deferred function while the goroutine panics.  The function executing
//     a defer is the innermost Func (a func literal's own, not its outer one).
// 17. Labels and goto.  STMT_LABELED names any statement; STMT_GOTO's label
//     names a STMT_LABELED of the same function (not inside a nested func
//     literal), and the checker has rejected jumps into blocks and forward
//     jumps over variable declarations (check_gotos), so codegen just
//     branches.  A labelled for/range/switch is the
//     target of break/continue with that label (Stmt.target is the loop).

// ---------------------------------------------------------------- check_method.c (method sets)
// One method of a type's method set, as codegen builds the type's method
// table from it: the receiver is reached from a value of the type (or from
// the value a pointer type points to) through the embedded fields path[],
// ending at holder, which declares func (ptr_recv as declared) or, when func
// is NULL, is an interface type whose method index is called dynamically.
typedef struct MethodSetEntry {
    const char *name;
    Type *sig;          // the method's signature without receiver
    Obj *func;
    bool ptr_recv;
    int path[16];
    int npath;
    Type *holder;
    int index;
} MethodSetEntry;
// The method set of t, sorted by name (spec: Method sets): for an interface
// its methods (func NULL, npath 0, holder t); for *T every method of T and
// of its embedded fields; for T those not needing an addressable receiver.
int type_method_set(Type *t, MethodSetEntry **out);

// ---------------------------------------------------------------- check.c
// Type-checks the parsed files of one package and builds the typed IR.
// Returns NULL when there were errors (reported through diag_error).
Program *check_program(File **files, int nfiles);

// ---------------------------------------------------------------- packages.c
// Go-source packages of the standard library (stdlib/, docs/stdlib.md): loads
// the imports of the main package's files transitively, orders them
// dependencies first, and checks each into prog (false after errors).
bool pkg_load_imports(Program *prog, File **files, int nfiles);
// Forgets every loaded package: for a second compilation in one process (jit/api.c).
void pkg_reset(void);
// The package an import path names: a checked Go-source package, else a
// built-in one (builtin_package), else NULL.
Package *pkg_find(const char *path);
// gostd.c: whether Go's standard library has a package of this import path.
bool go_std_has(const char *path);
// check.c: checks one package's files into prog ("strings", or NULL for the
// main package, whose path is its name).  NULL after errors.
Package *check_package(Program *prog, const char *path, File **files, int nfiles);

// ---------------------------------------------------------------- const.c
// Exact constant arithmetic (spec: Constant expressions).
bool const_representable(ConstVal *v, Type *t, ConstVal *rounded);
const char *const_string(ConstVal *v);   // for messages: "300", "1.5", "\"s\""

#endif
