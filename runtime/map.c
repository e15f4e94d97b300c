// map.c: Go maps, a hash table of 8-slot buckets that grows incrementally.
//
// The design is Go's own map before Swiss tables (runtime/map.go, Go 1.6 to
// 1.23; Keith Randall's hashmap), so each rule below can be checked against
// that source.  A map of 2^B buckets puts a key in bucket hash & (2^B - 1).
// A bucket is
//
//     | tophash[8] | keys[8] | elems[8] | overflow * |
//
// tophash[i] holds the top byte of slot i's hash (raised to at least
// MIN_TOPHASH), so a probe compares eight bytes before it touches a key;
// smaller values mark slots: EMPTY_REST (this and every later slot of the
// chain are empty - zeroed memory is an empty bucket), EMPTY_ONE (a hole left
// by a delete), EVAC_X / EVAC_Y / EVAC_EMPTY (the slot of an old bucket went to
// the lower or upper half of the new array, or was empty).  Keys and values
// above MAX_INLINE bytes are stored out of line (the slot holds a pointer) so
// that a bucket stays small.  When all eight slots are used a bucket chains an
// overflow bucket.
//
// Growth.  When an insert would make the average load exceed 6.5 entries
// per bucket, or the overflow buckets outnumber the main ones (after many
// deletes), a new array is allocated - twice as large, or of the same size to
// compact - and the old one is kept in oldbuckets.  Nothing is moved then:
// every later assign or delete first evacuates the old bucket its key hashes
// to and one more in order (nevacuate), so an insert never pays for more
// than two old buckets (16 entries plus their overflow chains, and a skip
// over at most EVAC_SCAN_MAX evacuated marks), and the growth completes
// within as many writes as the old array has buckets, before the next
// growth can start.
// Reads look in the old bucket while it is not yet evacuated.  The new array
// comes from gc_alloc zeroed; above 32 KiB it is a fresh mapping whose pages
// the kernel zeroes on first touch, so even the allocation costs no pass
// over the map.
//
// Iteration (mapiterinit/mapiternext) starts at a random bucket and a
// random slot offset and walks the bucket array as it was at the start.  If
// the map grows meanwhile, an entry found in an already evacuated old bucket
// is looked up again in the current table (it may have been deleted or
// changed); while a growth is in progress, a not yet evacuated old bucket is
// read in place, producing only the entries that will move to the new bucket
// being visited.  NaN keys cannot be rehashed reproducibly, so evacuation
// sends them to X or Y by the low bit of their tophash, which iteration
// mirrors.  An evacuated old bucket keeps its keys and values while an
// iteration that may read it is running (Go's oldIterator flag); otherwise
// they are cleared so the collector can free what they pointed to.
//
// Memory.  Every map type gets a MapLayout, built at its first rt_makemap
// and cached by descriptor address: slot offsets, how to hash and compare
// its keys, and a synthesised GoType for one bucket whose ptrmask marks the
// key and value words that hold pointers (from the key and elem ptrmasks) and
// the overflow link, so the collector scans buckets precisely.  The GoMap
// header is a gc object whose mask marks its two bucket-array words.
//
// Example: m := map[string]int{} ; m["a"] = 1
//   rt_makemap(mt, 0)         header only; B = 0, buckets allocated lazily
//   rt_mapassign(mt, m, &"a") hash "a" -> h; bucket 0; tophash[0] = h >> 56;
//                             keys[0] = "a"; returns &elems[0], the caller stores 1
#include <stdlib.h>
#include <string.h>

#include "runtime.h"

// ---------------------------------------------------------------- constants

// Slots per bucket (Go's bucketCnt): the eight tophash bytes fill one word.
#define BUCKET_SLOTS 8
// Where keys start in a bucket: after the tophash word.
#define KEYS_OFF 8
// Growth starts above an average of 13/2 = 6.5 entries per bucket, Go's
// loadFactorNum/Den, measured there as the best balance of memory (about
// 80 % of slots used) against overflow-chain length.
#define LOAD_NUM 13
#define LOAD_DEN 2
// Keys and values larger than this are stored out of line (Go's maxKeySize
// and maxElemSize), so that eight of them never make a bucket huge.
#define MAX_INLINE 128
// Tophash markers; real tophashes are >= MIN_TOPHASH.
enum { EMPTY_REST = 0, EMPTY_ONE = 1, EVAC_X = 2, EVAC_Y = 3, EVAC_EMPTY = 4, MIN_TOPHASH = 5 };
// When evacuating bucket nevacuate, the mark skips at most this many further
// already evacuated buckets, keeping each write's work bounded (Go's 1024).
#define EVAC_SCAN_MAX 1024
// Up to 2^15 buckets the overflow count is exact; beyond, it is sampled
// (Go's noverflow, a uint16: it need only reach 2^15).
#define OVERFLOW_EXACT_B 15
// Missing values are read from a shared zero area of this size (Go's
// zeroVal); larger values get a zero block of their own per map type.
#define ZERO_SIZE 1024
// GoMap.flags: the current growth keeps the bucket count (a compaction);
// an iteration was started on the current array (ITERATOR) or on the old
// one (OLD_ITERATOR), which then must keep its keys and values readable.
#define SAME_SIZE_GROW 1
#define ITERATOR 2
#define OLD_ITERATOR 4
// MapIter.check_bucket when the current bucket needs no filtering.
#define NO_CHECK UINT64_MAX

// How a map type's keys are hashed and compared, chosen once per type.
enum {
    KEY_MEM8,     // 8 bytes of plain memory (int, pointer, [1]int64...)
    KEY_MEM4,     // 4 bytes of plain memory
    KEY_MEM,      // n bytes of plain memory without padding
    KEY_STR,      // string
    KEY_GENERIC,  // anything else: rt_typehash and rt_valueeq
};

typedef struct MapLayout {
    const GoType *maptype, *key, *elem;
    int64_t keysize, elemsize;  // slot sizes: 8 for an out-of-line key or value
    int64_t elemoff, ovfoff, bucketsize;
    bool indirectkey, indirectelem;
    bool reflexive;       // k == k for every key (no floats or interfaces inside)
    bool needkeyupdate;   // an assign overwrites an equal key (+0/-0, strings)
    bool kvpointers;      // key or value slots hold pointers
    uint8_t keykind;      // KEY_*
    const uint8_t *zero;  // a zero value of elem
    GoType bucket;        // descriptor of one bucket, for the collector
} MapLayout;

struct GoMap {
    int64_t count;         // word 0: len(m), read inline by compiled code
    const MapLayout *L;    // word 1: C memory, not scanned
    uint8_t *buckets;      // word 2: 2^B buckets
    uint8_t *oldbuckets;   // word 3: the previous array while growing, else NULL
    uint64_t nevacuate;    // word 4: old buckets below this are evacuated
    uint64_t seed;         // word 5
    uint8_t B;             // word 6
    uint8_t flags;
    uint16_t noverflow;    // overflow buckets, approximately
};

// Words 2 and 3 of a GoMap hold heap pointers.
static const uint8_t gomap_mask[1] = {0x0C};
static const GoType gomap_type = {sizeof(GoMap), GOKIND_STRUCT, 8, "runtime.hmap", gomap_mask, 0, 0, 0, 0, 0, 0, 0};

typedef struct MapIter {
    void *key, *elem;        // the ABI's two public words
    GoMap *m;
    uint8_t *buckets;        // the bucket array when iteration started
    uint8_t *bptr;           // the bucket being read
    uint64_t start_bucket, bucket, check_bucket;
    uint8_t offset, wrapped, B, i;
} MapIter;
_Static_assert(sizeof(MapIter) <= sizeof(GoMapIter), "GoMapIter too small for MapIter");

static const uint8_t zero_area[ZERO_SIZE] __attribute__((aligned(16)));

// ---------------------------------------------------------------- layouts

static bool is_plain_memory(const GoType *t);

static bool plain_struct(const GoType *t) {
    int64_t end = 0;
    for (int64_t i = 0; i < t->len; i++) {
        const GoField *f = &t->fields[i];
        if (f->offset != end || (f->name && !strcmp(f->name, "_")) || !is_plain_memory(f->type)) return false;
        end = f->offset + f->type->size;
    }
    return end == t->size;
}

// Equal exactly when their bytes are equal: Go's TFlagRegularMemory.
static bool is_plain_memory(const GoType *t) {
    switch (t->kind) {
    case GOKIND_BOOL: case GOKIND_INT: case GOKIND_INT8: case GOKIND_INT16: case GOKIND_INT32:
    case GOKIND_INT64: case GOKIND_UINT: case GOKIND_UINT8: case GOKIND_UINT16: case GOKIND_UINT32:
    case GOKIND_UINT64: case GOKIND_UINTPTR: case GOKIND_POINTER: case GOKIND_CHAN:
    case GOKIND_UNSAFE_POINTER:
        return true;
    case GOKIND_ARRAY: return is_plain_memory(t->elem);
    case GOKIND_STRUCT: return plain_struct(t);
    default: return false;
    }
}

// Whether some component of t satisfies pred-by-kind: float or interface
// (not reflexive), string too (key update), interface alone (may panic).
static bool contains_kind(const GoType *t, bool floats, bool strings, bool ifaces) {
    switch (t->kind) {
    case GOKIND_FLOAT32: case GOKIND_FLOAT64: case GOKIND_COMPLEX64: case GOKIND_COMPLEX128: return floats;
    case GOKIND_STRING: return strings;
    case GOKIND_INTERFACE: return ifaces;
    case GOKIND_ARRAY: return t->len > 0 && contains_kind(t->elem, floats, strings, ifaces);
    case GOKIND_STRUCT:
        for (int64_t i = 0; i < t->len; i++)
            if (contains_kind(t->fields[i].type, floats, strings, ifaces)) return true;
        return false;
    default: return false;
    }
}

static uint8_t key_kind(const GoType *k) {
    if (k->kind == GOKIND_STRING) return KEY_STR;
    if (!is_plain_memory(k)) return KEY_GENERIC;
    return k->size == 8 ? KEY_MEM8 : k->size == 4 ? KEY_MEM4 : KEY_MEM;
}

static int64_t align_up(int64_t n, int64_t a) {
    return (n + a - 1) / a * a;
}

static void set_bit(uint8_t *mask, int64_t word) {
    mask[word >> 3] |= (uint8_t)(1u << (word & 7));
}

// Marks the pointer words of eight slots of type t (size slot bytes each,
// out of line when indirect) starting at byte off.
static void mask_slots(uint8_t *mask, int64_t off, int64_t slot, const GoType *t, bool indirect) {
    for (int i = 0; i < BUCKET_SLOTS; i++) {
        int64_t at = (off + i * slot) / 8;
        if (indirect) {
            set_bit(mask, at);
            continue;
        }
        if (!t->ptrmask) continue;
        for (int64_t w = 0; w < t->size / 8; w++)
            if ((t->ptrmask[w >> 3] >> (w & 7)) & 1) set_bit(mask, at + w);
    }
}

static void build_bucket_type(MapLayout *L) {
    int64_t words = L->bucketsize / 8;
    uint8_t *mask = calloc((size_t)(words + 7) / 8, 1);
    if (!mask) rt_fatal("out of memory");
    mask_slots(mask, KEYS_OFF, L->keysize, L->key, L->indirectkey);
    mask_slots(mask, L->elemoff, L->elemsize, L->elem, L->indirectelem);
    set_bit(mask, L->ovfoff / 8);
    L->bucket = (GoType){L->bucketsize, GOKIND_STRUCT, 8, "runtime.bmap", mask, 0, 0, 0, 0, 0, 0, 0};
}

static const uint8_t *zero_value_for(const GoType *elem) {
    if (elem->size <= ZERO_SIZE) return zero_area;
    uint8_t *z = calloc(1, (size_t)elem->size);
    if (!z) rt_fatal("out of memory");
    return z;
}

static MapLayout *build_layout(const GoType *mt) {
    MapLayout *L = calloc(1, sizeof *L);
    if (!L) rt_fatal("out of memory");
    L->maptype = mt, L->key = mt->key, L->elem = mt->elem;
    L->indirectkey = mt->key->size > MAX_INLINE;
    L->indirectelem = mt->elem->size > MAX_INLINE;
    L->keysize = L->indirectkey ? 8 : mt->key->size;
    L->elemsize = L->indirectelem ? 8 : mt->elem->size;
    int64_t elemalign = L->indirectelem || mt->elem->align < 1 ? 8 : mt->elem->align;
    L->elemoff = align_up(KEYS_OFF + BUCKET_SLOTS * L->keysize, elemalign);
    L->ovfoff = align_up(L->elemoff + BUCKET_SLOTS * L->elemsize, 8);
    L->bucketsize = L->ovfoff + 8;
    L->reflexive = !contains_kind(mt->key, true, false, true);
    L->needkeyupdate = contains_kind(mt->key, true, true, true);
    L->keykind = key_kind(mt->key);
    L->kvpointers = L->indirectkey || L->indirectelem || mt->key->ptrmask || mt->elem->ptrmask;
    L->zero = zero_value_for(mt->elem);
    build_bucket_type(L);
    return L;
}

// The layout cache: open addressing on the descriptor address, at most half
// full.  Entries are never removed (map types are static).
static const MapLayout **layouts;
static uint64_t nlayouts, cap_layouts;

static uint64_t ptr_slot(const void *p, uint64_t cap) {
    return ((uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15ull >> 20) & (cap - 1);  // Fibonacci hashing
}

static void layouts_insert(const MapLayout *L) {
    uint64_t i = ptr_slot(L->maptype, cap_layouts);
    while (layouts[i]) i = (i + 1) & (cap_layouts - 1);
    layouts[i] = L;
}

static void layouts_grow(void) {
    const MapLayout **old = layouts;
    uint64_t oldcap = cap_layouts;
    cap_layouts = oldcap ? oldcap * 2 : 64;
    layouts = calloc((size_t)cap_layouts, sizeof *layouts);
    if (!layouts) rt_fatal("out of memory");
    for (uint64_t i = 0; i < oldcap; i++)
        if (old[i]) layouts_insert(old[i]);
    free(old);
}

static const MapLayout *layout_for(const GoType *mt) {
    if (cap_layouts) {
        for (uint64_t i = ptr_slot(mt, cap_layouts); layouts[i]; i = (i + 1) & (cap_layouts - 1))
            if (layouts[i]->maptype == mt) return layouts[i];
    }
    if (2 * (nlayouts + 1) > cap_layouts) layouts_grow();
    MapLayout *L = build_layout(mt);
    layouts_insert(L);
    nlayouts++;
    return L;
}

// ---------------------------------------------------------------- keys

static inline uint64_t hash_key(const MapLayout *L, const void *k, uint64_t seed) {
    switch (L->keykind) {
    case KEY_MEM8: return rt_memhash64(*(const uint64_t *)k, seed);
    case KEY_MEM4: return rt_memhash32(*(const uint32_t *)k, seed);
    case KEY_MEM: return rt_memhash(k, L->key->size, seed);
    case KEY_STR: return rt_memhash(((const GoString *)k)->ptr, ((const GoString *)k)->len, seed);
    default: return rt_typehash(L->key, k, seed);
    }
}

static inline bool key_eq(const MapLayout *L, const void *a, const void *b) {
    switch (L->keykind) {
    case KEY_MEM8: return *(const uint64_t *)a == *(const uint64_t *)b;
    case KEY_MEM4: return *(const uint32_t *)a == *(const uint32_t *)b;
    case KEY_MEM: return memcmp(a, b, (size_t)L->key->size) == 0;
    case KEY_STR: {
        const GoString *x = a, *y = b;
        return x->len == y->len && (x->ptr == y->ptr || x->len == 0 || memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
    }
    default: return rt_valueeq(L->key, a, b);
    }
}

// The top byte of a hash, kept clear of the marker values.
static inline uint8_t tophash(uint64_t hash) {
    uint8_t top = (uint8_t)(hash >> 56);
    return top < MIN_TOPHASH ? top + MIN_TOPHASH : top;
}

static inline bool is_empty(uint8_t top) {
    return top <= EMPTY_ONE;
}

// A nil or empty map hashes nothing, but a key that cannot be hashed must
// panic all the same, in Go 1.26's words for this path.
static void check_key(const GoType *mt, const void *key) {
    if (!contains_kind(mt->key, false, false, true)) return;
    const GoType *bad = rt_unhashable_in(mt->key, key);
    if (!bad) return;
    RtBuf b = {0};
    rt_buf_puts(&b, "hash of unhashable type: ");
    rt_buf_puts(&b, bad->name ? bad->name : "?");
    rt_buf_put(&b, "", 1);
    rt_panic_msg(b.p);
}

// ---------------------------------------------------------------- buckets

static inline uint8_t *bucket_at(const MapLayout *L, uint8_t *arr, uint64_t i) {
    return arr + i * (uint64_t)L->bucketsize;
}

static inline uint8_t *key_slot(const MapLayout *L, uint8_t *b, int i) {
    return b + KEYS_OFF + i * L->keysize;
}

static inline uint8_t *elem_slot(const MapLayout *L, uint8_t *b, int i) {
    return b + L->elemoff + i * L->elemsize;
}

static inline uint8_t **overflow_ref(const MapLayout *L, uint8_t *b) {
    return (uint8_t **)(b + L->ovfoff);
}

static inline void *key_at(const MapLayout *L, uint8_t *b, int i) {
    uint8_t *k = key_slot(L, b, i);
    return L->indirectkey ? *(void **)k : k;
}

static inline void *elem_at(const MapLayout *L, uint8_t *b, int i) {
    uint8_t *e = elem_slot(L, b, i);
    return L->indirectelem ? *(void **)e : e;
}

static inline uint64_t bucket_mask(uint8_t B) {
    return ((uint64_t)1 << B) - 1;
}

// An old bucket whose first tophash is an EVAC_* mark has been evacuated.
static inline bool evacuated(const uint8_t *b) {
    return b[0] > EMPTY_ONE && b[0] < MIN_TOPHASH;
}

static bool over_load(int64_t count, uint8_t B) {
    return count > BUCKET_SLOTS && (uint64_t)count > LOAD_NUM * (((uint64_t)1 << B) / LOAD_DEN);
}

static bool too_many_overflow(const GoMap *m) {
    uint8_t B = m->B > OVERFLOW_EXACT_B ? OVERFLOW_EXACT_B : m->B;
    return m->noverflow >= (uint16_t)(1u << B);
}

static uint8_t *new_buckets(const MapLayout *L, uint8_t B) {
    return gc_alloc(((int64_t)1 << B) * L->bucketsize, &L->bucket);
}

// Chains a fresh overflow bucket after b.  Above 2^15 buckets the count is
// sampled with probability 2^15 / 2^B, so it still compares with 2^15.
static uint8_t *new_overflow(GoMap *m, uint8_t *b) {
    uint8_t *ovf = gc_alloc(m->L->bucketsize, &m->L->bucket);
    if (m->B <= OVERFLOW_EXACT_B || (rt_fastrand64() & bucket_mask(m->B - OVERFLOW_EXACT_B)) == 0)
        m->noverflow++;
    *overflow_ref(m->L, b) = ovf;
    return ovf;
}

// ---------------------------------------------------------------- evacuation

static uint64_t old_bucket_count(const GoMap *m) {
    return (uint64_t)1 << (m->flags & SAME_SIZE_GROW ? m->B : m->B - 1);
}

typedef struct EvacDst {
    uint8_t *b;  // the bucket receiving entries
    int i;       // its next free slot
} EvacDst;

static void move_entry(GoMap *m, EvacDst *d, uint8_t top, uint8_t *src, int si) {
    const MapLayout *L = m->L;
    if (d->i == BUCKET_SLOTS) {
        d->b = new_overflow(m, d->b);
        d->i = 0;
    }
    d->b[d->i] = top;
    memcpy(key_slot(L, d->b, d->i), key_slot(L, src, si), (size_t)L->keysize);
    memcpy(elem_slot(L, d->b, d->i), elem_slot(L, src, si), (size_t)L->elemsize);
    d->i++;
}

// Moves every entry of old bucket b (one link of a chain) to X, the same
// index in the new array, or Y, that index plus newbit.
static void evacuate_one(GoMap *m, uint8_t *b, EvacDst *xy, uint64_t newbit) {
    const MapLayout *L = m->L;
    for (int i = 0; i < BUCKET_SLOTS; i++) {
        uint8_t top = b[i];
        if (is_empty(top)) {
            b[i] = EVAC_EMPTY;
            continue;
        }
        int y = 0;
        if (!(m->flags & SAME_SIZE_GROW)) {
            const void *k = key_at(L, b, i);
            uint64_t hash = hash_key(L, k, m->seed);
            if (!L->reflexive && !key_eq(L, k, k)) {
                y = top & 1;  // NaN: reproducible, as iteration expects
                top = tophash(hash);
            } else {
                y = (hash & newbit) != 0;
            }
        }
        b[i] = (uint8_t)(EVAC_X + y);
        move_entry(m, &xy[y], top, b, i);
    }
}

static void advance_evacuation_mark(GoMap *m, uint64_t newbit) {
    m->nevacuate++;
    uint64_t stop = m->nevacuate + EVAC_SCAN_MAX;
    if (stop > newbit) stop = newbit;
    while (m->nevacuate != stop && evacuated(bucket_at(m->L, m->oldbuckets, m->nevacuate))) m->nevacuate++;
    if (m->nevacuate == newbit) {
        m->oldbuckets = NULL;
        m->flags &= (uint8_t)~SAME_SIZE_GROW;
    }
}

static void evacuate(GoMap *m, uint64_t oldbucket) {
    const MapLayout *L = m->L;
    uint64_t newbit = old_bucket_count(m);
    uint8_t *b = bucket_at(L, m->oldbuckets, oldbucket);
    if (!evacuated(b)) {
        EvacDst xy[2] = {{bucket_at(L, m->buckets, oldbucket), 0}, {NULL, 0}};
        if (!(m->flags & SAME_SIZE_GROW)) xy[1].b = bucket_at(L, m->buckets, oldbucket + newbit);
        for (; b; b = *overflow_ref(L, b)) {
            evacuate_one(m, b, xy, newbit);
            if (!(m->flags & OLD_ITERATOR) && L->kvpointers)
                memset(b + KEYS_OFF, 0, (size_t)(L->ovfoff - KEYS_OFF));  // tophash and link stay
        }
    }
    if (oldbucket == m->nevacuate) advance_evacuation_mark(m, newbit);
}

// The work a write does while growing: the old bucket it is about to use,
// and one more to make progress.
static void grow_work(GoMap *m, uint64_t bucket) {
    evacuate(m, bucket & (old_bucket_count(m) - 1));
    if (m->oldbuckets) evacuate(m, m->nevacuate);
}

static void hash_grow(GoMap *m) {
    uint8_t bigger = over_load(m->count + 1, m->B) ? 1 : 0;
    m->flags = (uint8_t)((bigger ? 0 : SAME_SIZE_GROW) | (m->flags & ITERATOR ? OLD_ITERATOR : 0));
    uint8_t *nb = new_buckets(m->L, (uint8_t)(m->B + bigger));
    m->oldbuckets = m->buckets;
    m->buckets = nb;
    m->B = (uint8_t)(m->B + bigger);
    m->nevacuate = 0;
    m->noverflow = 0;
}

// ---------------------------------------------------------------- lookup

typedef struct Slot {
    uint8_t *b;  // NULL: not found
    int i;
} Slot;

// Finds key with the given hash in the chain starting at b.
static Slot search_chain(const MapLayout *L, uint8_t *b, uint64_t hash, const void *key) {
    uint8_t top = tophash(hash);
    for (; b; b = *overflow_ref(L, b)) {
        for (int i = 0; i < BUCKET_SLOTS; i++) {
            if (b[i] != top) {
                if (b[i] == EMPTY_REST) return (Slot){NULL, 0};
                continue;
            }
            if (key_eq(L, key, key_at(L, b, i))) return (Slot){b, i};
        }
    }
    return (Slot){NULL, 0};
}

static Slot lookup(GoMap *m, const void *key) {
    const MapLayout *L = m->L;
    uint64_t hash = hash_key(L, key, m->seed);
    uint64_t mask = bucket_mask(m->B);
    uint8_t *b = bucket_at(L, m->buckets, hash & mask);
    if (m->oldbuckets) {
        if (!(m->flags & SAME_SIZE_GROW)) mask >>= 1;
        uint8_t *ob = bucket_at(L, m->oldbuckets, hash & mask);
        if (!evacuated(ob)) b = ob;
    }
    return search_chain(L, b, hash, key);
}

static const void *zero_for(const GoType *mt) {
    return mt->elem->size <= ZERO_SIZE ? zero_area : layout_for(mt)->zero;
}

void *rt_mapaccess1(const GoType *mt, GoMap *m, const void *key) {
    if (!m || m->count == 0) {
        check_key(mt, key);
        return (void *)zero_for(mt);
    }
    Slot s = lookup(m, key);
    return s.b ? elem_at(m->L, s.b, s.i) : (void *)m->L->zero;
}

void *rt_mapaccess2(const GoType *mt, GoMap *m, const void *key, bool *ok) {
    if (!m || m->count == 0) {
        check_key(mt, key);
        *ok = false;
        return (void *)zero_for(mt);
    }
    Slot s = lookup(m, key);
    *ok = s.b != NULL;
    return s.b ? elem_at(m->L, s.b, s.i) : (void *)m->L->zero;
}

int64_t rt_maplen(GoMap *m) {
    return m ? m->count : 0;
}

// ---------------------------------------------------------------- make

GoMap *rt_makemap(const GoType *mt, int64_t hint) {
    rt_hash_init();
    const MapLayout *L = layout_for(mt);
    // Go's makemap: a hint whose buckets could not be allocated counts as 0.
    if (hint < 0 || hint > ((int64_t)1 << 48) / L->bucketsize) hint = 0;
    GoMap *m = gc_alloc(sizeof *m, &gomap_type);
    m->L = L;
    m->seed = rt_fastrand64();
    uint8_t B = 0;
    while (over_load(hint, B)) B++;
    m->B = B;
    if (B > 0) m->buckets = new_buckets(L, B);  // B = 0: allocated at the first assign
    return m;
}

// ---------------------------------------------------------------- assign

// Stores a copy of key in slot i of b, out of line if the layout says so,
// and returns the value slot (a fresh out-of-line value when needed).
static void *fill_slot(GoMap *m, uint8_t *b, int i, uint8_t top, const void *key) {
    const MapLayout *L = m->L;
    void *k = key_slot(L, b, i), *e = elem_slot(L, b, i);
    if (L->indirectkey) {
        void *kp = gc_alloc(L->key->size, L->key);
        *(void **)k = kp;
        k = kp;
    }
    if (L->indirectelem) {
        void *ep = gc_alloc(L->elem->size, L->elem);
        *(void **)e = ep;
        e = ep;
    }
    memcpy(k, key, (size_t)L->key->size);
    b[i] = top;
    m->count++;
    return e;
}

// Searches the chain at b for key.  On a miss, *hole is the first empty slot
// (b NULL when there is none) and *last the chain's last bucket.
static Slot find_for_write(const MapLayout *L, uint8_t *b, uint8_t top, const void *key, Slot *hole,
                           uint8_t **last) {
    *hole = (Slot){NULL, 0};
    for (;;) {
        for (int i = 0; i < BUCKET_SLOTS; i++) {
            if (b[i] != top) {
                if (is_empty(b[i]) && !hole->b) *hole = (Slot){b, i};
                if (b[i] == EMPTY_REST) return (Slot){NULL, 0};
                continue;
            }
            if (key_eq(L, key, key_at(L, b, i))) return (Slot){b, i};
        }
        *last = b;
        uint8_t *ovf = *overflow_ref(L, b);
        if (!ovf) return (Slot){NULL, 0};
        b = ovf;
    }
}

void *rt_mapassign(const GoType *mt, GoMap *m, const void *key) {
    if (!m) rt_panic_msg("assignment to entry in nil map");
    const MapLayout *L = m->L;
    uint64_t hash = hash_key(L, key, m->seed);
    if (!m->buckets) m->buckets = new_buckets(L, m->B);
    for (;;) {
        uint64_t bucket = hash & bucket_mask(m->B);
        if (m->oldbuckets) grow_work(m, bucket);
        uint8_t *b = bucket_at(L, m->buckets, bucket), *last = b;
        Slot hole, s = find_for_write(L, b, tophash(hash), key, &hole, &last);
        if (s.b) {
            if (L->needkeyupdate) memcpy(key_at(L, s.b, s.i), key, (size_t)L->key->size);
            return elem_at(L, s.b, s.i);
        }
        if (!m->oldbuckets && (over_load(m->count + 1, m->B) || too_many_overflow(m))) {
            hash_grow(m);
            continue;  // the table changed: search again
        }
        if (!hole.b) hole = (Slot){new_overflow(m, last), 0};
        return fill_slot(m, hole.b, hole.i, tophash(hash), key);
    }
}

// ---------------------------------------------------------------- delete

// After slot i of b became EMPTY_ONE: if nothing follows it in the chain,
// turns it and the EMPTY_ONE run before it into EMPTY_REST, so that probes
// stop early.  orig is the chain's first bucket.
static void collapse_tail(const MapLayout *L, uint8_t *orig, uint8_t *b, int i) {
    if (i == BUCKET_SLOTS - 1) {
        uint8_t *next = *overflow_ref(L, b);
        if (next && next[0] != EMPTY_REST) return;
    } else if (b[i + 1] != EMPTY_REST) {
        return;
    }
    for (;;) {
        b[i] = EMPTY_REST;
        if (i == 0) {
            if (b == orig) return;
            uint8_t *c = b;
            for (b = orig; *overflow_ref(L, b) != c; b = *overflow_ref(L, b)) {}
            i = BUCKET_SLOTS - 1;
        } else {
            i--;
        }
        if (b[i] != EMPTY_ONE) return;
    }
}

void rt_mapdelete(const GoType *mt, GoMap *m, const void *key) {
    if (!m || m->count == 0) {
        check_key(mt, key);
        return;
    }
    const MapLayout *L = m->L;
    uint64_t hash = hash_key(L, key, m->seed);
    uint64_t bucket = hash & bucket_mask(m->B);
    if (m->oldbuckets) grow_work(m, bucket);
    uint8_t *orig = bucket_at(L, m->buckets, bucket);
    Slot s = search_chain(L, orig, hash, key);
    if (!s.b) return;
    // Clear the slots so the collector does not keep what they pointed to.
    memset(key_slot(L, s.b, s.i), 0, (size_t)L->keysize);
    memset(elem_slot(L, s.b, s.i), 0, (size_t)L->elemsize);
    s.b[s.i] = EMPTY_ONE;
    collapse_tail(L, orig, s.b, s.i);
    // An empty map gets a new seed, so an attacker who learned which keys
    // collide must start over (Go does the same).
    if (--m->count == 0) m->seed = rt_fastrand64();
}

// ---------------------------------------------------------------- clear

// Marks every slot of every chain in arr empty, so that iterators in
// progress (which may be inside an overflow bucket) produce nothing more.
static void mark_all_empty(const MapLayout *L, uint8_t *arr, uint64_t n) {
    for (uint64_t i = 0; i < n; i++)
        for (uint8_t *b = bucket_at(L, arr, i); b; b = *overflow_ref(L, b)) memset(b, EMPTY_REST, BUCKET_SLOTS);
}

void rt_mapclear(const GoType *mt, GoMap *m) {
    if (!m || m->count == 0) return;
    const MapLayout *L = m->L;
    if (m->oldbuckets) mark_all_empty(L, m->oldbuckets, old_bucket_count(m));
    mark_all_empty(L, m->buckets, (uint64_t)1 << m->B);
    memset(m->buckets, 0, (size_t)(((uint64_t)1 << m->B) * (uint64_t)L->bucketsize));
    m->oldbuckets = NULL;
    m->flags &= (uint8_t)~SAME_SIZE_GROW;
    m->nevacuate = 0;
    m->noverflow = 0;
    m->count = 0;
    m->seed = rt_fastrand64();
}

// ---------------------------------------------------------------- iteration

void rt_mapiterinit(const GoType *mt, GoMap *m, GoMapIter *git) {
    MapIter *it = (MapIter *)git;
    memset(git, 0, sizeof *git);
    if (!m || m->count == 0) return;
    uint64_t r = rt_fastrand64();
    it->m = m;
    it->B = m->B;
    it->buckets = m->buckets;
    it->start_bucket = r & bucket_mask(m->B);
    it->offset = (uint8_t)((r >> 56) & (BUCKET_SLOTS - 1));
    it->bucket = it->start_bucket;
    it->check_bucket = NO_CHECK;
    m->flags |= ITERATOR | OLD_ITERATOR;
    rt_mapiternext(git);
}

// Moves the iterator to the next bucket of its walk, or returns false at
// the end.  During a growth that started before the walk, a bucket whose old
// bucket is not yet evacuated is read from the old array (check_bucket set).
static bool next_bucket(MapIter *it) {
    GoMap *m = it->m;
    const MapLayout *L = m->L;
    if (it->bucket == it->start_bucket && it->wrapped) return false;
    it->bptr = bucket_at(L, it->buckets, it->bucket);
    it->check_bucket = NO_CHECK;
    if (m->oldbuckets && it->B == m->B) {
        uint8_t *ob = bucket_at(L, m->oldbuckets, it->bucket & (old_bucket_count(m) - 1));
        if (!evacuated(ob)) {
            it->bptr = ob;
            it->check_bucket = it->bucket;
        }
    }
    if (++it->bucket == ((uint64_t)1 << it->B)) {
        it->bucket = 0;
        it->wrapped = 1;
    }
    it->i = 0;
    return true;
}

// In an old bucket read in place during a doubling: whether the entry in
// slot s will move to the new bucket being visited.
static bool destined_here(const MapIter *it, uint8_t *b, int s, const void *k) {
    const MapLayout *L = it->m->L;
    if (L->reflexive || key_eq(L, k, k)) {
        uint64_t hash = hash_key(L, k, it->m->seed);
        return (hash & bucket_mask(it->B)) == it->check_bucket;
    }
    return (it->check_bucket >> (it->B - 1)) == (uint64_t)(b[s] & 1);  // NaN: as evacuate_one
}

// Produces slot s of bucket b if it holds a live entry; returns false to skip.
static bool produce(MapIter *it, uint8_t *b, int s) {
    GoMap *m = it->m;
    const MapLayout *L = m->L;
    uint8_t top = b[s];
    if (is_empty(top) || top == EVAC_EMPTY) return false;
    void *k = key_at(L, b, s);
    if (it->check_bucket != NO_CHECK && !(m->flags & SAME_SIZE_GROW) && !destined_here(it, b, s, k))
        return false;
    if ((top != EVAC_X && top != EVAC_Y) || !(L->reflexive || key_eq(L, k, k))) {
        it->key = k;  // the entry is still where the walk found it
        it->elem = elem_at(L, b, s);
        return true;
    }
    Slot cur = lookup(m, k);  // moved by a growth since: read the live entry
    if (!cur.b) return false;
    it->key = key_at(L, cur.b, cur.i);
    it->elem = elem_at(L, cur.b, cur.i);
    return true;
}

void rt_mapiternext(GoMapIter *git) {
    MapIter *it = (MapIter *)git;
    it->key = it->elem = NULL;
    if (!it->m) return;
    for (;;) {
        if (!it->bptr && !next_bucket(it)) return;
        while (it->i < BUCKET_SLOTS) {
            int s = (it->i++ + it->offset) & (BUCKET_SLOTS - 1);
            if (produce(it, it->bptr, s)) return;
        }
        it->bptr = *overflow_ref(it->m->L, it->bptr);
        it->i = 0;
    }
}

// ---------------------------------------------------------------- shape

void rt_map_shape(GoMap *m, RtMapShape *out) {
    *out = (RtMapShape){0};
    if (!m) return;
    out->B = m->B;
    out->growing = m->oldbuckets != NULL;
    if (!m->buckets) return;
    for (uint64_t i = 0; i < ((uint64_t)1 << m->B); i++) {
        int64_t len = 1;
        for (uint8_t *b = *overflow_ref(m->L, bucket_at(m->L, m->buckets, i)); b; b = *overflow_ref(m->L, b)) len++;
        out->overflow += len - 1;
        if (len > out->longest) out->longest = len;
    }
}
