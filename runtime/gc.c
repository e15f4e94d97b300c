// gc.c: the allocator and the collector.
//
// Model.  A non-moving, stop-the-world mark-sweep collector in the style of
// Go's own (runtime/malloc.go, mgcmark.go, mgcsweep.go) without the
// concurrency.  Objects never move, so the conservative stack scan needs no
// cooperation from the compiler.
//
// Small objects (<= 32 KiB) are rounded up to one of Go's 67 size classes
// (the same table, so cap() after append matches the oracle) and carved out
// of 256 KiB chunks.  Each chunk holds objects of one class and one
// "scan-ness": noscan chunks hold pointer-free objects and have no type table
// at all.  A chunk's header sits at its start:
//
//     | Chunk | allocbits | markbits | types[nobjs] (scan only) | objects ... |
//
// allocbits says which slots survived the last sweep; allocation walks it
// from freeindex looking for zero bits (Go's nextFreeFast), so the fast path
// is a find-first-zero plus, for reused slots, a memset.  The sweep makes the
// mark bits the new alloc bits (Go's gcmarkBits/allocBits swap) instead of
// threading free lists through dead objects.  types[i] is the GoType the slot
// was allocated with: the heap is scanned precisely, word by word, with
// type->ptrmask repeated every type->size bytes (an n-element allocation
// passes the element type).
//
// Large objects (> 32 KiB) each get their own mapping, aligned to the chunk
// size so that no two heap regions share a 256 KiB granule.
//
// Finding an object from a pointer.  Every 256 KiB granule of the address
// space maps to the Chunk describing it through a two-level radix table
// (like Go's arena map), so a candidate pointer - possibly an interior one, a
// conservative stack word or garbage - costs a range check and two loads.
// The slot index is (offset * divmul) >> 64, a multiply instead of a divide.
//
// Roots.  Stacks are scanned conservatively (every aligned word in
// [sp, base) after spilling callee-saved registers); the stack list is an
// array so goroutine stacks can be added later.  Global roots come from the
// GoRootTable the compiler emits (precise where it gives a ptrmask), plus the
// runtime's own globals (os.Args).  Marking uses an explicit mark stack, so a
// million-node linked list cannot overflow the C stack.
//
// Pacing.  As in Go, the next collection starts when the heap in use reaches
// live * (1 + GOGC/100), and never below 4 MiB (Go's heapminimum); GOGC=off
// disables collection.  A chunk is charged to the heap in full when it
// becomes the current chunk of its class (like Go's mcache refill), which
// keeps the counters off the fast path; the uncharged remainder is
// subtracted again when a collection starts.
//
// Returning memory.  Chunks a sweep finds entirely free are kept, pages and
// all, only as far as the heap may grow back into them before the next
// collection (next_gc - live); the rest are returned to the OS with
// madvise(MADV_DONTNEED) and their address ranges kept for reuse.  So RSS
// follows the live heap down, while a program that churns garbage at a
// steady live size (binary-trees) does not pay a page fault per reused page.
// Large objects are unmapped as soon as they die.
//
// Debugging (GOSUBDEBUG, comma-separated): gcstats=1 prints
//     gosub-gc: allocs=N bytes=N cycles=N peak=N
// at exit (peak: the most bytes in allocated objects at any collection or at
// exit); gctrace=1 prints one line per collection,
//     gosub-gc #N: heap B -> A KiB, L live objects, F freed, next G KiB, T ms
// gcstress=1 runs a full collection at every gc_alloc call (before the
// allocation, so the new object is never its victim), which turns any pointer
// the collector cannot see - held only in a spot the conservative scan misses,
// or hidden by the compiler as an out-of-object address - into a freed and
// poisoned object at the next allocation instead of at some rare collection;
// gccheck=1 verifies the heap's invariants after every collection (see
// "heap verification" below) and aborts with "fatal error: gccheck: ..." on
// the first violation.  In both modes dead objects are filled with 0xAB, so a
// use after free reads garbage instead of plausible old data; gccheck also
// makes a chunk the sweep released inaccessible (PROT_NONE) until it is
// reused, so touching any object in it faults.
//
// Example: gc_alloc(24, T) with T = struct{p *int; n int} (ptrmask 0b01)
// takes class 3 (24 bytes) from the scan chunk list, records types[i] = T,
// and a later mark of that object marks *p only.
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>

#include "runtime.h"

// ---------------------------------------------------------------- constants

// 256 KiB: seven objects of the largest small class (32 KiB) fit beside the
// header, wasting at most one slot in eight, while one partly used chunk per
// class (67 classes x 2) stays cheap for small programs.  A power of two so
// that a shift finds a pointer's granule in the radix map.
#define CHUNK_SHIFT 18
#define CHUNK_SIZE ((uintptr_t)1 << CHUNK_SHIFT)
// Go's maxSmallSize: objects above it get a mapping of their own.
#define MAX_SMALL 32768
// Go's heapminimum: no collection before the heap reaches 4 MiB, so short
// programs never collect at all.
#define HEAP_MINIMUM ((int64_t)4 << 20)
// Fresh address space is reserved 16 chunks (4 MiB) at a time so that the
// alignment trimming costs one mmap per 16 chunks, not one per chunk.
#define RESERVE_CHUNKS 16
// Empty chunks kept (madvised, so costing no RSS) for reuse; beyond this
// many (64 MiB of address space) they are unmapped.
#define POOL_MAX 256
// User-space addresses fit in 48 bits on x86-64 and AArch64; the radix map
// covers them with 2^15 leaves of 2^15 granules.
#define ADDR_BITS 48
#define L2_BITS 15
#define L1_BITS (ADDR_BITS - CHUNK_SHIFT - L2_BITS)
// Go's large-object rounding unit (its page size), used by roundupsize.
#define GO_PAGE 8192
// Go 1.22+ puts an 8-byte malloc header in pointerful objects above 512
// bytes; roundupsize accounts for it so capacities match the oracle.
#define MALLOC_HEADER 8
#define MIN_SIZE_FOR_HEADER 512

// ---------------------------------------------------------------- size classes
// Go's size class tables (internal/runtime/gc/sizeclasses.go, Go 1.26).
enum { NCLASS = 68, NSPANCLASS = NCLASS * 2 };
static const uint16_t class_size[NCLASS] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
    288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280,
    1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528,
    6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072,
    20480, 21760, 24576, 27264, 28672, 32768};
static const uint8_t size_to_class8[1024 / 8 + 1] = {
    0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15,
    15, 16, 16, 17, 17, 18, 18, 19, 19, 19, 19, 20, 20, 20, 20, 21, 21, 21, 21, 22, 22, 22,
    22, 23, 23, 23, 23, 24, 24, 24, 24, 25, 25, 25, 25, 26, 26, 26, 26, 27, 27, 27, 27, 27,
    27, 27, 27, 28, 28, 28, 28, 28, 28, 28, 28, 29, 29, 29, 29, 29, 29, 29, 29, 30, 30, 30,
    30, 30, 30, 30, 30, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 32,
    32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32};
static const uint8_t size_to_class128[(32768 - 1024) / 128 + 1] = {
    32, 33, 34, 35, 36, 37, 37, 38, 38, 39, 39, 40, 40, 40, 41, 41, 41, 42, 43, 43, 44, 44,
    44, 44, 44, 45, 45, 45, 45, 45, 45, 46, 46, 46, 46, 47, 47, 47, 47, 47, 47, 48, 48, 48,
    49, 49, 50, 51, 51, 51, 51, 51, 51, 51, 51, 51, 51, 52, 52, 52, 52, 52, 52, 52, 52, 52,
    52, 53, 53, 54, 54, 54, 54, 55, 55, 55, 55, 55, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56,
    56, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 58, 58, 58, 58, 58, 58, 59, 59, 59, 59, 59,
    59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60,
    60, 60, 60, 60, 60, 61, 61, 61, 61, 61, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 63,
    63, 63, 63, 63, 63, 63, 63, 63, 63, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64,
    64, 64, 64, 64, 64, 64, 64, 64, 64, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65,
    65, 65, 65, 65, 65, 65, 65, 65, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 67, 67, 67,
    67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
    67, 67, 67, 67, 67, 67, 67};

static inline unsigned size_class(uint64_t size) {
    if (size <= 1024) return size_to_class8[(size + 7) >> 3];
    return size_to_class128[(size - 1024 + 127) >> 7];
}

int64_t gc_roundupsize(int64_t size, bool noscan) {
    uint64_t req = (uint64_t)size;
    if (req <= MAX_SMALL - MALLOC_HEADER) {
        if (!noscan && req > MIN_SIZE_FOR_HEADER) req += MALLOC_HEADER;
        return (int64_t)(class_size[size_class(req)] - (req - (uint64_t)size));
    }
    uint64_t r = req + GO_PAGE - 1;
    if (r < req) return size;
    return (int64_t)(r & ~(uint64_t)(GO_PAGE - 1));
}

// ---------------------------------------------------------------- chunks

typedef struct Chunk Chunk;
struct Chunk {
    uint8_t *objs;          // first object (the object itself when large)
    uint64_t objsize;       // slot size; for a large object its mapped size
    uint64_t divmul;        // 2^64 / objsize rounded up: index = off * divmul >> 64
    uint32_t nobjs;
    uint32_t freeindex;     // allocation looks for a free slot from here
    uint32_t fresh;         // slots >= fresh were never handed out (marking ignores them)
    uint32_t nlive;         // slots allocated as of the last sweep (or acquisition)
    uint32_t nmarked;       // mark bits set so far in this collection (saves the sweep a popcount)
    uint32_t nfree;         // current chunks: free slots not yet handed out
    uint8_t spanclass;      // class * 2 + noscan
    uint8_t noscan;
    uint8_t large;
    uint8_t marked;         // large objects only
    uint8_t dirty;          // reused without returning pages: fresh slots need zeroing too
    uint64_t *allocbits;
    uint64_t *markbits;
    const GoType **types;   // scan chunks: the type each slot was allocated with
    const GoType *type;     // large objects: their type
    Chunk *next;            // partial list of its class
};

// Per span class: how many objects fit, and where the parts of a chunk start.
typedef struct ChunkLayout {
    uint32_t nobjs, nwords;
    uint32_t types_off, objs_off;
} ChunkLayout;

static ChunkLayout layouts[NSPANCLASS];
static Chunk *current[NSPANCLASS];   // chunk allocation takes slots from
// The span classes whose current chunk is set, so that a collection visits
// those few instead of all 136 (it matters when gcstress collects at every
// allocation).
static uint8_t current_list[NSPANCLASS];
static int ncurrent;
static Chunk *partial[NSPANCLASS];   // chunks with free slots, after a sweep

// Every small chunk and large object in use, for the sweep.
static Chunk **all_chunks;
static int64_t nall_chunks, cap_all_chunks;

// Empty chunks ready for reuse: clean ones had their pages given back (or
// were never touched) and read as zero; dirty ones were freed by the last
// sweep and kept because the heap will grow into them before the next
// collection anyway (see trim_dirty).
static uint8_t *pool[POOL_MAX];
static int npool;
static uint8_t *dirty_pool[POOL_MAX];
static int ndirty;

// The radix map from granule to Chunk.
static Chunk **radix[1 << L1_BITS];
static uintptr_t heap_lo = UINTPTR_MAX, heap_hi;

// ---------------------------------------------------------------- state

static GcStats st;
static int64_t allocs_at_last_gc;
static int64_t gc_percent = 100;
static bool initialised, collecting;
static bool opt_gcstats, opt_gctrace, opt_gccheck, opt_gcstress;
// rss=1: print the process's own peak RSS at exit (gosub compare reads it; the
// rusage of a child forked from gosub would include gosub's own pages).
static bool opt_rss;
// Dead objects are filled with POISON_BYTE (gccheck or gcstress).
static bool opt_poison;
enum { POISON_BYTE = 0xAB };

// A stack range scanned conservatively: [lo, hi); lo is the live stack
// pointer for the running stack.
typedef struct StackRange {
    void *lo, *hi;
} StackRange;
// One stack today (the main one); room for goroutine stacks later.
enum { MAX_STACKS = 64 };
static StackRange stacks[MAX_STACKS];
static int nstacks;

enum { MAX_ROOT_TABLES = 16 };
static const GoRootTable *root_tables[MAX_ROOT_TABLES];
static int nroot_tables;

static _Noreturn void gc_oom(const char *what) {
    rt_fatal(what);
}

// ---------------------------------------------------------------- radix map

static Chunk **radix_slot(uintptr_t addr, bool create) {
    uintptr_t g = addr >> CHUNK_SHIFT;
    uintptr_t i1 = g >> L2_BITS, i2 = g & ((1u << L2_BITS) - 1);
    if (i1 >= (1u << L1_BITS)) return NULL;
    if (!radix[i1]) {
        if (!create) return NULL;
        void *leaf = mmap(NULL, sizeof(Chunk *) << L2_BITS, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (leaf == MAP_FAILED) gc_oom("out of memory (radix map)");
        radix[i1] = leaf;
    }
    return &radix[i1][i2];
}

// Maps every granule of [base, base+size) to c (NULL to unmap).
static void radix_set(uint8_t *base, uint64_t size, Chunk *c) {
    for (uint64_t off = 0; off < size; off += CHUNK_SIZE) *radix_slot((uintptr_t)base + off, true) = c;
    if (c) {
        if ((uintptr_t)base < heap_lo) heap_lo = (uintptr_t)base;
        if ((uintptr_t)base + size > heap_hi) heap_hi = (uintptr_t)base + size;
    }
}

static inline Chunk *chunk_of(uintptr_t p) {
    if (p < heap_lo || p >= heap_hi) return NULL;
    uintptr_t g = p >> CHUNK_SHIFT;
    Chunk **leaf = radix[g >> L2_BITS];
    return leaf ? leaf[g & ((1u << L2_BITS) - 1)] : NULL;
}

// ---------------------------------------------------------------- OS memory

// Maps size bytes aligned to CHUNK_SIZE by over-mapping and trimming.
static uint8_t *os_map_aligned(uint64_t size) {
    uint64_t want = size + CHUNK_SIZE;
    uint8_t *p = mmap(NULL, want, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return NULL;
    uint8_t *a = (uint8_t *)(((uintptr_t)p + CHUNK_SIZE - 1) & ~(CHUNK_SIZE - 1));
    if (a > p) munmap(p, (size_t)(a - p));
    uint8_t *end = p + want, *aend = a + size;
    if (end > aend) munmap(aend, (size_t)(end - aend));
    return a;
}

static void release_pages(uint8_t *base);

// gccheck protects released chunks (chunk_to_os); a chunk taken from a pool
// is made accessible again.  Chunks fresh from the OS are accessible
// already, and without gccheck nothing is ever protected.
static uint8_t *chunk_unprotect(uint8_t *base) {
    if (opt_gccheck && mprotect(base, CHUNK_SIZE, PROT_READ | PROT_WRITE) != 0)
        gc_oom("gccheck: mprotect failed");
    return base;
}

static uint8_t *chunk_from_os(bool *dirty) {
    *dirty = ndirty > 0;
    if (ndirty > 0) return chunk_unprotect(dirty_pool[--ndirty]);
    if (npool == 0) {
        uint8_t *r = os_map_aligned(CHUNK_SIZE * RESERVE_CHUNKS);
        if (!r) gc_oom("out of memory");
        for (int i = RESERVE_CHUNKS - 1; i >= 0; i--) pool[npool++] = r + i * CHUNK_SIZE;
        st.mapped += CHUNK_SIZE * RESERVE_CHUNKS;
    }
    return chunk_unprotect(pool[--npool]);
}

// Gives an empty chunk's pages back to the OS; the address range is kept
// for reuse (madvised pages read as zero) unless the pool is full.
static void chunk_to_os(uint8_t *base) {
    // gccheck: a released chunk is made inaccessible until it is reused, so
    // a use after free of any object in it faults at once.
    if (opt_gccheck && mprotect(base, CHUNK_SIZE, PROT_NONE) != 0) gc_oom("gccheck: mprotect failed");
    if (ndirty < POOL_MAX) {  // trim_dirty decides after the sweep
        dirty_pool[ndirty++] = base;
        return;
    }
    release_pages(base);
}

static void release_pages(uint8_t *base) {
    if (npool < POOL_MAX) {
        madvise(base, CHUNK_SIZE, MADV_DONTNEED);
        pool[npool++] = base;
    } else {
        munmap(base, CHUNK_SIZE);
        st.mapped -= CHUNK_SIZE;
    }
}

// ---------------------------------------------------------------- chunk setup

static void compute_layout(int sc) {
    unsigned cls = (unsigned)sc >> 1;
    bool noscan = sc & 1;
    uint64_t size = class_size[cls];
    ChunkLayout *l = &layouts[sc];
    if (cls == 0) return;
    for (uint32_t n = (uint32_t)((CHUNK_SIZE - sizeof(Chunk)) / size); n > 0; n--) {
        uint32_t nwords = (n + 63) / 64;
        uint64_t types_off = sizeof(Chunk) + 2 * 8 * (uint64_t)nwords;
        uint64_t objs_off = types_off + (noscan ? 0 : 8 * (uint64_t)n);
        objs_off = (objs_off + 15) & ~(uint64_t)15;
        if (objs_off + n * size <= CHUNK_SIZE) {
            *l = (ChunkLayout){n, nwords, (uint32_t)types_off, (uint32_t)objs_off};
            return;
        }
    }
}

static void all_chunks_add(Chunk *c) {
    if (nall_chunks == cap_all_chunks) {
        cap_all_chunks = cap_all_chunks ? cap_all_chunks * 2 : 256;
        all_chunks = realloc(all_chunks, (size_t)cap_all_chunks * sizeof *all_chunks);
        if (!all_chunks) gc_oom("out of memory (chunk table)");
    }
    all_chunks[nall_chunks++] = c;
}

static Chunk *chunk_new(int sc) {
    bool dirty;
    uint8_t *base = chunk_from_os(&dirty);
    const ChunkLayout *l = &layouts[sc];
    if (dirty) memset(base, 0, l->types_off);  // header and bitmaps
    Chunk *c = (Chunk *)base;
    c->objs = base + l->objs_off;
    c->objsize = class_size[sc >> 1];
    c->divmul = UINT64_MAX / c->objsize + 1;
    c->nobjs = l->nobjs;
    c->spanclass = (uint8_t)sc;
    c->noscan = sc & 1;
    c->allocbits = (uint64_t *)(base + sizeof(Chunk));
    c->markbits = c->allocbits + l->nwords;
    c->types = c->noscan ? NULL : (const GoType **)(base + l->types_off);
    c->dirty = dirty;
    radix_set(base, CHUNK_SIZE, c);
    all_chunks_add(c);
    st.chunks++;
    return c;
}

// ---------------------------------------------------------------- allocation

// A popcount that stays inline.  Without -mpopcnt (the runtime is built for
// baseline x86-64) __builtin_popcountll is a call to libgcc's __popcountdi2,
// which took two thirds of a gcstress run; the SWAR form (Hacker's Delight
// 5-1) is a dozen ALU operations, and zero words - most of them in a sparse
// chunk - skip it entirely.
static inline uint32_t popcount64(uint64_t w) {
#if defined(__POPCNT__) || defined(__aarch64__)
    return (uint32_t)__builtin_popcountll(w);
#else
    if (!w) return 0;
    w = w - ((w >> 1) & 0x5555555555555555ULL);
    w = (w & 0x3333333333333333ULL) + ((w >> 2) & 0x3333333333333333ULL);
    w = (w + (w >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return (uint32_t)((w * 0x0101010101010101ULL) >> 56);
#endif
}


enum { NO_SLOT = UINT32_MAX };

// Finds the next slot whose alloc bit is clear, from freeindex on.
static inline uint32_t next_free(Chunk *c) {
    uint32_t i = c->freeindex;
    while (i < c->nobjs) {
        uint64_t w = ~c->allocbits[i >> 6] >> (i & 63);
        if (w) {
            i += (uint32_t)__builtin_ctzll(w);
            if (i >= c->nobjs) break;
            c->freeindex = i + 1;
            c->nfree--;
            return i;
        }
        i = (i | 63) + 1;
    }
    c->freeindex = c->nobjs;
    return NO_SLOT;
}


static void maybe_collect(int64_t upcoming) {
    if (collecting || gc_percent < 0) return;
    if (st.heap_inuse + upcoming > st.next_gc) gc_collect();
}

// The current chunk of sc is exhausted: take a partly free chunk or a new one.
static Chunk *refill(int sc) {
    current[sc] = NULL;
    if (!partial[sc]) maybe_collect((int64_t)CHUNK_SIZE);
    Chunk *c = partial[sc];
    if (c) partial[sc] = c->next;
    else c = chunk_new(sc);
    c->next = NULL;
    c->nfree = c->nobjs - c->nlive;
    st.heap_inuse += (int64_t)c->nfree * (int64_t)c->objsize;
    // A collection in maybe_collect emptied the list; otherwise sc is listed
    // iff its current chunk was set before this refill.
    bool listed = false;
    for (int k = 0; k < ncurrent && !listed; k++) listed = current_list[k] == sc;
    if (!listed) current_list[ncurrent++] = (uint8_t)sc;
    current[sc] = c;
    return c;
}

static void *alloc_large(int64_t size, const GoType *type) {
    uint64_t mapsize = ((uint64_t)size + 4095) & ~(uint64_t)4095;
    maybe_collect((int64_t)mapsize);
    uint8_t *p = os_map_aligned(mapsize);
    if (!p) gc_oom("out of memory");
    Chunk *c = calloc(1, sizeof *c);
    if (!c) gc_oom("out of memory");
    c->objs = p;
    c->objsize = mapsize;
    c->large = 1;
    c->noscan = type == NULL || type->ptrmask == NULL;
    c->type = c->noscan ? NULL : type;
    radix_set(p, mapsize, c);
    all_chunks_add(c);
    st.large_objects++;
    st.mapped += (int64_t)mapsize;
    st.heap_inuse += (int64_t)mapsize;
    return p;
}

// One zero-size object for every zero-size allocation, as Go's zerobase.
static uint64_t zerobase;

void *gc_alloc(int64_t size, const GoType *type) {
    if (__builtin_expect(!initialised, 0)) gc_init();
    // gcstress: every allocation is a collection point (before the new
    // object exists, so only what the program still holds survives).
    if (__builtin_expect(opt_gcstress, 0)) gc_collect();
    st.allocs++;
    st.bytes += size;
    if (__builtin_expect(size > MAX_SMALL, 0)) return alloc_large(size, type);
    if (__builtin_expect(size <= 0, 0)) return &zerobase;
    bool noscan = type == NULL || type->ptrmask == NULL;
    int sc = (int)(size_class((uint64_t)size) << 1) | noscan;
    Chunk *c = current[sc];
    uint32_t i;
    if (__builtin_expect(!c || (i = next_free(c)) == NO_SLOT, 0)) {
        c = refill(sc);
        i = next_free(c);
    }
    uint8_t *p = c->objs + (uint64_t)i * c->objsize;
    if (i < c->fresh) {
        memset(p, 0, c->objsize);
    } else {
        c->fresh = i + 1;
        if (c->dirty) memset(p, 0, c->objsize);
    }
    if (!noscan) c->types[i] = type;
    return p;
}

// ---------------------------------------------------------------- marking

typedef struct MarkItem {
    uint8_t *obj;
    Chunk *c;
    uint32_t idx;
} MarkItem;

static MarkItem *mstack;
static int64_t mtop, mcap;
static int64_t marked_objects;

static void mark_push(uint8_t *obj, Chunk *c, uint32_t idx) {
    if (mtop == mcap) {
        mcap = mcap ? mcap * 2 : 4096;
        mstack = realloc(mstack, (size_t)mcap * sizeof *mstack);
        if (!mstack) gc_oom("out of memory (mark stack)");
    }
    mstack[mtop++] = (MarkItem){obj, c, idx};
}

// Marks the object containing address v, if v points into the heap.
static inline void mark_ptr(uintptr_t v) {
    Chunk *c = chunk_of(v);
    if (!c) return;
    if (c->large) {
        if (v >= (uintptr_t)c->objs + c->objsize || c->marked) return;
        c->marked = 1;
        marked_objects++;
        if (!c->noscan) mark_push(c->objs, c, 0);
        return;
    }
    if (v < (uintptr_t)c->objs) return;
    uint64_t off = v - (uintptr_t)c->objs;
    uint32_t idx = (uint32_t)(((unsigned __int128)off * c->divmul) >> 64);
    if (idx >= c->fresh) return;  // never allocated: nothing to keep
    // A free slot (dead since the last sweep and not handed out again: alloc
    // bit clear at or above freeindex) is not an object, whatever a stale
    // stack word says; marking it would resurrect freed memory and scan its
    // stale contents (as Go's findObject, which checks the span's alloc bits).
    // Found by gcstress+gccheck: a live object full of poison.
    if (idx >= c->freeindex && !((c->allocbits[idx >> 6] >> (idx & 63)) & 1)) return;
    uint64_t bit = (uint64_t)1 << (idx & 63), *w = &c->markbits[idx >> 6];
    if (*w & bit) return;
    *w |= bit;
    c->nmarked++;
    marked_objects++;
    if (!c->noscan) mark_push(c->objs + (uint64_t)idx * c->objsize, c, idx);
}

// Scans n bytes at p whose layout is t repeated.
static void scan_typed(const uint8_t *p, uint64_t n, const GoType *t) {
    if (!t || !t->ptrmask || t->size <= 0) return;
    uint64_t esize = (uint64_t)t->size, words = esize / 8;
    const uint8_t *mask = t->ptrmask;
    for (uint64_t off = 0; off + esize <= n; off += esize) {
        const uintptr_t *w = (const uintptr_t *)(p + off);
        for (uint64_t i = 0; i < words; i++)
            if ((mask[i >> 3] >> (i & 7)) & 1) mark_ptr(w[i]);
    }
}

// Reads every word of a stack or conservative root, whatever it holds: in a
// GOSUB_SANITIZE build that includes AddressSanitizer's redzones between the
// runtime's own locals, which are not errors here.
// (GCC and clang accept the attribute with or without -fsanitize=address.)
static __attribute__((no_sanitize_address)) void scan_conservative(const void *lo, const void *hi) {
    uintptr_t a = ((uintptr_t)lo + 7) & ~(uintptr_t)7;
    for (const uintptr_t *w = (const uintptr_t *)a; (const void *)w < hi; w++) mark_ptr(*w);
}

static inline void scan_item(MarkItem it) {
    if (it.c->large) scan_typed(it.obj, it.c->objsize, it.c->type);
    else scan_typed(it.obj, it.c->objsize, it.c->types[it.idx]);
}

// Objects popped from the mark stack wait in a small FIFO while their memory
// and type slot are prefetched, hiding part of the cache miss of scanning
// them (Cher, Hosking and Vijaykumar, "Software prefetching for mark-sweep
// garbage collection", ASPLOS 2004).  Eight entries cover a memory latency
// at the few nanoseconds a small object takes to scan.
enum { PREFETCH_DEPTH = 8 };

static void drain(void) {
    MarkItem ring[PREFETCH_DEPTH];
    int head = 0, n = 0;
    for (;;) {
        if (mtop > 0 && n < PREFETCH_DEPTH) {
            MarkItem it = mstack[--mtop];
            __builtin_prefetch(it.obj);
            if (!it.c->large) __builtin_prefetch(&it.c->types[it.idx]);
            ring[(head + n++) % PREFETCH_DEPTH] = it;
            continue;
        }
        if (n == 0) return;
        MarkItem it = ring[head];
        head = (head + 1) % PREFETCH_DEPTH;
        n--;
        scan_item(it);
    }
}

static void scan_root(const GoRoot *r) {
    if (!r->ptrmask) {
        scan_conservative(r->addr, (const uint8_t *)r->addr + r->size);
        return;
    }
    const uintptr_t *w = r->addr;
    for (int64_t i = 0; i < r->size / 8; i++)
        if ((r->ptrmask[i >> 3] >> (i & 7)) & 1) mark_ptr(w[i]);
}

// The runtime's own pointer-holding globals.
static const uint8_t one_ptr_mask[1] = {1};
static void scan_runtime_roots(void) {
    GoRoot args = {&rt_os_args, 8, one_ptr_mask};
    scan_root(&args);
}

static void mark_roots(void *sp) {
    for (int i = 0; i < nstacks; i++) {
        void *lo = i == 0 ? sp : stacks[i].lo;
        scan_conservative(lo, stacks[i].hi);
        drain();
    }
    for (int t = 0; t < nroot_tables; t++) {
        for (int64_t i = 0; i < root_tables[t]->n; i++) {
            scan_root(&root_tables[t]->roots[i]);
            drain();
        }
    }
    scan_runtime_roots();
    drain();
}

// ---------------------------------------------------------------- sweeping

// Bits of word j of a slot bitmap that stand for slots below n.
static inline uint64_t bits_below(uint32_t n, uint32_t j) {
    uint64_t lo = (uint64_t)j * 64;
    if (n <= lo) return 0;
    if (n >= lo + 64) return ~(uint64_t)0;
    return ((uint64_t)1 << (n - lo)) - 1;
}

// gccheck/gcstress: the slots dying in this sweep are filled with 0xAB so a
// use after free shows.  A slot dies when it was allocated - it survived the
// last sweep (alloc bit) or was handed out since (a clear alloc bit below
// freeindex: next_free hands out every clear bit it passes) - and is not
// marked.  Slots that died earlier still hold the poison (verify_heap checks
// that), so the cost is a few word operations per 64 slots plus the memsets.
static void poison_dead(Chunk *c) {
    uint32_t nwords = (c->fresh + 63) / 64;
    for (uint32_t j = 0; j < nwords; j++) {
        uint64_t handed = bits_below(c->freeindex, j) & ~c->allocbits[j];
        uint64_t dead = (c->allocbits[j] | handed) & ~c->markbits[j] & bits_below(c->fresh, j);
        while (dead) {
            uint64_t i = (uint64_t)j * 64 + (uint64_t)__builtin_ctzll(dead);
            memset(c->objs + i * c->objsize, POISON_BYTE, c->objsize);
            dead &= dead - 1;
        }
    }
}

// Returns false when the chunk died and was released.
static bool sweep_small(Chunk *c) {
    uint32_t nwords = (c->nobjs + 63) / 64;
    if (opt_poison) poison_dead(c);
    uint32_t live = c->nmarked;
    c->nmarked = 0;
    if (live == 0) {
        radix_set((uint8_t *)c, CHUNK_SIZE, NULL);
        chunk_to_os((uint8_t *)c);
        st.chunks--;
        return false;
    }
    uint64_t *t = c->allocbits;
    c->allocbits = c->markbits;
    c->markbits = t;
    memset(c->markbits, 0, nwords * 8);
    c->freeindex = 0;
    c->nlive = live;
    st.heap_inuse += (int64_t)live * (int64_t)c->objsize;
    if (live < c->nobjs) {
        c->next = partial[c->spanclass];
        partial[c->spanclass] = c;
    }
    return true;
}

static bool sweep_large(Chunk *c) {
    if (!c->marked) {
        radix_set(c->objs, c->objsize, NULL);
        munmap(c->objs, c->objsize);
        st.mapped -= (int64_t)c->objsize;
        st.large_objects--;
        free(c);
        return false;
    }
    c->marked = 0;
    st.heap_inuse += (int64_t)c->objsize;
    return true;
}

static void sweep(void) {
    for (int i = 0; i < NSPANCLASS; i++) current[i] = partial[i] = NULL;
    ncurrent = 0;
    st.heap_inuse = 0;
    int64_t kept = 0;
    for (int64_t i = 0; i < nall_chunks; i++) {
        Chunk *c = all_chunks[i];
        bool alive = c->large ? sweep_large(c) : sweep_small(c);
        if (alive) all_chunks[kept++] = c;
    }
    nall_chunks = kept;
}

// ---------------------------------------------------------------- heap verification
// gccheck=1 verifies the heap twice per collection and aborts on the first
// violation with "fatal error: gccheck: <what> (address, chunk, slot, cycle)".
//
// Before marking (verify_before_mark), every allocated object - reachable or
// not - must hold no dangling pointer: no pointer word (by its type's mask)
// may point into a free slot, a chunk header, the slack past a chunk's last
// slot or past a large object, or a released chunk, and none may hold the
// poison pattern.  In a correct program and collector such a pointer cannot
// exist: the collection that freed the target would have had to miss a
// pointer to it (kept where no scan looks, or hidden and written back later).
// Catching it here, before the mark resurrects the freed slot, is the point
// of collecting at every allocation.  A slot is free when its alloc bit is
// clear and allocation has not passed it since the sweep (idx >= freeindex:
// next_free hands out every clear bit below freeindex), or when idx >= fresh.
//
// After the sweep (verify_after_sweep), when every mark bit must be clear:
//   - chunk bookkeeping: each chunk of all_chunks is mapped to itself in the
//     radix map, has its class's size and slot count, freeindex 0, no alloc
//     bit at or above fresh, nlive equal to its alloc bits and above zero
//     (empty chunks are released), no mark bit or count left;
//   - the partial lists (this collector's free lists): every entry a live
//     small chunk of that span class with a free slot, each list ending within
//     nall_chunks steps (no cycle); no current chunk; pooled chunks aligned
//     and no longer in the radix map;
//   - counters: live objects and heap bytes equal what the chunks hold;
//   - object types: each live object of a scan chunk has a plausible GoType
//     (a known kind, a pointer mask, a size that is a multiple of 8 and fits
//     the slot);
//   - poison: every dead slot still holds 0xAB in every byte, so a write
//     through a dangling pointer since the slot died shows;
//   - dangling pointers again (live objects and precise global roots), which
//     catches a sweep that freed something the mark reached.
// Stacks are scanned conservatively, so their words cannot be checked.  Each
// pass costs about one mark of the heap; this is for testing, not production.

static _Noreturn void check_fail(const char *what, const void *addr, const Chunk *c, uint64_t slot) {
    char msg[300];
    snprintf(msg, sizeof msg, "gccheck: %s (address %p, chunk %p size %llu slot %llu, cycle %lld)",
             what, addr, (const void *)c, c ? (unsigned long long)c->objsize : 0ULL,
             (unsigned long long)slot, (long long)st.cycles);
    rt_fatal(msg);
}

static inline bool alloc_bit(const Chunk *c, uint64_t i) {
    return (c->allocbits[i >> 6] >> (i & 63)) & 1;
}

// Whether slot i holds an object: it survived the last sweep or was handed
// out since (see the comment above).
static inline bool slot_allocated(const Chunk *c, uint64_t i) {
    return i < c->fresh && (alloc_bit(c, i) || i < c->freeindex);
}

// Whether addr lies in a chunk the sweep released (kept in a pool).
static bool in_released_chunk(uintptr_t addr) {
    uint8_t *base = (uint8_t *)(addr & ~(CHUNK_SIZE - 1));
    for (int i = 0; i < ndirty; i++)
        if (dirty_pool[i] == base) return true;
    for (int i = 0; i < npool; i++)
        if (pool[i] == base) return true;
    return false;
}

static uint64_t poison_word(void) {
    uint64_t pat;
    memset(&pat, POISON_BYTE, sizeof pat);
    return pat;
}

// A pointer word of an object or precise root (at from) must not dangle.
static void check_target(uintptr_t v, const void *from) {
    if (v == poison_word()) check_fail("pointer read from freed memory", from, NULL, 0);
    if (v == (uintptr_t)&zerobase || v < heap_lo || v >= heap_hi) return;
    Chunk *c = chunk_of(v);
    if (!c) {
        if (in_released_chunk(v)) check_fail("pointer into a released chunk", from, NULL, 0);
        return;
    }
    if (c->large) {
        if (v >= (uintptr_t)c->objs + c->objsize) check_fail("pointer past a large object", from, c, 0);
        return;
    }
    if (v < (uintptr_t)c->objs) check_fail("pointer into a chunk header", from, c, 0);
    uint64_t idx = (uint64_t)(((unsigned __int128)(v - (uintptr_t)c->objs) * c->divmul) >> 64);
    if (idx >= c->nobjs) check_fail("pointer past the last slot of a chunk", from, c, idx);
    if (!slot_allocated(c, idx)) check_fail("pointer to a freed object", from, c, idx);
}

static void check_pointers(const uint8_t *p, uint64_t n, const GoType *t) {
    uint64_t esize = (uint64_t)t->size, words = esize / 8;
    for (uint64_t off = 0; off + esize <= n; off += esize) {
        const uintptr_t *w = (const uintptr_t *)(p + off);
        for (uint64_t i = 0; i < words; i++)
            if ((t->ptrmask[i >> 3] >> (i & 7)) & 1) check_target(w[i], &w[i]);
    }
}

static bool type_plausible(const GoType *t, uint64_t room) {
    return t && t->kind > GOKIND_INVALID && t->kind <= GOKIND_UNSAFE_POINTER && t->ptrmask &&
           t->size > 0 && t->size % 8 == 0 && (uint64_t)t->size <= room;
}

static bool all_poison(const uint8_t *p, uint64_t n) {
    uint64_t pat = poison_word();
    for (uint64_t i = 0; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w != pat) return false;
    }
    return true;
}

// The objects of every chunk: types and pointers of allocated ones and, after
// the sweep, the poison of free ones.
static void verify_objects(bool after_sweep) {
    for (int64_t k = 0; k < nall_chunks; k++) {
        Chunk *c = all_chunks[k];
        if (c->large) {
            if (c->noscan) continue;
            if (!type_plausible(c->type, c->objsize)) check_fail("invalid object type", c->objs, c, 0);
            check_pointers(c->objs, c->objsize, c->type);
            continue;
        }
        for (uint64_t i = 0; i < c->fresh; i++) {
            uint8_t *obj = c->objs + i * c->objsize;
            if (!slot_allocated(c, i)) {
                if (after_sweep && !all_poison(obj, c->objsize))
                    check_fail("freed object written after free", obj, c, i);
                continue;
            }
            if (c->noscan) continue;
            if (!type_plausible(c->types[i], c->objsize)) check_fail("invalid object type", obj, c, i);
            check_pointers(obj, c->objsize, c->types[i]);
        }
    }
}

static void verify_roots(void) {
    for (int t = 0; t < nroot_tables; t++) {
        for (int64_t i = 0; i < root_tables[t]->n; i++) {
            const GoRoot *r = &root_tables[t]->roots[i];
            if (!r->ptrmask) continue;
            const uintptr_t *w = r->addr;
            for (int64_t k = 0; k < r->size / 8; k++)
                if ((r->ptrmask[k >> 3] >> (k & 7)) & 1) check_target(w[k], &w[k]);
        }
    }
    check_target((uintptr_t)rt_os_args.ptr, &rt_os_args);
}

static void verify_small_header(Chunk *c, int64_t *objects, int64_t *bytes) {
    int sc = c->spanclass;
    if (sc < 2 || sc >= NSPANCLASS || c->objsize != class_size[sc >> 1] ||
        c->nobjs != layouts[sc].nobjs || c->noscan != (sc & 1))
        check_fail("corrupt chunk header", c, c, 0);
    if (c->freeindex != 0 || c->fresh > c->nobjs) check_fail("bad freeindex or fresh", c, c, c->fresh);
    uint32_t nwords = layouts[sc].nwords, live = 0;
    for (uint32_t j = 0; j < nwords; j++) {
        if (c->markbits[j]) check_fail("mark bit left set", c, c, (uint64_t)j * 64);
        if (c->allocbits[j] & ~bits_below(c->fresh, j))
            check_fail("alloc bit above fresh", c, c, (uint64_t)j * 64);
        live += popcount64(c->allocbits[j]);
    }
    if (live != c->nlive || live == 0 || c->nmarked)
        check_fail("live count disagrees with alloc bits", c, c, live);
    *objects += live;
    *bytes += (int64_t)live * (int64_t)c->objsize;
}

static void verify_chunks(void) {
    int64_t objects = 0, bytes = 0;
    for (int64_t k = 0; k < nall_chunks; k++) {
        Chunk *c = all_chunks[k];
        uint8_t *base = c->large ? c->objs : (uint8_t *)c;
        if (chunk_of((uintptr_t)base) != c) check_fail("chunk missing from the radix map", base, c, 0);
        if (!c->large) {
            verify_small_header(c, &objects, &bytes);
            continue;
        }
        if (c->marked) check_fail("large object left marked", c->objs, c, 0);
        objects++;
        bytes += (int64_t)c->objsize;
    }
    if (objects != st.live_objects)
        check_fail("live object count disagrees with the chunks", NULL, NULL, (uint64_t)objects);
    if (bytes != st.heap_inuse) check_fail("heap size disagrees with the chunks", NULL, NULL, (uint64_t)bytes);
}

static void verify_lists(void) {
    for (int sc = 0; sc < NSPANCLASS; sc++) {
        if (current[sc]) check_fail("current chunk survived the sweep", current[sc], current[sc], 0);
        int64_t steps = 0;
        for (Chunk *c = partial[sc]; c; c = c->next) {
            if (++steps > nall_chunks) check_fail("cycle in a partial list", c, c, 0);
            if (chunk_of((uintptr_t)c) != c || c->large || c->spanclass != sc || c->nlive >= c->nobjs)
                check_fail("bad chunk in a partial list", c, c, 0);
        }
    }
    for (int i = 0; i < ndirty + npool; i++) {
        uint8_t *b = i < ndirty ? dirty_pool[i] : pool[i - ndirty];
        if (((uintptr_t)b & (CHUNK_SIZE - 1)) || chunk_of((uintptr_t)b))
            check_fail("pooled chunk still in use", b, NULL, 0);
    }
}

static void verify_before_mark(void) {
    verify_objects(false);
    verify_roots();
}

static void verify_after_sweep(void) {
    verify_lists();
    verify_chunks();
    verify_objects(true);
    verify_roots();
}

// ---------------------------------------------------------------- collection

// Subtracts what was charged for the free slots left in current chunks
// (refill charges a chunk's free slots in full; next_free counts down nfree).
static void uncharge_current(void) {
    for (int k = 0; k < ncurrent; k++) {
        Chunk *c = current[current_list[k]];
        if (c) st.heap_inuse -= (int64_t)c->nfree * (int64_t)c->objsize;
    }
}

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static void set_next_gc(void) {
    if (gc_percent < 0) {
        st.next_gc = INT64_MAX;
        return;
    }
    // Go scales its minimum with GOGC too (heapMinimum = 4 MiB * GOGC/100).
    // Capping the percentage at 2^20 keeps the products from overflowing.
    int64_t pct = gc_percent < ((int64_t)1 << 20) ? gc_percent : ((int64_t)1 << 20);
    int64_t goal = st.heap_inuse + st.heap_inuse / 100 * pct;
    int64_t minimum = HEAP_MINIMUM * pct / 100;
    st.next_gc = goal > minimum ? goal : minimum;
}

// Empty chunks beyond what the heap may grow into before the next
// collection go back to the OS, so RSS follows the live heap down.
static void trim_dirty(void) {
    int64_t headroom = st.next_gc - st.heap_inuse;
    int64_t keep = headroom > 0 ? headroom / (int64_t)CHUNK_SIZE : 0;
    while (ndirty > keep) release_pages(dirty_pool[--ndirty]);
}

static void trace_cycle(int64_t before, double ms) {
    char line[256];
    snprintf(line, sizeof line,
             "gosub-gc #%lld: heap %lld -> %lld KiB, %lld live objects, %lld freed, "
             "next %lld KiB, %.3f ms\n",
             (long long)st.cycles, (long long)(before >> 10), (long long)(st.heap_inuse >> 10),
             (long long)st.live_objects, (long long)st.freed_objects,
             (long long)(st.next_gc >> 10), ms);
    rt_write_str(2, line);
}

// Does the work once registers are spilled; sp bounds the running stack.
static __attribute__((noinline)) void collect_from(void *sp) {
    double t0 = opt_gctrace ? now_ms() : 0;
    collecting = true;
    uncharge_current();
    int64_t before = st.heap_inuse;
    if (before > st.peak) st.peak = before;
    int64_t objects_before = st.live_objects + (st.allocs - allocs_at_last_gc);
    allocs_at_last_gc = st.allocs;
    marked_objects = 0;
    if (opt_gccheck) verify_before_mark();
    mark_roots(sp);
    sweep();
    st.cycles++;
    st.live_objects = marked_objects;
    st.freed_objects = objects_before > marked_objects ? objects_before - marked_objects : 0;
    set_next_gc();
    trim_dirty();
    if (opt_gccheck) verify_after_sweep();
    collecting = false;
    if (opt_gctrace) trace_cycle(before, now_ms() - t0);
}

void gc_collect(void) {
    if (!initialised) gc_init();
    if (collecting) return;
    // setjmp spills the callee-saved registers into buf; unwind_init makes the
    // compiler save the ones setjmp mangles (rbp on glibc) in this frame too.
    // The buffer is cleared first: setjmp leaves its signal-mask part
    // unwritten, and stale words there could pin dead objects.
    jmp_buf buf;
    memset(buf, 0, sizeof buf);
    __builtin_unwind_init();
    setjmp(buf);
    volatile uintptr_t sp_marker = 0;
    collect_from((void *)&sp_marker);
    __asm__ volatile("" : : "r"(&buf) : "memory");
}

// ---------------------------------------------------------------- setup

static void parse_debug(const char *s) {
    while (s && *s) {
        const char *end = strchr(s, ',');
        size_t n = end ? (size_t)(end - s) : strlen(s);
        if (n == 9 && !strncmp(s, "gcstats=1", 9)) opt_gcstats = true;
        if (n == 9 && !strncmp(s, "gctrace=1", 9)) opt_gctrace = true;
        if (n == 9 && !strncmp(s, "gccheck=1", 9)) opt_gccheck = true;
        if (n == 10 && !strncmp(s, "gcstress=1", 10)) opt_gcstress = true;
        if (n == 5 && !strncmp(s, "rss=1", 5)) opt_rss = true;
        s = end ? end + 1 : NULL;
    }
}

// GOGC as Go reads it: "off" or a negative number disables collection, an
// unparsable value keeps the default of 100.
static int64_t parse_gogc(const char *g) {
    if (!g || !*g) return 100;
    if (!strcmp(g, "off")) return -1;
    char *end;
    long long v = strtoll(g, &end, 10);
    if (*end) return 100;
    return v < 0 ? -1 : v;
}

#ifdef __GLIBC__
extern void *__libc_stack_end;
#endif

void gc_init(void) {
    if (initialised) return;
    initialised = true;
    for (int sc = 0; sc < NSPANCLASS; sc++) compute_layout(sc);
    gc_percent = parse_gogc(getenv("GOGC"));
    parse_debug(getenv("GOSUBDEBUG"));
    opt_poison = opt_gccheck || opt_gcstress;
    set_next_gc();
#ifdef __GLIBC__
    if (nstacks == 0) gc_set_stack_base(__libc_stack_end);
#endif
}

void gc_set_percent(int64_t percent) {
    if (!initialised) gc_init();
    gc_percent = percent < 0 ? -1 : percent;
    set_next_gc();
}

void gc_set_stack_base(void *hi) {
    stacks[0].hi = hi;
    nstacks = 1;
}

void gc_add_roots(const GoRootTable *t) {
    for (int i = 0; i < nroot_tables; i++)
        if (root_tables[i] == t) return;
    if (nroot_tables == MAX_ROOT_TABLES) rt_fatal("too many root tables");
    root_tables[nroot_tables++] = t;
}

// The heap is only ever larger just before a collection or at the end, so
// the peak is sampled at those points and here.
void gc_stats(GcStats *out) {
    *out = st;
    for (int i = 0; i < NSPANCLASS; i++) {
        Chunk *c = current[i];
        if (c) out->heap_inuse -= (int64_t)c->nfree * (int64_t)c->objsize;
    }
    if (out->heap_inuse > out->peak) out->peak = out->heap_inuse;
}

// "gosub-rss: peak=N" in KiB, from the kernel's high-water mark (VmHWM).
static void rss_report(void) {
    FILE *f = fopen("/proc/self/status", "r");
    if (!f) return;
    char buf[256];
    long kib = -1;
    while (fgets(buf, sizeof buf, f))
        if (!strncmp(buf, "VmHWM:", 6)) kib = strtol(buf + 6, NULL, 10);
    fclose(f);
    char line[64];
    snprintf(line, sizeof line, "gosub-rss: peak=%ld\n", kib);
    rt_write_str(2, line);
}

void gc_exit_report(void) {
    if (opt_rss) rss_report();
    if (!opt_gcstats) return;
    GcStats s;
    gc_stats(&s);
    char line[200];
    snprintf(line, sizeof line, "gosub-gc: allocs=%lld bytes=%lld cycles=%lld peak=%lld\n",
             (long long)s.allocs, (long long)s.bytes, (long long)s.cycles, (long long)s.peak);
    rt_write_str(2, line);
}
