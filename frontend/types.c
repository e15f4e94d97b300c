// types.c: gosub's types, canonical by construction.
//
// Every composite type is interned: a constructor builds a canonical key from
// its operands' ids ("P12" is *T for the type with id 12, "A3,5" is [3]T5,
// "F(1,2)(3)v" a variadic func) and returns the existing Type* when the key is
// known.  Identity of types is therefore pointer equality, which the checker
// and codegen rely on.  Named types are never interned: each declaration makes
// a new one (spec: Type identity).
//
// Layout follows gc on LP64 targets: int/uint/uintptr/pointers/maps/chans/funcs
// are 8 bytes, string 16, slice 24, interface 16; a struct places each field at
// the next multiple of its alignment and pads its size to its alignment; an
// array is len * elem size.  Example: struct { a int8; b int64; c int8 } has
// offsets 0, 8, 16 and size 24.
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

Type *type_bool, *type_int, *type_int8, *type_int16, *type_int32, *type_int64, *type_uint,
    *type_uint8, *type_uint16, *type_uint32, *type_uint64, *type_uintptr, *type_float32,
    *type_float64, *type_complex64, *type_complex128, *type_string, *type_unsafe_pointer,
    *type_untyped_bool, *type_untyped_int, *type_untyped_rune, *type_untyped_float,
    *type_untyped_complex, *type_untyped_string, *type_untyped_nil,
    *type_invalid, *type_error, *type_any;

static Vec all_types;  // by id

// The intern table: open addressing on the canonical key, doubled when half
// full so probes stay short.
static const char **intern_keys;
static Type **intern_types;
static int intern_count, intern_cap;

static uint64_t hash_str(const char *s) {
    uint64_t h = 1469598103934665603ull;  // FNV-1a
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static void intern_grow(void) {
    int ncap = intern_cap ? intern_cap * 2 : 256;
    const char **keys = arena_alloc(sizeof(char *) * (size_t)ncap);
    Type **types = arena_alloc(sizeof(Type *) * (size_t)ncap);
    for (int i = 0; i < intern_cap; i++) {
        if (!intern_keys[i])
            continue;
        uint64_t h = hash_str(intern_keys[i]) & (uint64_t)(ncap - 1);
        while (keys[h])
            h = (h + 1) & (uint64_t)(ncap - 1);
        keys[h] = intern_keys[i];
        types[h] = intern_types[i];
    }
    intern_keys = keys;
    intern_types = types;
    intern_cap = ncap;
}

// Returns the slot for key: either holding the interned type or empty.
static int intern_slot(const char *key) {
    if (2 * (intern_count + 1) > intern_cap)
        intern_grow();
    uint64_t h = hash_str(key) & (uint64_t)(intern_cap - 1);
    while (intern_keys[h] && strcmp(intern_keys[h], key) != 0)
        h = (h + 1) & (uint64_t)(intern_cap - 1);
    return (int)h;
}

static Type *type_alloc(TypeKind kind) {
    Type *t = NEW(Type);
    t->kind = kind;
    t->underlying = t;
    t->id = all_types.len;
    vec_push(&all_types, t);
    return t;
}

static Type *lookup(const char *key) {
    int slot = intern_slot(key);
    return intern_keys[slot] ? intern_types[slot] : NULL;
}

static void remember(const char *key, Type *t) {
    int slot = intern_slot(key);
    intern_keys[slot] = arena_strdup(key);
    intern_types[slot] = t;
    intern_count++;
}

static Type *basic(TypeKind kind, int64_t size) {
    Type *t = type_alloc(kind);
    t->size = size;
    t->align = size ? size : 1;
    return t;
}

// A growable string for building keys and type names.
typedef struct Buf {
    char *p;
    size_t len, cap;
} Buf;

static void buf_puts(Buf *b, const char *s) {
    size_t n = strlen(s);
    if (b->len + n + 1 > b->cap) {
        size_t cap = (b->len + n + 1) * 2;
        char *p = arena_alloc(cap);
        if (b->len)
            memcpy(p, b->p, b->len);
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n + 1);
    b->len += n;
}

static void buf_id(Buf *b, Type *t) {
    char tmp[24];
    snprintf(tmp, sizeof tmp, "%d", t ? t->id : -1);
    buf_puts(b, tmp);
}

static const char *buf_str(Buf *b) { return b->p ? b->p : ""; }

void types_init(void) {
    if (type_int)
        return;
    type_invalid = basic(TYPE_INVALID, 0);
    type_bool = basic(TYPE_BOOL, 1);
    type_int = basic(TYPE_INT, 8);
    type_int8 = basic(TYPE_INT8, 1);
    type_int16 = basic(TYPE_INT16, 2);
    type_int32 = basic(TYPE_INT32, 4);
    type_int64 = basic(TYPE_INT64, 8);
    type_uint = basic(TYPE_UINT, 8);
    type_uint8 = basic(TYPE_UINT8, 1);
    type_uint16 = basic(TYPE_UINT16, 2);
    type_uint32 = basic(TYPE_UINT32, 4);
    type_uint64 = basic(TYPE_UINT64, 8);
    type_uintptr = basic(TYPE_UINTPTR, 8);
    type_float32 = basic(TYPE_FLOAT32, 4);
    type_float64 = basic(TYPE_FLOAT64, 8);
    // A complex number is its real part followed by its imaginary part, aligned as one part.
    type_complex64 = basic(TYPE_COMPLEX64, 8);
    type_complex64->align = 4;
    type_complex128 = basic(TYPE_COMPLEX128, 16);
    type_complex128->align = 8;
    type_string = basic(TYPE_STRING, 16);
    type_string->align = 8;
    type_unsafe_pointer = basic(TYPE_UNSAFE_POINTER, 8);
    type_untyped_bool = basic(TYPE_UNTYPED_BOOL, 0);
    type_untyped_int = basic(TYPE_UNTYPED_INT, 0);
    type_untyped_rune = basic(TYPE_UNTYPED_RUNE, 0);
    type_untyped_float = basic(TYPE_UNTYPED_FLOAT, 0);
    type_untyped_complex = basic(TYPE_UNTYPED_COMPLEX, 0);
    type_untyped_string = basic(TYPE_UNTYPED_STRING, 0);
    type_untyped_nil = basic(TYPE_UNTYPED_NIL, 0);
    type_any = type_interface(NULL, 0);
    // error is the predeclared defined type interface { Error() string }.
    Type *str = type_string;
    Method m = {.name = "Error", .sig = type_func(NULL, 0, &str, 1, false)};
    type_error = type_named("error", NULL);
    type_set_underlying(type_error, type_interface(&m, 1));
}

// spec: Pointer types
Type *type_pointer(Type *elem) {
    Buf b = {0};
    buf_puts(&b, "P");
    buf_id(&b, elem);
    Type *t = lookup(buf_str(&b));
    if (t)
        return t;
    t = basic(TYPE_POINTER, 8);
    t->elem = elem;
    remember(buf_str(&b), t);
    return t;
}

// spec: Slice types
Type *type_slice(Type *elem) {
    Buf b = {0};
    buf_puts(&b, "S");
    buf_id(&b, elem);
    Type *t = lookup(buf_str(&b));
    if (t)
        return t;
    t = basic(TYPE_SLICE, 24);
    t->align = 8;
    t->elem = elem;
    remember(buf_str(&b), t);
    return t;
}

// spec: Array types
Type *type_array(Type *elem, int64_t len) {
    Buf b = {0};
    char tmp[32];
    snprintf(tmp, sizeof tmp, "A%lld,", (long long)len);
    buf_puts(&b, tmp);
    buf_id(&b, elem);
    Type *t = lookup(buf_str(&b));
    if (t)
        return t;
    t = type_alloc(TYPE_ARRAY);
    t->elem = elem;
    t->len = len;
    t->size = elem->size * len;
    t->align = elem->align ? elem->align : 1;
    remember(buf_str(&b), t);
    return t;
}

// spec: Map types
Type *type_map(Type *key, Type *elem) {
    Buf b = {0};
    buf_puts(&b, "M");
    buf_id(&b, key);
    buf_puts(&b, ",");
    buf_id(&b, elem);
    Type *t = lookup(buf_str(&b));
    if (t)
        return t;
    t = basic(TYPE_MAP, 8);
    t->key = key;
    t->elem = elem;
    remember(buf_str(&b), t);
    return t;
}

static int64_t align_up(int64_t n, int64_t a) { return a > 1 ? (n + a - 1) / a * a : n; }

// Lays out a struct's fields in place: natural alignment, trailing padding.
// gc pads a struct ending in a zero-sized field by one byte so that a pointer
// to that field never points past the object.
static void struct_layout(Type *t) {
    int64_t off = 0, align = 1;
    for (int i = 0; i < t->nfields; i++) {
        Type *ft = t->fields[i].type;
        int64_t fa = ft->align ? ft->align : 1;
        off = align_up(off, fa);
        t->fields[i].offset = off;
        off += ft->size;
        if (fa > align)
            align = fa;
    }
    if (t->nfields && off > 0 && t->fields[t->nfields - 1].type->size == 0)
        off++;
    t->size = align_up(off, align);
    t->align = align;
}

// spec: Struct types
Type *type_struct(TypeField *fields, int nfields) {
    Buf b = {0};
    buf_puts(&b, "T{");
    for (int i = 0; i < nfields; i++) {
        buf_puts(&b, fields[i].name ? fields[i].name : "_");
        buf_puts(&b, fields[i].embedded ? ":e" : ":");
        buf_id(&b, fields[i].type);
        buf_puts(&b, ":");
        buf_puts(&b, fields[i].tag ? fields[i].tag : "");
        buf_puts(&b, ";");
    }
    buf_puts(&b, "}");
    Type *t = lookup(buf_str(&b));
    if (t)
        return t;
    t = type_alloc(TYPE_STRUCT);
    t->fields = arena_alloc(sizeof(TypeField) * (size_t)(nfields ? nfields : 1));
    if (nfields)
        memcpy(t->fields, fields, sizeof(TypeField) * (size_t)nfields);
    t->nfields = nfields;
    struct_layout(t);
    remember(buf_str(&b), t);
    return t;
}

static Type **copy_types(Type **ts, int n) {
    Type **p = arena_alloc(sizeof(Type *) * (size_t)(n ? n : 1));
    if (n)
        memcpy(p, ts, sizeof(Type *) * (size_t)n);
    return p;
}

static void key_list(Buf *b, Type **ts, int n) {
    buf_puts(b, "(");
    for (int i = 0; i < n; i++) {
        buf_id(b, ts[i]);
        buf_puts(b, ",");
    }
    buf_puts(b, ")");
}

// spec: Function types
Type *type_func(Type **params, int nparams, Type **results, int nresults, bool variadic) {
    Buf b = {0};
    buf_puts(&b, "F");
    key_list(&b, params, nparams);
    key_list(&b, results, nresults);
    buf_puts(&b, variadic ? "v" : "");
    Type *t = lookup(buf_str(&b));
    if (t)
        return t;
    t = basic(TYPE_FUNC, 8);
    t->params = copy_types(params, nparams);
    t->nparams = nparams;
    t->results = copy_types(results, nresults);
    t->nresults = nresults;
    t->variadic = variadic;
    remember(buf_str(&b), t);
    return t;
}

// The results of a multi-value call.  Not a Go type: never a variable's type.
Type *type_tuple(Type **elems, int n) {
    Buf b = {0};
    buf_puts(&b, "U");
    key_list(&b, elems, n);
    Type *t = lookup(buf_str(&b));
    if (t)
        return t;
    t = type_alloc(TYPE_TUPLE);
    t->results = copy_types(elems, n);
    t->nresults = n;
    remember(buf_str(&b), t);
    return t;
}

static int method_cmp(const void *a, const void *b) {
    return strcmp(((const Method *)a)->name, ((const Method *)b)->name);
}

// spec: Interface types.  The method set is sorted by name, so two interfaces
// listing the same methods in another order are the same type.
Type *type_interface(Method *methods, int nmethods) {
    Method *ms = arena_alloc(sizeof(Method) * (size_t)(nmethods ? nmethods : 1));
    if (nmethods)
        memcpy(ms, methods, sizeof(Method) * (size_t)nmethods);
    if (nmethods > 1)  // qsort(NULL, 0, ...) is undefined
        qsort(ms, (size_t)nmethods, sizeof(Method), method_cmp);
    Buf b = {0};
    buf_puts(&b, "I{");
    for (int i = 0; i < nmethods; i++) {
        buf_puts(&b, ms[i].name);
        buf_puts(&b, ":");
        buf_id(&b, ms[i].sig);
        buf_puts(&b, ";");
    }
    buf_puts(&b, "}");
    Type *t = lookup(buf_str(&b));
    if (t)
        return t;
    t = basic(TYPE_INTERFACE, 16);
    t->align = 8;
    t->methods = ms;
    t->nmethods = nmethods;
    remember(buf_str(&b), t);
    return t;
}

// spec: Type definitions.  The underlying type comes later, once resolved.
Type *type_named(const char *name, Obj *obj) {
    Type *t = type_alloc(TYPE_NAMED);
    t->name = name;
    t->obj = obj;
    t->underlying = NULL;
    t->align = 1;
    return t;
}

// Defined types whose underlying type is another defined type still being
// resolved: in `type T1 struct{ next *T2 }; type T2 T1`, T2 is declared while
// T1's struct is in progress.  Pairs (waiting type, awaited type); the list
// is tiny and emptied as the awaited types complete.
static Vec waiting_types;

void type_set_underlying(Type *named, Type *underlying) {
    if (underlying && underlying != named && underlying->kind == TYPE_NAMED &&
        !underlying->underlying) {
        vec_push(&waiting_types, named);
        vec_push(&waiting_types, underlying);
        return;
    }
    underlying = underlying ? type_under(underlying) : type_invalid;
    if (!underlying)
        underlying = type_invalid;
    named->underlying = underlying;
    named->size = underlying->size;
    named->align = underlying->align ? underlying->align : 1;
    for (int i = 0; i < waiting_types.len; i += 2) {
        if (waiting_types.data[i + 1] != named)
            continue;
        waiting_types.data[i + 1] = NULL;  // done: never matches again
        type_set_underlying(waiting_types.data[i], named);
    }
}

int type_count(void) { return all_types.len; }

Type *type_by_id(int id) { return id >= 0 && id < all_types.len ? all_types.data[id] : NULL; }

// ---------------------------------------------------------------- predicates

static Type *under(Type *t) {
    if (!t)
        return type_invalid;
    t = type_under(t);
    return t ? t : type_invalid;
}

bool type_is_integer(Type *t) {
    TypeKind k = under(t)->kind;
    return (k >= TYPE_INT && k <= TYPE_UINTPTR) || k == TYPE_UNTYPED_INT || k == TYPE_UNTYPED_RUNE;
}

bool type_is_unsigned(Type *t) {
    TypeKind k = under(t)->kind;
    return k >= TYPE_UINT && k <= TYPE_UINTPTR;
}

bool type_is_float(Type *t) {
    TypeKind k = under(t)->kind;
    return k == TYPE_FLOAT32 || k == TYPE_FLOAT64 || k == TYPE_UNTYPED_FLOAT;
}

bool type_is_complex(Type *t) {
    TypeKind k = under(t)->kind;
    return k == TYPE_COMPLEX64 || k == TYPE_COMPLEX128 || k == TYPE_UNTYPED_COMPLEX;
}

bool type_is_numeric(Type *t) {
    return type_is_integer(t) || type_is_float(t) || type_is_complex(t);
}

bool type_is_string(Type *t) {
    TypeKind k = under(t)->kind;
    return k == TYPE_STRING || k == TYPE_UNTYPED_STRING;
}

bool type_is_boolean(Type *t) {
    TypeKind k = under(t)->kind;
    return k == TYPE_BOOL || k == TYPE_UNTYPED_BOOL;
}

bool type_is_untyped(Type *t) {
    return t && t->kind >= TYPE_UNTYPED_BOOL && t->kind <= TYPE_UNTYPED_NIL;
}

bool type_is_interface(Type *t) { return under(t)->kind == TYPE_INTERFACE; }

// spec: Comparison operators.  Slices, maps and funcs are not comparable;
// structs and arrays are when their elements are.
bool type_comparable(Type *t) {
    Type *u = under(t);
    switch (u->kind) {
    case TYPE_SLICE:
    case TYPE_MAP:
    case TYPE_FUNC:
    case TYPE_TUPLE:
    case TYPE_INVALID:
        return false;
    case TYPE_ARRAY:
        return type_comparable(u->elem);
    case TYPE_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (!type_comparable(u->fields[i].type))
                return false;
        return true;
    default:
        return true;
    }
}

bool type_has_pointers(Type *t) {
    Type *u = under(t);
    switch (u->kind) {
    case TYPE_STRING:
    case TYPE_UNSAFE_POINTER:
    case TYPE_POINTER:
    case TYPE_SLICE:
    case TYPE_MAP:
    case TYPE_CHAN:
    case TYPE_FUNC:
    case TYPE_INTERFACE:
        return true;
    case TYPE_ARRAY:
        return u->len > 0 && type_has_pointers(u->elem);
    case TYPE_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (type_has_pointers(u->fields[i].type))
                return true;
        return false;
    default:
        return false;
    }
}

// spec: Constants ("default type").
Type *type_default(Type *t) {
    if (!t)
        return t;
    switch (t->kind) {
    case TYPE_UNTYPED_BOOL: return type_bool;
    case TYPE_UNTYPED_INT: return type_int;
    case TYPE_UNTYPED_RUNE: return type_int32;
    case TYPE_UNTYPED_FLOAT: return type_float64;
    case TYPE_UNTYPED_COMPLEX: return type_complex128;
    case TYPE_UNTYPED_STRING: return type_string;
    default: return t;
    }
}

// ---------------------------------------------------------------- spelling

static const char *const basic_names[] = {
    [TYPE_INVALID] = "invalid type", [TYPE_BOOL] = "bool", [TYPE_INT] = "int",
    [TYPE_INT8] = "int8", [TYPE_INT16] = "int16", [TYPE_INT32] = "int32",
    [TYPE_INT64] = "int64", [TYPE_UINT] = "uint", [TYPE_UINT8] = "uint8",
    [TYPE_UINT16] = "uint16", [TYPE_UINT32] = "uint32", [TYPE_UINT64] = "uint64",
    [TYPE_UINTPTR] = "uintptr", [TYPE_FLOAT32] = "float32", [TYPE_FLOAT64] = "float64",
    [TYPE_COMPLEX64] = "complex64", [TYPE_COMPLEX128] = "complex128",
    [TYPE_STRING] = "string", [TYPE_UNSAFE_POINTER] = "unsafe.Pointer",
    [TYPE_UNTYPED_BOOL] = "untyped bool", [TYPE_UNTYPED_INT] = "untyped int",
    [TYPE_UNTYPED_RUNE] = "untyped rune", [TYPE_UNTYPED_FLOAT] = "untyped float",
    [TYPE_UNTYPED_COMPLEX] = "untyped complex",
    [TYPE_UNTYPED_STRING] = "untyped string", [TYPE_UNTYPED_NIL] = "untyped nil",
};

static void write_type(Buf *b, Type *t);
static bool local_names;
Package *type_local_pkg;

static void write_list(Buf *b, Type **ts, int n, bool variadic) {
    for (int i = 0; i < n; i++) {
        if (i)
            buf_puts(b, ", ");
        if (variadic && i == n - 1 && ts[i]->kind == TYPE_SLICE) {
            buf_puts(b, "...");
            write_type(b, ts[i]->elem);
        } else {
            write_type(b, ts[i]);
        }
    }
}

// Writes "(int, string) (int, error)" as in "func(int, string) (int, error)".
static void write_signature(Buf *b, Type *t) {
    buf_puts(b, "(");
    write_list(b, t->params, t->nparams, t->variadic);
    buf_puts(b, ")");
    if (t->nresults == 1) {
        buf_puts(b, " ");
        write_type(b, t->results[0]);
    } else if (t->nresults > 1) {
        buf_puts(b, " (");
        write_list(b, t->results, t->nresults, false);
        buf_puts(b, ")");
    }
}

static void write_struct(Buf *b, Type *t) {
    if (!t->nfields) {
        buf_puts(b, "struct {}");
        return;
    }
    buf_puts(b, "struct { ");
    for (int i = 0; i < t->nfields; i++) {
        if (i)
            buf_puts(b, "; ");
        if (!t->fields[i].embedded) {
            buf_puts(b, t->fields[i].name);
            buf_puts(b, " ");
        }
        write_type(b, t->fields[i].type);
        if (t->fields[i].tag) {
            buf_puts(b, " ");
            buf_puts(b, arena_sprintf("%c%s%c", '"', t->fields[i].tag, '"'));
        }
    }
    buf_puts(b, " }");
}

static void write_interface(Buf *b, Type *t) {
    if (!t->nmethods) {
        buf_puts(b, "interface {}");
        return;
    }
    buf_puts(b, "interface { ");
    for (int i = 0; i < t->nmethods; i++) {
        if (i)
            buf_puts(b, "; ");
        buf_puts(b, t->methods[i].name);
        write_signature(b, t->methods[i].sig);
    }
    buf_puts(b, " }");
}

static void write_type(Buf *b, Type *t) {
    if (!t) {
        buf_puts(b, "<nil>");
        return;
    }
    switch (t->kind) {
    case TYPE_NAMED:
        buf_puts(b, local_names && t->obj && t->obj->pkg == type_local_pkg ? t->obj->name : t->name);
        return;
    case TYPE_POINTER: buf_puts(b, "*"); write_type(b, t->elem); return;
    case TYPE_SLICE: buf_puts(b, "[]"); write_type(b, t->elem); return;
    case TYPE_ARRAY:
        buf_puts(b, arena_sprintf("[%lld]", (long long)t->len));
        write_type(b, t->elem);
        return;
    case TYPE_MAP:
        buf_puts(b, "map[");
        write_type(b, t->key);
        buf_puts(b, "]");
        write_type(b, t->elem);
        return;
    case TYPE_CHAN: buf_puts(b, "chan "); write_type(b, t->elem); return;
    case TYPE_STRUCT: write_struct(b, t); return;
    case TYPE_FUNC: buf_puts(b, "func"); write_signature(b, t); return;
    case TYPE_INTERFACE: write_interface(b, t); return;
    case TYPE_TUPLE:
        buf_puts(b, "(");
        write_list(b, t->results, t->nresults, false);
        buf_puts(b, ")");
        return;
    default: buf_puts(b, basic_names[t->kind]); return;
    }
}

const char *type_str(Type *t) {
    Buf b = {0};
    write_type(&b, t);
    return buf_str(&b);
}

// ---------------------------------------------------------------- pointer maps

static void set_bit(uint8_t *mask, int64_t word) { mask[word / 8] |= (uint8_t)(1u << (word % 8)); }

// Marks the pointer words of a value of type t placed at byte offset off.
// Strings, slices and interfaces hold their pointer in the first word
// (interfaces: both words may point, the type word at static data, so only
// the data word at +8 is marked).
static void ptrmask_at(Type *t, int64_t off, uint8_t *mask) {
    Type *u = under(t);
    switch (u->kind) {
    case TYPE_STRING:
    case TYPE_SLICE:
    case TYPE_POINTER:
    case TYPE_UNSAFE_POINTER:
    case TYPE_MAP:
    case TYPE_CHAN:
    case TYPE_FUNC:
        set_bit(mask, off / 8);
        return;
    case TYPE_INTERFACE:
        set_bit(mask, off / 8 + 1);
        return;
    case TYPE_ARRAY:
        if (!type_has_pointers(u->elem))
            return;
        for (int64_t i = 0; i < u->len; i++)
            ptrmask_at(u->elem, off + i * u->elem->size, mask);
        return;
    case TYPE_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            ptrmask_at(u->fields[i].type, off + u->fields[i].offset, mask);
        return;
    default:
        return;
    }
}

int64_t type_ptrmask(Type *t, uint8_t *mask) {
    int64_t words = (t->size + 7) / 8;
    memset(mask, 0, (size_t)((words + 7) / 8));
    ptrmask_at(t, 0, mask);
    return words;
}

// ---------------------------------------------------------------- checker helpers

const char *type_str_local(Type *t) {
    local_names = true;
    const char *s = type_str(t);
    local_names = false;
    return s;
}

// Relayout until stable: each round fixes at least one level of nesting.
void type_relayout(void) {
    for (int round = 0; round < 64; round++) {
        bool changed = false;
        for (int i = 0; i < all_types.len; i++) {
            Type *t = all_types.data[i];
            int64_t size = t->size, align = t->align;
            if (t->kind == TYPE_STRUCT) {
                struct_layout(t);
            } else if (t->kind == TYPE_ARRAY) {
                t->size = t->elem->size * t->len;
                t->align = t->elem->align ? t->elem->align : 1;
            } else if (t->kind == TYPE_NAMED && t->underlying) {
                t->size = t->underlying->size;
                t->align = t->underlying->align ? t->underlying->align : 1;
            }
            changed |= size != t->size || align != t->align;
        }
        if (!changed)
            return;
    }
}
