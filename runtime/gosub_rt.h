// gosub_rt.h: the ABI between code gosub generates and its C runtime.
//
// codegen/ mirrors these layouts in LLVM types; keep the two in step.  Every
// function here takes and returns only scalars (integers, doubles, pointers)
// or a GoString, because aggregates larger than two words are passed
// differently by C and by LLVM's first-class aggregates on x86-64 and AArch64.
// A GoString (two words) is returned in two registers by both, so it is
// allowed as a result; as an argument it is always passed as (ptr, len).
//
// Value layouts (LP64):
//   bool           1 byte (0 or 1)
//   int, uint      8 bytes
//   string         { const uint8_t *ptr; int64_t len; }
//   slice          { void *ptr; int64_t len; int64_t cap; }
//   interface      { const GoType *type; void *data; }   (type NULL: nil interface)
//                  for every interface type, empty or not: gosub has no itabs.
//                  A method call i.M(args) finds M in type->methods (rt_ifacefn,
//                  cached per call site by the generated code) and calls
//                  fn(data, args...); conversions between interface types copy
//                  the two words; x.(I) asks rt_implements.  One layout keeps
//                  ==, hashing (map keys), fmt and panics the same for all
//                  interfaces, at the price of a lookup on a call site's first
//                  call with a new dynamic type.
//                  data points to a boxed copy of the value, except for
//                  pointer-shaped types (pointer, map, chan, func, unsafe.Pointer),
//                  whose value is the data word itself.
//   func value     pointer to a closure object { void *code; captures... };
//                  code is called as code(closure, args...).
//   pointer, map   one word
#ifndef GOSUB_RT_H
#define GOSUB_RT_H

#include <stdbool.h>
#include <stdint.h>

typedef struct GoString {
    const uint8_t *ptr;
    int64_t len;
} GoString;

typedef struct GoSlice {
    void *ptr;
    int64_t len;
    int64_t cap;
} GoSlice;

typedef struct GoType GoType;

typedef struct GoEface {
    const GoType *type;
    void *data;
} GoEface;

// Kinds, in the order of Go's reflect.Kind so that later stdlib code can share them.
enum {
    GOKIND_INVALID, GOKIND_BOOL, GOKIND_INT, GOKIND_INT8, GOKIND_INT16, GOKIND_INT32,
    GOKIND_INT64, GOKIND_UINT, GOKIND_UINT8, GOKIND_UINT16, GOKIND_UINT32, GOKIND_UINT64,
    GOKIND_UINTPTR, GOKIND_FLOAT32, GOKIND_FLOAT64, GOKIND_COMPLEX64, GOKIND_COMPLEX128,
    GOKIND_ARRAY, GOKIND_CHAN, GOKIND_FUNC, GOKIND_INTERFACE, GOKIND_MAP, GOKIND_POINTER,
    GOKIND_SLICE, GOKIND_STRING, GOKIND_STRUCT, GOKIND_UNSAFE_POINTER,
};

typedef struct GoField {
    const char *name;      // NUL-terminated
    const GoType *type;
    int64_t offset;
    int64_t embedded;      // 1 for an embedded field
} GoField;

// One method of a type's method set (GoType.methods, sorted by name).  fn is
// a wrapper called as fn(data word, args...) with the data word of an
// interface holding the type: it finds the receiver (through embedded fields
// when the method is promoted) and calls the method.  So fmt calls String and
// Error as GoString fn(void *data).  sig is the descriptor of the method's
// func type without receiver (NULL: not recorded, matched by name only).
// An interface type's descriptor lists its own methods with fn NULL.
// derefs is 1 in a pointer type's table when fn dereferences the pointer
// (a value method, or one promoted through an embedded field): fmt prints
// "<nil>" for a nil pointer then, as Go's fmt does when the call panics.
typedef struct GoMethod {
    const char *name;
    void *fn;
    const GoType *sig;
    int64_t derefs;
} GoMethod;

// One descriptor per type, emitted by the compiler as a constant global; a
// type's descriptor is unique in the program, so type identity is pointer
// equality.  Field order is fixed: codegen builds this struct positionally.
struct GoType {
    int64_t size;
    int32_t kind;            // GOKIND_*
    int32_t align;
    const char *name;        // the type as %T prints it: "int", "main.Point", "[]string"
    const uint8_t *ptrmask;  // bit i (LSB first) set when word i of a value holds a pointer;
                             // NULL when the type holds no pointers
    const GoType *elem;      // POINTER, SLICE, ARRAY, MAP (value), CHAN
    const GoType *key;       // MAP
    int64_t len;             // ARRAY: length; STRUCT: number of fields
    const GoField *fields;   // STRUCT
    int64_t nmethods;
    const GoMethod *methods; // sorted by name
    int64_t named;           // 1 for a defined (named) type
};

// ---------------------------------------------------------------- gc.c
// Returns size bytes of zeroed memory that stays valid while reachable.
// type describes one element: an allocation of n elements passes
// size = n * type->size and the collector applies type->ptrmask to each.
// type NULL means the memory holds no pointers.
void *gc_alloc(int64_t size, const GoType *type);
// Runs a full collection now (runtime.GC).
void gc_collect(void);

// The compiler emits one root table naming every package-level variable that
// may hold a pointer.  gosub_entry is the compiled program: it runs package
// initialisation and then main.main.
typedef struct GoRoot {
    void *addr;
    int64_t size;
    const uint8_t *ptrmask;  // as GoType.ptrmask; NULL: scan every word conservatively
} GoRoot;

typedef struct GoRootTable {
    int64_t n;
    const GoRoot *roots;
} GoRootTable;

extern const GoRootTable gosub_roots;  // emitted by codegen
void gosub_entry(void);                // emitted by codegen

// ---------------------------------------------------------------- panic.c
// Each starts a panic (defer.c, rt_gopanic) with gc's value: runtime errors
// are runtime.Error values whose Error() is gc's text ("runtime error: index
// out of range [7] with length 3"), recoverable like any panic; uncaught,
// they print as gc does and exit with status 2.
_Noreturn void rt_panic_index(int64_t index, int64_t len);
// Slice bounds: which is 0 for "[:hi] with length", 1 "[:hi] with capacity",
// 2 "[lo:hi]", 3 "[::max] with capacity" 4 "[:max:] / [:hi:max]", 5 "[lo:hi:]".
_Noreturn void rt_panic_slice(int64_t which, int64_t a, int64_t b);
_Noreturn void rt_panic_nil(void);
_Noreturn void rt_panic_divide(void);
_Noreturn void rt_panic_shift(void);                       // negative shift amount
// x.(T) failed: have is the dynamic type (NULL for nil), want the asserted
// type, iface the static interface type of x.
_Noreturn void rt_panic_assert(const GoType *have, const GoType *want, const GoType *iface);
_Noreturn void rt_panic_value(const GoType *type, void *data);  // panic(v)
_Noreturn void rt_panic_make(int64_t which);                 // 0 len out of range, 1 cap out of range
// [N]T(s) or (*[N]T)(s) with len(s) < N.
_Noreturn void rt_panic_convert(int64_t len, int64_t n);

// ---------------------------------------------------------------- defer.c
// defer, panic and recover.  A function containing a defer statement owns a
// GoDeferFrame (an entry-block alloca) on a runtime chain of frames, and each
// executed defer statement pushes a GoDefer record on its frame:
//
//   entry:     frame.results = &anchor         ; the result slots, kept in memory
//              rt_defer_enter(&frame)
//              if (_setjmp(frame.jb) != 0) goto exit   ; (returns_twice) recovered
//   defer f(a) rec = gc_alloc(...); rec->fn = thunk; save f's value and a;
//              rt_defer_push(&frame, rec)
//   return x   store x in the result slot; goto exit
//   exit:      rt_defer_return(&frame)         ; runs the pending calls, LIFO, pops
//              return the result slots
//
// The thunk is `void thunk(GoDefer *d)`: it first stores its own frame
// address in d->argp, then makes the saved call.  recover() in a function F
// lowers to rt_gorecover(frame address of F's caller), so it recovers only
// when F was called directly by the thunk that a panic is running (gc's argp
// rule: `defer recover()` and recover in a helper return nil).  Functions
// calling recover are noinline and keep frame pointers; thunks do too.
//
// rt_gopanic runs deferred calls (the frames stay on the stack while they
// run, as in Go); when one of them recovered, it longjmps to the frame that
// deferred it, whose exit path runs its remaining defers and returns the
// named results.  Memory: frames are stack allocas, records gc_alloc'd with
// a precise mask (next is word 0), panics live in rt_gopanic's C frame: the
// collector sees all of them (stacks are scanned conservatively).
typedef struct GoDefer GoDefer;
struct GoDefer {
    GoDefer *next;           // the next older pending call of the same frame
    void (*fn)(GoDefer *d);  // the thunk
    void *argp;              // the thunk's frame address while it runs
    // the saved function value and arguments follow (codegen's layout)
};

// Words kept for a jmp_buf: glibc needs 25 (x86-64) and 39 (AArch64).
enum { GO_JMPBUF_WORDS = 48 };
typedef struct GoDeferFrame GoDeferFrame;
struct GoDeferFrame {
    GoDeferFrame *prev;      // the next outer frame on the chain
    GoDefer *defers;         // pending calls, most recent first
    void *results;           // the function's result slots (keeps them in memory)
    void *pad;
    uint64_t jb[GO_JMPBUF_WORDS];  // _setjmp's buffer, 16-byte aligned
};
void rt_defer_enter(GoDeferFrame *f);
void rt_defer_push(GoDeferFrame *f, GoDefer *d);
void rt_defer_return(GoDeferFrame *f);
// panic(v): v's type and data word (type NULL: panic(nil), a *runtime.PanicNilError).
_Noreturn void rt_gopanic(const GoType *type, void *data);
// recover(): argp is the frame address of the caller of the function calling recover.
GoEface rt_gorecover(void *argp);

// ---------------------------------------------------------------- iface.c
// The method fn of dynamic type t called name (t non-NULL: callers check nil first).
void *rt_ifacefn(const GoType *t, const char *name);
// Does dynamic type t (NULL: a nil interface) implement interface type iface?
bool rt_implements(const GoType *t, const GoType *iface);

// ---------------------------------------------------------------- string.c
int64_t rt_strcmp(const uint8_t *a, int64_t alen, const uint8_t *b, int64_t blen);  // <0, 0, >0
bool rt_efaceeq(const GoType *ta, void *da, const GoType *tb, void *db);  // panics on uncomparable
// Decodes the rune at s[i]: returns the rune and stores the next index in *next.
int32_t rt_decoderune(const uint8_t *s, int64_t len, int64_t i, int64_t *next);
int64_t rt_encoderune(uint8_t *buf, int32_t r);  // writes at most 4 bytes, returns the count
// New backing array for append: copies len elements of elemsize bytes from old
// into a fresh gc_alloc'd array of at least needed elements (Go's growth rule)
// and returns it; *newcap receives its capacity.
void *rt_growslice(void *old, int64_t len, int64_t cap, int64_t needed, int64_t elemsize,
                   const GoType *elem, int64_t *newcap);

// ---------------------------------------------------------------- map.c
// Maps.  A map value is one word, a GoMap * (NULL: the nil map).  Word 0 of
// a GoMap is its element count, so len(m) may be lowered inline as
// `m ? *(int64_t *)m : 0` (or call rt_maplen).  maptype is the map type's
// descriptor (kind GOKIND_MAP, key and elem set).  Every key is passed by
// address and copied, never retained; the address must not point into the
// map's own storage (such as it.key below: copy the key out first).  Pointers
// the map returns point into its storage and stay valid only until the next
// rt_mapassign, rt_mapdelete or rt_mapclear on that map: the compiled code
// copies out or stores through them at once.
//
//   v := m[k]        p = rt_mapaccess1(mt, m, &k); v = *p
//   v, ok := m[k]    p = rt_mapaccess2(mt, m, &k, &ok); v = *p
//   m[k] = v         evaluate v (and k) first; p = rt_mapassign(mt, m, &k); *p = v
//   m[k] op= v       evaluate k and v; p = rt_mapassign(mt, m, &k); *p = *p op v
//                    (a new entry starts zeroed, so this is m[k] = m[k] op v with one
//                    lookup; for / and % check the divisor before the assign, as gc
//                    leaves no entry behind when the division panics)
//   delete(m, k)     rt_mapdelete(mt, m, &k)
//   clear(m)         rt_mapclear(mt, m)
//   make(map[K]V, n) rt_makemap(mt, n)   (also map literals, with their length as hint)
//   for k, v := range m {...}
//                    GoMapIter it;  (on the stack: it is scanned conservatively)
//                    rt_mapiterinit(mt, m, &it);
//                    for (; it.key; rt_mapiternext(&it)) { k = *it.key; v = *it.elem; ... }
//
// Reads (access, delete, len, range) of a nil map behave as of an empty one;
// rt_mapassign on a nil map panics "assignment to entry in nil map".
typedef struct GoMap GoMap;
// A new map with room for hint elements before it grows (hint < 0 counts as 0).
GoMap *rt_makemap(const GoType *maptype, int64_t hint);
// The value stored under *key, or a zero value when there is none (nil map
// included).  The zero value is shared and read-only: never store through it.
void *rt_mapaccess1(const GoType *maptype, GoMap *m, const void *key);
// As rt_mapaccess1, and *ok says whether the key was present.
void *rt_mapaccess2(const GoType *maptype, GoMap *m, const void *key, bool *ok);
// The slot to store the value of *key into, the entry created (zeroed) if
// absent.  An existing key is overwritten too where Go does (+0 by -0, strings).
void *rt_mapassign(const GoType *maptype, GoMap *m, const void *key);
void rt_mapdelete(const GoType *maptype, GoMap *m, const void *key);
int64_t rt_maplen(GoMap *m);
void rt_mapclear(const GoType *maptype, GoMap *m);

// Range over a map, in Go's randomised order: each entry present for the
// whole loop is produced exactly once, an entry deleted before it is reached
// is not produced, one added during the loop may or may not be.  key and elem
// point at the current entry; key is NULL when the iteration has finished.
// The rest of the struct is private to map.c (codegen: an [GO_MAPITER_WORDS x i64]
// alloca whose words 0 and 1 are key and elem).
enum { GO_MAPITER_WORDS = 12 };
typedef struct GoMapIter {
    void *key;
    void *elem;
    uintptr_t priv[GO_MAPITER_WORDS - 2];
} GoMapIter;
void rt_mapiterinit(const GoType *maptype, GoMap *m, GoMapIter *it);
void rt_mapiternext(GoMapIter *it);

// ---------------------------------------------------------------- complex.c
// (a+bi) / (c+di), as gc's runtime.complex128div: q[0] the real part, q[1]
// the imaginary part.  Division by zero gives infinities or NaNs, no panic.
void rt_complex128div(double a, double b, double c, double d, double *q);

// ---------------------------------------------------------------- print.c
// The print/println builtins (to stderr, gc's formatting).
void rt_print_bool(bool v);
void rt_print_int(int64_t v);
void rt_print_uint(uint64_t v);
// Floats print as Go 1.26 does: strconv.FormatFloat(v, 'g', -1, size), so
// 1.5, 1e+21, +Inf; float32 values need their own entry for the shortest form.
void rt_print_float(double v);
void rt_print_float32(float v);
void rt_print_complex(double re, double im);     // (1+2i)
void rt_print_complex64(float re, float im);
void rt_print_string(const uint8_t *p, int64_t n);
void rt_print_pointer(void *p);      // 0xc000012345
void rt_print_slice(void *p, int64_t len, int64_t cap);  // [3/4]0x...
void rt_print_eface(const GoType *t, void *data);        // (0x...,0x...)
void rt_print_space(void);
void rt_print_nl(void);

// ---------------------------------------------------------------- fmt.c
// fmt's functions; args/nargs is the ...any slice.
int64_t rt_fmt_print(GoEface *args, int64_t nargs);
int64_t rt_fmt_println(GoEface *args, int64_t nargs);
int64_t rt_fmt_printf(const uint8_t *f, int64_t flen, GoEface *args, int64_t nargs);
GoString rt_fmt_sprint(GoEface *args, int64_t nargs);
GoString rt_fmt_sprintln(GoEface *args, int64_t nargs);
GoString rt_fmt_sprintf(const uint8_t *f, int64_t flen, GoEface *args, int64_t nargs);

// ---------------------------------------------------------------- lib.c (os, strconv)
extern GoSlice rt_os_args;           // os.Args, a []string set before gosub_entry runs
_Noreturn void rt_os_exit(int64_t code);
GoString rt_strconv_itoa(int64_t v);
// strconv.Atoi: stores the value in *out and the error (nil or *strconv.NumError) in *err.
void rt_strconv_atoi(const uint8_t *p, int64_t n, int64_t *out, GoEface *err);

// ---------------------------------------------------------------- main.c
// The process entry: records the stack base for the collector, sets os.Args,
// reads GOGC and GOSUBDEBUG, calls gosub_entry, flushes, and exits 0.
int main(int argc, char **argv);

#endif
