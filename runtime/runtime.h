// runtime.h: what the runtime's files share with each other and with the
// runtime's unit tests, sectioned by source file.  Compiled code sees only
// gosub_rt.h; nothing here is part of the ABI and it may change freely.
#ifndef GOSUB_RUNTIME_H
#define GOSUB_RUNTIME_H

#include <stddef.h>
#include <stdint.h>

#include "gosub_rt.h"

// ---------------------------------------------------------------- gc.c
// Counters the collector keeps; gc_stats copies them out.
typedef struct GcStats {
    int64_t allocs;        // gc_alloc calls
    int64_t bytes;         // bytes requested from gc_alloc
    int64_t cycles;        // collections run
    int64_t peak;          // largest heap in use seen (bytes in allocated objects)
    int64_t heap_inuse;    // bytes in allocated objects now
    int64_t live_objects;  // objects that survived the last collection
    int64_t freed_objects; // objects the last collection reclaimed
    int64_t next_gc;       // heap size that triggers the next collection
    int64_t chunks;        // small-object chunks in use
    int64_t large_objects; // large objects alive
    int64_t mapped;        // bytes of address space the heap holds (madvised chunks included)
} GcStats;

// Reads GOGC and GOSUBDEBUG; idempotent, and gc_alloc calls it lazily.
void gc_init(void);
// The top (highest address) of the main stack; everything below it down to
// the stack pointer of a collection is scanned conservatively.
void gc_set_stack_base(void *hi);
// Registers a table of global roots (main passes &gosub_roots).
void gc_add_roots(const GoRootTable *t);
void gc_stats(GcStats *out);
// The capacity in bytes gc_alloc really provides for size (Go's roundupsize).
int64_t gc_roundupsize(int64_t size, bool noscan);
// Sets GOGC programmatically (-1: off); used by tests.
void gc_set_percent(int64_t percent);
// Prints the gcstats line if GOSUBDEBUG asked for it; called on every exit path.
void gc_exit_report(void);

// ---------------------------------------------------------------- print.c
// Output streams.  stdout is buffered and stderr is line-buffered; writing to
// one first flushes the other, so a terminal or a 2>&1 pipe sees the program's
// order.
void rt_write(int fd, const void *p, size_t n);
void rt_write_str(int fd, const char *s);
void rt_flush(void);
// Flushes, prints the gcstats line if asked, and ends the process.
_Noreturn void rt_exit(int code);
void rt_out_init(void);

// ---------------------------------------------------------------- float.c
// strconv.FormatFloat(v, verb, prec, bitsize) for verb 'b', 'e', 'E', 'f',
// 'g', 'G', 'x', 'X'; prec -1 means the shortest representation that reads back exactly.
// Writes a NUL-terminated string to buf (at least 400 bytes for 'f') and
// returns its length.
enum { RT_FLOATBUF = 1100 };
int rt_format_float(char *buf, double v, char verb, int prec, int bitsize);

// ---------------------------------------------------------------- string.c
// The method of t called name, or NULL.
const GoMethod *rt_find_method(const GoType *t, const char *name);
// rt_find_method for a method of type func() string (fmt's Error and String).
const GoMethod *rt_find_string_method(const GoType *t, const char *name);
// Calls a GoMethod's fn(receiver data word) -> string.
GoString rt_call_string_method(const GoMethod *m, void *data);
// The value word of an interface holding t: data for pointer-shaped types,
// else the boxed copy's address.
bool rt_is_pointer_shaped(const GoType *t);
// Whether == is defined on values of t (no slice, map or func inside).
bool rt_comparable(const GoType *t);
// a == b for two values of the comparable type t (floats by value, blank
// struct fields skipped, interfaces through rt_efaceeq).
bool rt_valueeq(const GoType *t, const void *a, const void *b);

// ---------------------------------------------------------------- hash.c
// Seeds the per-process hash keys and the generator; idempotent.
void rt_hash_init(void);
// A fast, well-mixed 64-bit random number (wyrand).
uint64_t rt_fastrand64(void);
// Hashes len bytes at p, or one 8- or 4-byte word, with a seed.
uint64_t rt_memhash(const void *p, int64_t len, uint64_t seed);
uint64_t rt_memhash64(uint64_t v, uint64_t seed);
uint64_t rt_memhash32(uint32_t v, uint64_t seed);
// Hashes the value of type t at p so that rt_valueeq-equal values hash
// alike; panics "runtime error: hash of unhashable type T" on an interface
// holding an uncomparable dynamic type.
uint64_t rt_typehash(const GoType *t, const void *p, uint64_t seed);
// The uncomparable dynamic type inside the key at p (through interfaces,
// arrays and structs), or NULL: the check nil and empty maps make.
const GoType *rt_unhashable_in(const GoType *t, const void *p);

// ---------------------------------------------------------------- map.c
// The shape of a map's current bucket array, for tests and debugging.
typedef struct RtMapShape {
    int64_t B;         // log2 of the bucket count
    bool growing;      // old buckets not yet all evacuated
    int64_t overflow;  // overflow buckets chained in the current array
    int64_t longest;   // the longest chain, in buckets
} RtMapShape;
void rt_map_shape(GoMap *m, RtMapShape *out);

// ---------------------------------------------------------------- fmtsort.c
// One entry of a map, as fmt prints it.
typedef struct RtMapEntry {
    void *key, *elem;
} RtMapEntry;
// The entries of m (of map type maptype) sorted as fmt sorts map keys
// (internal/fmtsort): *out receives a gc_alloc'd array the collector scans.
int64_t rt_map_sorted(const GoType *maptype, GoMap *m, RtMapEntry **out);

// ---------------------------------------------------------------- panic.c
// Panics with gc's runtime error whose Error() text is msg: an errorString
// when msg starts "runtime error: ", else a plainError.
_Noreturn void rt_panic_msg(const char *msg);
// The runtime.Error descriptors (kind struct { s string }, Error() is s).
extern const GoType rt_type_bounds_error, rt_type_error_string, rt_type_plain_error,
    rt_type_memory_error;
// The value panic(nil) panics with: a *runtime.PanicNilError.
GoEface rt_panic_nil_error(void);
// Printing for defer.c's uncaught panics: an Error()/String() text (newlines
// indented), a value as printpanicval prints it, the nil dereference's
// "[signal SIGSEGV ...]" line.
void rt_print_panic_text(const uint8_t *p, int64_t n);
void rt_print_panic_value(const GoType *type, void *data);
void rt_print_signal_line(void);
// Installs the SIGSEGV/SIGBUS backstop.
void rt_install_signals(void);
_Noreturn void rt_fatal(const char *msg);  // "fatal error: msg", exit 2

// ---------------------------------------------------------------- fmt.c
// A growable byte buffer in C memory, for building formatted text.
typedef struct RtBuf {
    char *p;
    size_t n, cap;
} RtBuf;
void rt_buf_put(RtBuf *b, const void *p, size_t n);
void rt_buf_puts(RtBuf *b, const char *s);
void rt_buf_free(RtBuf *b);
// strconv.Quote(s) appended to b.
void rt_quote(RtBuf *b, const uint8_t *s, int64_t n);
// Copies n bytes into a new gc_alloc'd string.
GoString rt_make_string(const void *p, int64_t n);

// ---------------------------------------------------------------- unicode_print.c
// unicode.IsPrint (= strconv.IsPrint) of Go 1.26, Unicode 15; generated by
// stdlib/unicode/gen/main.go -c.
bool rt_unicode_is_print(int32_t r);

// ---------------------------------------------------------------- lib.c
extern const GoType rt_type_strconv_numerror_ptr;
void rt_set_args(int argc, char **argv);

// ---------------------------------------------------------------- entry.c
// Runs a compiled program: stack base, collector, streams, signal handler,
// its root table, os.Args, then entry (gosub_entry); exits with status 0 when
// entry returns.  main.c and `gosub run -jit` (jit/) both start programs here.
_Noreturn void rt_run(int argc, char **argv, void (*entry)(void), const GoRootTable *roots);

#endif
