// universe.c: scopes, the universe scope and the packages gosub provides.
//
// A Scope maps names to objects with a small open-addressed table that doubles
// when half full; lookups walk the chain of outer scopes (spec: Declarations
// and scope).  The universe holds the predeclared identifiers: the basic types
// (byte and rune are aliases of uint8 and int32, any of interface{}), error,
// true/false/iota/nil and the builtin functions.
//
// builtin_package declares the members of fmt, os, strconv and math that the
// subset offers, with their true Go signatures; each function is an OBJ_FUNC
// with intrinsic set, which codegen lowers to a runtime call.  A Go-source
// package in stdlib/ of the same path takes precedence (packages.c): fmt's,
// os's and math's Go sources take their intrinsics from here
// (//gosub:intrinsic, docs/stdlib.md); the rest serves when no stdlib folder
// is found.  Example:
//     fmt.Println  OBJ_FUNC  func(a ...any) (n int, err error)  INTR_FMT_PRINTLN
#include "frontend.h"

#include <stdlib.h>
#include <string.h>

Obj *obj_os_args;

static uint64_t name_hash(const char *s) {
    uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

Scope *scope_new(Scope *outer) {
    Scope *s = NEW(Scope);
    s->outer = outer;
    return s;
}

static int scope_slot(Scope *s, const char *name) {
    uint64_t h = name_hash(name) & (uint64_t)(s->cap - 1);
    while (s->names[h] && strcmp(s->names[h], name) != 0)
        h = (h + 1) & (uint64_t)(s->cap - 1);
    return (int)h;
}

static void scope_grow(Scope *s) {
    Scope old = *s;
    s->cap = old.cap ? old.cap * 2 : 8;
    s->names = arena_alloc(sizeof(char *) * (size_t)s->cap);
    s->objs = arena_alloc(sizeof(Obj *) * (size_t)s->cap);
    for (int i = 0; i < old.cap; i++) {
        if (!old.names[i])
            continue;
        int slot = scope_slot(s, old.names[i]);
        s->names[slot] = old.names[i];
        s->objs[slot] = old.objs[i];
    }
}

Obj *scope_lookup_local(Scope *s, const char *name) {
    if (!s || !s->cap)
        return NULL;
    int slot = scope_slot(s, name);
    return s->names[slot] ? s->objs[slot] : NULL;
}

Obj *scope_lookup(Scope *s, const char *name) {
    for (; s; s = s->outer) {
        Obj *o = scope_lookup_local(s, name);
        if (o)
            return o;
    }
    return NULL;
}

Obj *scope_insert(Scope *s, Obj *obj) {
    Obj *old = scope_lookup_local(s, obj->name);
    if (old)
        return old;
    if (2 * (s->count + 1) > s->cap)
        scope_grow(s);
    int slot = scope_slot(s, obj->name);
    s->names[slot] = obj->name;
    s->objs[slot] = obj;
    s->count++;
    return NULL;
}

Obj *obj_new(ObjKind kind, const char *name, Pos pos, Type *type) {
    Obj *o = NEW(Obj);
    o->kind = kind;
    o->name = name;
    o->pos = pos;
    o->type = type;
    return o;
}

static const Pos no_pos = {-1, 0, 0};

static void declare(Scope *s, ObjKind kind, const char *name, Type *type) {
    scope_insert(s, obj_new(kind, name, no_pos, type));
}

static void declare_builtin(Scope *s, const char *name, Builtin b) {
    Obj *o = obj_new(OBJ_BUILTIN, name, no_pos, NULL);
    o->builtin = b;
    scope_insert(s, o);
}

static void declare_types(Scope *s) {
    static const struct { const char *name; Type **type; } types[] = {
        {"bool", &type_bool}, {"int", &type_int}, {"int8", &type_int8},
        {"int16", &type_int16}, {"int32", &type_int32}, {"int64", &type_int64},
        {"uint", &type_uint}, {"uint8", &type_uint8}, {"uint16", &type_uint16},
        {"uint32", &type_uint32}, {"uint64", &type_uint64}, {"uintptr", &type_uintptr},
        {"float32", &type_float32}, {"float64", &type_float64}, {"string", &type_string},
        {"complex64", &type_complex64}, {"complex128", &type_complex128},
        {"byte", &type_uint8}, {"rune", &type_int32}, {"error", &type_error},
        {"any", &type_any},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        declare(s, OBJ_TYPE, types[i].name, *types[i].type);
    type_error->obj = scope_lookup_local(s, "error");
}

static void declare_consts(Scope *s) {
    Obj *t = obj_new(OBJ_CONST, "true", no_pos, type_untyped_bool);
    t->cval = (ConstVal){.kind = CONST_BOOL, .b = true};
    scope_insert(s, t);
    Obj *f = obj_new(OBJ_CONST, "false", no_pos, type_untyped_bool);
    f->cval = (ConstVal){.kind = CONST_BOOL, .b = false};
    scope_insert(s, f);
    // iota's value depends on the const spec; the checker substitutes it.
    Obj *iota = obj_new(OBJ_CONST, "iota", no_pos, type_untyped_int);
    iota->cval = (ConstVal){.kind = CONST_INT};
    scope_insert(s, iota);
    declare(s, OBJ_NIL, "nil", type_untyped_nil);
}

static void declare_builtins(Scope *s) {
    static const struct { const char *name; Builtin b; } builtins[] = {
        {"append", BUILTIN_APPEND}, {"cap", BUILTIN_CAP}, {"clear", BUILTIN_CLEAR},
        {"close", BUILTIN_CLOSE}, {"complex", BUILTIN_COMPLEX}, {"copy", BUILTIN_COPY},
        {"delete", BUILTIN_DELETE}, {"imag", BUILTIN_IMAG}, {"len", BUILTIN_LEN},
        {"make", BUILTIN_MAKE}, {"max", BUILTIN_MAX}, {"min", BUILTIN_MIN},
        {"new", BUILTIN_NEW}, {"panic", BUILTIN_PANIC}, {"print", BUILTIN_PRINT},
        {"println", BUILTIN_PRINTLN}, {"real", BUILTIN_REAL}, {"recover", BUILTIN_RECOVER},
    };
    for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++)
        declare_builtin(s, builtins[i].name, builtins[i].b);
}

Scope *universe(void) {
    static Scope *u;
    if (u)
        return u;
    types_init();
    u = scope_new(NULL);
    declare_types(u);
    declare_consts(u);
    declare_builtins(u);
    return u;
}

// ---------------------------------------------------------------- built-in packages

static Package *package_new(const char *path) {
    Package *p = NEW(Package);
    p->path = path;
    p->name = path;
    p->scope = scope_new(NULL);
    return p;
}

static Type *sig(Type **params, int np, Type **results, int nr, bool variadic) {
    return type_func(params, np, results, nr, variadic);
}

static void declare_func(Package *p, const char *name, Type *t, Intrinsic intr) {
    Obj *o = obj_new(OBJ_FUNC, name, no_pos, t);
    o->intrinsic = intr;
    o->pkg = p;
    o->link_name = arena_sprintf("%s.%s", p->path, name);
    scope_insert(p->scope, o);
}

static void declare_const(Package *p, const char *name, ConstVal v, Type *t) {
    Obj *o = obj_new(OBJ_CONST, name, no_pos, t);
    o->cval = v;
    o->pkg = p;
    scope_insert(p->scope, o);
}

static Package *make_fmt(void) {
    Package *p = package_new("fmt");
    Type *anys = type_slice(type_any);
    Type *n_err[] = {type_int, type_error};
    Type *f_anys[] = {type_string, anys};
    Type *str = type_string;
    Type *print = sig(&anys, 1, n_err, 2, true);
    Type *printf = sig(f_anys, 2, n_err, 2, true);
    declare_func(p, "Print", print, INTR_FMT_PRINT);
    declare_func(p, "Println", print, INTR_FMT_PRINTLN);
    declare_func(p, "Printf", printf, INTR_FMT_PRINTF);
    declare_func(p, "Sprint", sig(&anys, 1, &str, 1, true), INTR_FMT_SPRINT);
    declare_func(p, "Sprintln", sig(&anys, 1, &str, 1, true), INTR_FMT_SPRINTLN);
    declare_func(p, "Sprintf", sig(f_anys, 2, &str, 1, true), INTR_FMT_SPRINTF);
    // type Stringer interface { String() string }
    Method m = {.name = "String", .sig = sig(NULL, 0, &str, 1, false)};
    Type *stringer = type_named("fmt.Stringer", NULL);
    type_set_underlying(stringer, type_interface(&m, 1));
    Obj *o = obj_new(OBJ_TYPE, "Stringer", no_pos, stringer);
    o->pkg = p;
    stringer->obj = o;
    scope_insert(p->scope, o);
    return p;
}

static Package *make_os(void) {
    Package *p = package_new("os");
    Type *i = type_int;
    declare_func(p, "Exit", sig(&i, 1, NULL, 0, false), INTR_OS_EXIT);
    // stdlib/os initialises its Args from this, as Go's os does from the
    // runtime's runtime_args.
    Type *strs = type_slice(type_string);
    declare_func(p, "runtime_args", sig(NULL, 0, &strs, 1, false), INTR_OS_RUNTIME_ARGS);
    obj_os_args = obj_new(OBJ_VAR, "Args", no_pos, type_slice(type_string));
    obj_os_args->is_global = true;
    obj_os_args->pkg = p;
    obj_os_args->link_name = "rt_os_args";
    scope_insert(p->scope, obj_os_args);
    return p;
}

static Package *make_strconv(void) {
    Package *p = package_new("strconv");
    Type *i = type_int, *s = type_string;
    Type *i_err[] = {type_int, type_error};
    declare_func(p, "Itoa", sig(&i, 1, &s, 1, false), INTR_STRCONV_ITOA);
    declare_func(p, "Atoi", sig(&s, 1, i_err, 2, false), INTR_STRCONV_ATOI);
    return p;
}

// math's constants, with the decimal expansions of math/const.go.
static void math_consts(Package *p) {
    static const struct { const char *name, *value; } floats[] = {
        {"E", "2.71828182845904523536028747135266249775724709369995957496696763"},
        {"Pi", "3.14159265358979323846264338327950288419716939937510582097494459"},
        {"Phi", "1.61803398874989484820458683436563811772030917980576286213544862"},
        {"Sqrt2", "1.41421356237309504880168872420969807856967187537694807317667974"},
        {"SqrtE", "1.64872127070012814684865078831848393718237075152416208960066549"},
        {"SqrtPi", "1.77245385090551602729816748334114518279754945612238712821380779"},
        {"SqrtPhi", "1.27201964951406896425242246173749149171560804184009624861664038"},
        {"Ln2", "0.693147180559945309417232121458176568075500134360255254120680009"},
        {"Log2E", "1.44269504088896340735992468100189213742664595415298593413544940"},
        {"Ln10", "2.30258509299404568401799145468436420760110148862877297603332790"},
        {"Log10E", "0.434294481903251827651128918916605082294397005803666566114453783"},
        {"MaxFloat64", "1.79769313486231570814527423731704356798070e+308"},
        {"SmallestNonzeroFloat64", "4.9406564584124654417656879286822137236505980e-324"},
        {"MaxFloat32", "3.40282346638528859811704183484516925440e+38"},
        {"SmallestNonzeroFloat32", "1.401298464324817070923729583289916131280e-45"},
    };
    for (size_t i = 0; i < sizeof floats / sizeof floats[0]; i++) {
        ConstVal v = {.kind = CONST_FLOAT, .f = strtold(floats[i].value, NULL)};
        declare_const(p, floats[i].name, v, type_untyped_float);
    }
    static const struct { const char *name; int bits; bool is_unsigned, is_min; } ints[] = {
        {"MaxInt", 64, 0, 0}, {"MinInt", 64, 0, 1}, {"MaxInt8", 8, 0, 0}, {"MinInt8", 8, 0, 1},
        {"MaxInt16", 16, 0, 0}, {"MinInt16", 16, 0, 1}, {"MaxInt32", 32, 0, 0},
        {"MinInt32", 32, 0, 1}, {"MaxInt64", 64, 0, 0}, {"MinInt64", 64, 0, 1},
        {"MaxUint", 64, 1, 0}, {"MaxUint8", 8, 1, 0}, {"MaxUint16", 16, 1, 0},
        {"MaxUint32", 32, 1, 0}, {"MaxUint64", 64, 1, 0},
    };
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++) {
        int bits = ints[i].bits - (ints[i].is_unsigned ? 0 : 1);
        __int128 v = ((__int128)1 << bits) - 1;
        if (ints[i].is_min)
            v = -v - 1;
        declare_const(p, ints[i].name, (ConstVal){.kind = CONST_INT, .i = v}, type_untyped_int);
    }
}

static Package *make_math(void) {
    Package *p = package_new("math");
    Type *f = type_float64;
    Type *ff = sig(&f, 1, &f, 1, false);
    declare_func(p, "Sqrt", ff, INTR_MATH_SQRT);
    declare_func(p, "Abs", ff, INTR_MATH_ABS);
    declare_func(p, "Floor", ff, INTR_MATH_FLOOR);
    math_consts(p);
    return p;
}

Package *builtin_package(const char *path) {
    static Package *fmt, *os, *strconv, *math;
    universe();
    if (!strcmp(path, "fmt"))
        return fmt ? fmt : (fmt = make_fmt());
    if (!strcmp(path, "os"))
        return os ? os : (os = make_os());
    if (!strcmp(path, "strconv"))
        return strconv ? strconv : (strconv = make_strconv());
    if (!strcmp(path, "math"))
        return math ? math : (math = make_math());
    return NULL;
}
