// fmt.c: package fmt's Print, Println, Printf and their S-forms.
//
// A transcription of Go's fmt (print.go, format.go) over GoType descriptors
// instead of reflect.  Every argument is a GoEface; a value is handled as
// (type, address of the value) - for pointer-shaped types the address of the
// interface's data word.  The structure follows Go's so that each rule can be
// checked against its source:
//
//   do_printf  parses %[flags][width][.prec][arg index]verb, reports
//              %!v(MISSING), %!(EXTRA int=3), %!(NOVERB), %!(BADWIDTH)...
//   print_arg  nil, %T and %p first; then Error/String methods for
//              %v %s %x %X %q (handle_methods); then print_value by kind.
//   print_value  structs {1 2} / {X:1 Y:2} (%+v), arrays and slices [1 2 3],
//              &{...} for a pointer to a composite at the top level only,
//              interfaces and nested values recursively; methods of nested
//              values are used only if reachable through exported fields,
//              as reflect's CanInterface demands.
//   fmt_*      the formatters of format.go: integers with base, sign,
//              precision and zero padding; floats through rt_format_float
//              (strconv's shortest 'g' for %v); strings with %s %q %x;
//              padding counts runes, not bytes.
//
// Maps print with their keys sorted as Go's internal/fmtsort sorts them
// (rt_map_sorted, fmtsort.c).
//
// Not done: %#v Go syntax beyond the simple cases,
// the '#' flag on floats beyond forcing a decimal point.
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime.h"

// ---------------------------------------------------------------- buffers

void rt_buf_put(RtBuf *b, const void *p, size_t n) {
    if (b->n + n > b->cap) {
        size_t c = b->cap ? b->cap * 2 : 256;
        while (c < b->n + n) c *= 2;
        b->p = realloc(b->p, c);
        if (!b->p) rt_fatal("out of memory");
        b->cap = c;
    }
    if (n) memcpy(b->p + b->n, p, n);
    b->n += n;
}

void rt_buf_puts(RtBuf *b, const char *s) {
    rt_buf_put(b, s, strlen(s));
}

static void buf_byte(RtBuf *b, char c) {
    rt_buf_put(b, &c, 1);
}

void rt_buf_free(RtBuf *b) {
    free(b->p);
    *b = (RtBuf){0};
}

GoString rt_make_string(const void *p, int64_t n) {
    if (n <= 0) return (GoString){NULL, 0};
    uint8_t *s = gc_alloc(n, NULL);
    memcpy(s, p, (size_t)n);
    return (GoString){s, n};
}

static void buf_rune(RtBuf *b, int32_t r) {
    uint8_t tmp[4];
    rt_buf_put(b, tmp, (size_t)rt_encoderune(tmp, r));
}

static int64_t rune_count(const char *p, size_t n) {
    int64_t c = 0;
    for (int64_t i = 0; i < (int64_t)n;) {
        rt_decoderune((const uint8_t *)p, (int64_t)n, i, &i);
        c++;
    }
    return c;
}

// ---------------------------------------------------------------- quoting

// strconv.IsPrint: unicode.IsPrint, from the generated table (unicode_print.c).
static bool is_print(int32_t r) { return rt_unicode_is_print(r); }

static void quote_rune_body(RtBuf *b, int32_t r, int width, char q, bool ascii) {
    static const char hex[] = "0123456789abcdef";
    char t[12];
    if (width == 1 && r == 0xFFFD) {
        return;  // handled by the caller, which knows the byte
    }
    if (r == q || r == '\\') {
        buf_byte(b, '\\');
        buf_byte(b, (char)r);
        return;
    }
    if (ascii ? (r < 0x7F && is_print(r)) : is_print(r)) {
        buf_rune(b, r);
        return;
    }
    switch (r) {
    case '\a': rt_buf_puts(b, "\\a"); return;
    case '\b': rt_buf_puts(b, "\\b"); return;
    case '\f': rt_buf_puts(b, "\\f"); return;
    case '\n': rt_buf_puts(b, "\\n"); return;
    case '\r': rt_buf_puts(b, "\\r"); return;
    case '\t': rt_buf_puts(b, "\\t"); return;
    case '\v': rt_buf_puts(b, "\\v"); return;
    }
    if (r < ' ' || r == 0x7F) {
        t[0] = '\\', t[1] = 'x', t[2] = hex[(r >> 4) & 15], t[3] = hex[r & 15];
        rt_buf_put(b, t, 4);
    } else if (r < 0x10000) {
        snprintf(t, sizeof t, "\\u%04x", (unsigned)r);
        rt_buf_puts(b, t);
    } else {
        snprintf(t, sizeof t, "\\U%08x", (unsigned)r);
        rt_buf_puts(b, t);
    }
}

static void quote_with(RtBuf *b, const uint8_t *s, int64_t n, bool ascii) {
    static const char hex[] = "0123456789abcdef";
    buf_byte(b, '"');
    for (int64_t i = 0; i < n;) {
        int64_t next;
        int32_t r = rt_decoderune(s, n, i, &next);
        if (r == 0xFFFD && next - i == 1) {
            char t[4] = {'\\', 'x', hex[s[i] >> 4], hex[s[i] & 15]};
            rt_buf_put(b, t, 4);
        } else {
            quote_rune_body(b, r, (int)(next - i), '"', ascii);
        }
        i = next;
    }
    buf_byte(b, '"');
}

void rt_quote(RtBuf *b, const uint8_t *s, int64_t n) {
    quote_with(b, s, n, false);
}

static void quote_rune(RtBuf *b, int32_t r, bool ascii) {
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
    buf_byte(b, '\'');
    quote_rune_body(b, r, 0, '\'', ascii);
    buf_byte(b, '\'');
}

// strconv.CanBackquote
static bool can_backquote(const uint8_t *s, int64_t n) {
    for (int64_t i = 0; i < n;) {
        int64_t next;
        int32_t r = rt_decoderune(s, n, i, &next);
        if (r == 0xFFFD && next - i == 1) return false;
        if (r == '`' || r == 0xFEFF) return false;
        if (r < ' ' && r != '\t') return false;
        if (r == 0x7F) return false;
        i = next;
    }
    return true;
}

// ---------------------------------------------------------------- the formatter state

typedef struct Fmt {
    bool minus, plus, sharp, space, zero, plus_v, sharp_v;
    bool wid_present, prec_present;
    int64_t wid, prec;
} Fmt;

typedef struct Printer {
    RtBuf buf;
    Fmt f;
    bool erroring;       // printing a bad-verb report: no methods
} Printer;

static void write_padding(Printer *p, int64_t n) {
    char c = p->f.zero && !p->f.minus ? '0' : ' ';
    for (int64_t i = 0; i < n; i++) buf_byte(&p->buf, c);
}

static void pad(Printer *p, const char *s, size_t n) {
    if (!p->f.wid_present || p->f.wid == 0) {
        rt_buf_put(&p->buf, s, n);
        return;
    }
    int64_t width = p->f.wid - rune_count(s, n);
    if (!p->f.minus) write_padding(p, width);
    rt_buf_put(&p->buf, s, n);
    if (p->f.minus) write_padding(p, width);
}

static void pad_str(Printer *p, const char *s) {
    pad(p, s, strlen(s));
}

// ---------------------------------------------------------------- integers

static const char ldigits[] = "0123456789abcdefx";
static const char udigits[] = "0123456789ABCDEFX";

static void fmt_integer(Printer *p, uint64_t u, int base, bool is_signed, char verb, const char *digits) {
    Fmt *f = &p->f;
    bool negative = is_signed && (int64_t)u < 0;
    if (negative) u = -u;
    int64_t prec = 0;
    if (f->prec_present) {
        prec = f->prec;
        if (prec == 0 && u == 0) {
            bool oz = f->zero;
            f->zero = false;
            write_padding(p, f->wid);
            f->zero = oz;
            return;
        }
    } else if (f->zero && !f->minus && f->wid_present) {
        prec = f->wid;
        if (negative || f->plus || f->space) prec--;
    }
    size_t cap = (size_t)(80 + (prec > 0 ? prec : 0));
    char small[100], *buf = cap <= sizeof small ? small : malloc(cap);
    size_t i = cap;
    while (u >= (uint64_t)base) {
        buf[--i] = digits[u % (uint64_t)base];
        u /= (uint64_t)base;
    }
    buf[--i] = digits[u];
    while (i > 0 && prec > (int64_t)(cap - i)) buf[--i] = '0';
    if (f->sharp) {
        if (base == 2) buf[--i] = 'b', buf[--i] = '0';
        if (base == 8 && buf[i] != '0') buf[--i] = '0';
        if (base == 16) buf[--i] = digits[16], buf[--i] = '0';
    }
    if (verb == 'O') buf[--i] = 'o', buf[--i] = '0';
    if (negative) buf[--i] = '-';
    else if (f->plus) buf[--i] = '+';
    else if (f->space) buf[--i] = ' ';
    bool oz = f->zero;
    f->zero = false;
    pad(p, buf + i, cap - i);
    f->zero = oz;
    if (buf != small) free(buf);
}

static void fmt_0x64(Printer *p, uint64_t v, bool leading0x) {
    bool sharp = p->f.sharp;
    p->f.sharp = leading0x;
    fmt_integer(p, v, 16, false, 'v', ldigits);
    p->f.sharp = sharp;
}

static void fmt_c(Printer *p, uint64_t u) {
    int32_t r = u > 0x10FFFF ? 0xFFFD : (int32_t)u;
    uint8_t t[4];
    pad(p, (const char *)t, (size_t)rt_encoderune(t, r));
}

static void fmt_qc(Printer *p, uint64_t u) {
    RtBuf b = {0};
    quote_rune(&b, u > 0x10FFFF ? 0xFFFD : (int32_t)u, p->f.plus);
    pad(p, b.p, b.n);
    rt_buf_free(&b);
}

static void fmt_unicode(Printer *p, uint64_t u) {
    char t[120];
    int prec = p->f.prec_present && p->f.prec > 4 ? (int)(p->f.prec > 90 ? 90 : p->f.prec) : 4;
    int n = snprintf(t, sizeof t, "U+%0*llX", prec, (unsigned long long)u);
    if (p->f.sharp && u <= 0x10FFFF && is_print((int32_t)u)) {
        t[n++] = ' ', t[n++] = '\'';
        n += (int)rt_encoderune((uint8_t *)t + n, (int32_t)u);
        t[n++] = '\'';
    }
    bool oz = p->f.zero;
    p->f.zero = false;
    pad(p, t, (size_t)n);
    p->f.zero = oz;
}

// ---------------------------------------------------------------- floats

// The # flag on a float (fmt's fmtFloat): always a decimal point, and for
// %g, %G and %x the trailing zeros up to the precision (6 by default) that
// the shortest form dropped: %#g of 1.25 is "1.25000", %#x of 1 "0x1.0000p+00".
// num starts with its sign and has room for prec more digits.
static void sharp_float(char *num, char verb, int prec) {
    int digits = strchr("gGx", verb) ? (prec < 0 ? 6 : prec) : 0;
    char tail[16] = "";
    bool point = false, nonzero = false;
    for (size_t i = 1; num[i]; i++) {
        char c = num[i];
        if (c == '.') {
            point = true;
        } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
            snprintf(tail, sizeof tail, "%s", num + i);
            num[i] = 0;
            break;
        } else {
            nonzero |= c != '0';
            digits -= nonzero;
        }
    }
    size_t n = strlen(num);
    if (!point) {
        if (n == 2 && num[1] == '0') digits--;  // a lone 0 counts once
        num[n++] = '.';
    }
    for (; digits > 0; digits--) num[n++] = '0';
    strcpy(num + n, tail);
}

static void fmt_float_raw(Printer *p, double v, int size, char verb, int prec) {
    Fmt *f = &p->f;
    if (f->prec_present) prec = (int)(f->prec > 700 ? 700 : f->prec);
    // Room for the sign and for the zeros %#g adds (at most the precision).
    char raw[RT_FLOATBUF + 720], *num = raw + 1;
    rt_format_float(num, v, verb, prec, size);
    if (num[0] == '-' || num[0] == '+') {
    } else {
        num = raw;
        num[0] = '+';
    }
    if (f->space && num[0] == '+' && !f->plus) num[0] = ' ';
    if (num[1] == 'I' || num[1] == 'N') {
        bool oz = f->zero;
        f->zero = false;
        if (num[1] == 'N' && !f->space && !f->plus) num++;
        pad_str(p, num);
        f->zero = oz;
        return;
    }
    if (f->sharp && verb != 'b') sharp_float(num, verb, prec);
    size_t len = strlen(num);
    if (f->plus || num[0] != '+') {
        if (f->zero && !f->minus && f->wid_present && f->wid > (int64_t)len) {
            buf_byte(&p->buf, num[0]);
            write_padding(p, f->wid - (int64_t)len);
            rt_buf_puts(&p->buf, num + 1);
            return;
        }
        pad(p, num, len);
        return;
    }
    pad(p, num + 1, len - 1);
}

static void bad_verb(Printer *p, char verb, const GoType *t, const void *v);

static void fmt_float(Printer *p, double v, int size, char verb, const GoType *t, const void *addr) {
    switch (verb) {
    case 'v': fmt_float_raw(p, v, size, 'g', -1); break;
    case 'b': case 'g': case 'G': case 'x': case 'X': fmt_float_raw(p, v, size, verb, -1); break;
    case 'f': case 'e': case 'E': case 'F': fmt_float_raw(p, v, size, verb, 6); break;
    default: bad_verb(p, verb, t, addr);
    }
}

static void fmt_complex(Printer *p, double re, double im, int size, char verb, const GoType *t, const void *addr) {
    if (!strchr("vbgGxXfFeE", verb)) {
        bad_verb(p, verb, t, addr);
        return;
    }
    int prec = (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'b' || verb == 'x' || verb == 'X') ? -1 : 6;
    char fv = verb == 'v' ? 'g' : verb;
    bool op = p->f.plus;
    buf_byte(&p->buf, '(');
    fmt_float_raw(p, re, size, fv, prec);
    p->f.plus = true;
    fmt_float_raw(p, im, size, fv, prec);
    rt_buf_puts(&p->buf, "i)");
    p->f.plus = op;
}

// ---------------------------------------------------------------- strings

// Precision truncates a string to that many runes.
static int64_t truncate_len(Printer *p, const uint8_t *s, int64_t n) {
    if (!p->f.prec_present) return n;
    int64_t i = 0;
    for (int64_t k = 0; k < p->f.prec && i < n; k++) rt_decoderune(s, n, i, &i);
    return i;
}

static void fmt_sbx(Printer *p, const uint8_t *s, int64_t n, const char *digits) {
    Fmt *f = &p->f;
    int64_t length = n;
    if (f->prec_present && f->prec < length) length = f->prec;
    int64_t width = 2 * length;
    if (width > 0) {
        if (f->space) {
            if (f->sharp) width *= 2;
            width += length - 1;
        } else if (f->sharp) {
            width += 2;
        }
    } else {
        if (f->wid_present) write_padding(p, f->wid);
        return;
    }
    if (f->wid_present && f->wid > width && !f->minus) write_padding(p, f->wid - width);
    if (f->sharp) buf_byte(&p->buf, '0'), buf_byte(&p->buf, digits[16]);
    for (int64_t i = 0; i < length; i++) {
        if (f->space && i > 0) {
            buf_byte(&p->buf, ' ');
            if (f->sharp) buf_byte(&p->buf, '0'), buf_byte(&p->buf, digits[16]);
        }
        buf_byte(&p->buf, digits[s[i] >> 4]);
        buf_byte(&p->buf, digits[s[i] & 15]);
    }
    if (f->wid_present && f->wid > width && f->minus) write_padding(p, f->wid - width);
}

static void fmt_q(Printer *p, const uint8_t *s, int64_t n) {
    n = truncate_len(p, s, n);
    RtBuf b = {0};
    if (p->f.sharp && can_backquote(s, n)) {
        buf_byte(&b, '`');
        rt_buf_put(&b, s, (size_t)n);
        buf_byte(&b, '`');
    } else {
        quote_with(&b, s, n, p->f.plus);
    }
    pad(p, b.p, b.n);
    rt_buf_free(&b);
}

static void fmt_string(Printer *p, const uint8_t *s, int64_t n, char verb, const GoType *t, const void *addr) {
    switch (verb) {
    case 'v':
        if (p->f.sharp_v) fmt_q(p, s, n);
        else pad(p, (const char *)s, (size_t)truncate_len(p, s, n));
        break;
    case 's': pad(p, (const char *)s, (size_t)truncate_len(p, s, n)); break;
    case 'x': fmt_sbx(p, s, n, ldigits); break;
    case 'X': fmt_sbx(p, s, n, udigits); break;
    case 'q': fmt_q(p, s, n); break;
    default: bad_verb(p, verb, t, addr);
    }
}

// ---------------------------------------------------------------- values

static void print_value(Printer *p, const GoType *t, const void *addr, char verb, int depth, bool can_iface);
static void print_arg(Printer *p, GoEface arg, char verb);

static const void *eface_addr(const GoEface *e) {
    return rt_is_pointer_shaped(e->type) ? (const void *)&e->data : e->data;
}

static const char *tname(const GoType *t) {
    return t && t->name ? t->name : "?";
}

static void bad_verb(Printer *p, char verb, const GoType *t, const void *addr) {
    p->erroring = true;
    rt_buf_puts(&p->buf, "%!");
    buf_rune(&p->buf, (unsigned char)verb);
    buf_byte(&p->buf, '(');
    if (t) {
        rt_buf_puts(&p->buf, tname(t));
        buf_byte(&p->buf, '=');
        print_value(p, t, addr, 'v', 0, false);
    } else {
        rt_buf_puts(&p->buf, "<nil>");
    }
    buf_byte(&p->buf, ')');
    p->erroring = false;
}

static void fmt_bool(Printer *p, bool v, char verb, const GoType *t, const void *addr) {
    if (verb == 't' || verb == 'v') pad_str(p, v ? "true" : "false");
    else bad_verb(p, verb, t, addr);
}

static void fmt_int_verb(Printer *p, uint64_t v, bool is_signed, char verb, const GoType *t, const void *addr) {
    switch (verb) {
    case 'v':
        if (p->f.sharp_v && !is_signed) fmt_0x64(p, v, true);
        else fmt_integer(p, v, 10, is_signed, verb, ldigits);
        break;
    case 'd': fmt_integer(p, v, 10, is_signed, verb, ldigits); break;
    case 'b': fmt_integer(p, v, 2, is_signed, verb, ldigits); break;
    case 'o': case 'O': fmt_integer(p, v, 8, is_signed, verb, ldigits); break;
    case 'x': fmt_integer(p, v, 16, is_signed, verb, ldigits); break;
    case 'X': fmt_integer(p, v, 16, is_signed, verb, udigits); break;
    case 'c': fmt_c(p, v); break;
    case 'q': fmt_qc(p, v); break;
    case 'U': fmt_unicode(p, v); break;
    default: bad_verb(p, verb, t, addr);
    }
}

static void fmt_pointer(Printer *p, uintptr_t u, char verb, const GoType *t, const void *addr) {
    switch (verb) {
    case 'v':
        if (p->f.sharp_v) {
            buf_byte(&p->buf, '(');
            rt_buf_puts(&p->buf, tname(t));
            rt_buf_puts(&p->buf, ")(");
            if (u == 0) rt_buf_puts(&p->buf, "nil");
            else fmt_0x64(p, u, true);
            buf_byte(&p->buf, ')');
        } else if (u == 0) {
            pad_str(p, "<nil>");
        } else {
            fmt_0x64(p, u, !p->f.sharp);
        }
        break;
    case 'p': fmt_0x64(p, u, !p->f.sharp); break;
    case 'b': case 'o': case 'd': case 'x': case 'X': fmt_int_verb(p, u, false, verb, t, addr); break;
    default: bad_verb(p, verb, t, addr);
    }
}

// Reads an integer of kind k; *is_signed says how to interpret it.
static bool read_int(const GoType *t, const void *a, uint64_t *v, bool *is_signed) {
    *is_signed = true;
    switch (t->kind) {
    case GOKIND_INT: case GOKIND_INT64: *v = (uint64_t)*(const int64_t *)a; return true;
    case GOKIND_INT8: *v = (uint64_t)(int64_t)*(const int8_t *)a; return true;
    case GOKIND_INT16: *v = (uint64_t)(int64_t)*(const int16_t *)a; return true;
    case GOKIND_INT32: *v = (uint64_t)(int64_t)*(const int32_t *)a; return true;
    default: break;
    }
    *is_signed = false;
    switch (t->kind) {
    case GOKIND_UINT: case GOKIND_UINT64: case GOKIND_UINTPTR: *v = *(const uint64_t *)a; return true;
    case GOKIND_UINT8: *v = *(const uint8_t *)a; return true;
    case GOKIND_UINT16: *v = *(const uint16_t *)a; return true;
    case GOKIND_UINT32: *v = *(const uint32_t *)a; return true;
    default: return false;
    }
}

// Error and String methods, for the verbs that print strings.
static bool handle_methods(Printer *p, const GoType *t, const void *addr, char verb) {
    if (p->erroring || p->f.sharp_v || !strchr("vsxXq", verb)) return false;
    const GoMethod *m = rt_find_string_method(t, "Error");
    if (!m) m = rt_find_string_method(t, "String");
    if (!m) return false;
    void *word = rt_is_pointer_shaped(t) ? *(void *const *)addr : (void *)addr;
    if (t->kind == GOKIND_POINTER && !word && (m->derefs || !m->sig)) {
        pad_str(p, "<nil>");  // Go recovers the nil dereference and prints <nil>
        return true;
    }
    GoString s = rt_call_string_method(m, word);
    fmt_string(p, s.ptr, s.len, verb, t, addr);
    return true;
}

static bool exported(const char *name) {
    return name && name[0] >= 'A' && name[0] <= 'Z';
}

static void print_struct(Printer *p, const GoType *t, const uint8_t *a, char verb, int depth, bool can_iface) {
    if (p->f.sharp_v) rt_buf_puts(&p->buf, tname(t));
    buf_byte(&p->buf, '{');
    for (int64_t i = 0; i < t->len; i++) {
        const GoField *fl = &t->fields[i];
        if (i > 0) rt_buf_puts(&p->buf, p->f.sharp_v ? ", " : " ");
        if (p->f.plus_v || p->f.sharp_v) {
            rt_buf_puts(&p->buf, fl->name ? fl->name : "?");
            buf_byte(&p->buf, ':');
        }
        print_value(p, fl->type, a + fl->offset, verb, depth + 1, can_iface && exported(fl->name));
    }
    buf_byte(&p->buf, '}');
}

static bool is_byte_type(const GoType *t) {
    return t && t->kind == GOKIND_UINT8;
}

static void print_list(Printer *p, const GoType *t, const uint8_t *data, int64_t n, bool is_nil, char verb,
                       int depth, bool can_iface) {
    if (is_byte_type(t->elem) && strchr("sqxX", verb)) {
        fmt_string(p, data, n, verb, t, NULL);
        return;
    }
    if (p->f.sharp_v) {
        rt_buf_puts(&p->buf, tname(t));
        if (is_nil) {
            rt_buf_puts(&p->buf, "(nil)");
            return;
        }
        buf_byte(&p->buf, '{');
        for (int64_t i = 0; i < n; i++) {
            if (i > 0) rt_buf_puts(&p->buf, ", ");
            print_value(p, t->elem, data + i * t->elem->size, verb, depth + 1, can_iface);
        }
        buf_byte(&p->buf, '}');
        return;
    }
    buf_byte(&p->buf, '[');
    for (int64_t i = 0; i < n; i++) {
        if (i > 0) buf_byte(&p->buf, ' ');
        print_value(p, t->elem, data + i * t->elem->size, verb, depth + 1, can_iface);
    }
    buf_byte(&p->buf, ']');
}

static void print_pointer_value(Printer *p, const GoType *t, const void *a, char verb, int depth, bool can_iface) {
    void *ptr = *(void *const *)a;
    if (depth == 0 && ptr && t->elem) {
        int k = t->elem->kind;
        if (k == GOKIND_ARRAY || k == GOKIND_SLICE || k == GOKIND_STRUCT || k == GOKIND_MAP) {
            buf_byte(&p->buf, '&');
            print_value(p, t->elem, ptr, verb, depth + 1, can_iface);
            return;
        }
    }
    fmt_pointer(p, (uintptr_t)ptr, verb, t, a);
}

// map[k:v k:v] or, for %#v, map[K]V{k:v, k:v}, keys sorted as fmtsort does.
static void print_map(Printer *p, const GoType *t, GoMap *m, char verb, int depth, bool can_iface) {
    if (p->f.sharp_v) {
        rt_buf_puts(&p->buf, tname(t));
        if (!m) {
            rt_buf_puts(&p->buf, "(nil)");
            return;
        }
        buf_byte(&p->buf, '{');
    } else {
        rt_buf_puts(&p->buf, "map[");
    }
    RtMapEntry *e;
    int64_t n = rt_map_sorted(t, m, &e);
    for (int64_t i = 0; i < n; i++) {
        if (i > 0) rt_buf_puts(&p->buf, p->f.sharp_v ? ", " : " ");
        print_value(p, t->key, e[i].key, verb, depth + 1, can_iface);
        buf_byte(&p->buf, ':');
        print_value(p, t->elem, e[i].elem, verb, depth + 1, can_iface);
    }
    buf_byte(&p->buf, p->f.sharp_v ? '}' : ']');
}

static void print_value(Printer *p, const GoType *t, const void *a, char verb, int depth, bool can_iface) {
    if (depth > 0 && can_iface && handle_methods(p, t, a, verb)) return;
    uint64_t iv;
    bool is_signed;
    if (read_int(t, a, &iv, &is_signed)) {
        fmt_int_verb(p, iv, is_signed, verb, t, a);
        return;
    }
    switch (t->kind) {
    case GOKIND_BOOL: fmt_bool(p, *(const bool *)a, verb, t, a); break;
    case GOKIND_FLOAT32: fmt_float(p, *(const float *)a, 32, verb, t, a); break;
    case GOKIND_FLOAT64: fmt_float(p, *(const double *)a, 64, verb, t, a); break;
    case GOKIND_COMPLEX64:
        fmt_complex(p, ((const float *)a)[0], ((const float *)a)[1], 32, verb, t, a);
        break;
    case GOKIND_COMPLEX128:
        fmt_complex(p, ((const double *)a)[0], ((const double *)a)[1], 64, verb, t, a);
        break;
    case GOKIND_STRING: {
        const GoString *s = a;
        fmt_string(p, s->ptr, s->len, verb, t, a);
        break;
    }
    case GOKIND_STRUCT: print_struct(p, t, a, verb, depth, can_iface); break;
    case GOKIND_ARRAY: print_list(p, t, a, t->len, false, verb, depth, can_iface); break;
    case GOKIND_SLICE: {
        const GoSlice *s = a;
        print_list(p, t, s->ptr, s->len, s->ptr == NULL, verb, depth, can_iface);
        break;
    }
    case GOKIND_INTERFACE: {
        const GoEface *e = a;
        if (!e->type) {
            if (p->f.sharp_v) rt_buf_puts(&p->buf, tname(t)), rt_buf_puts(&p->buf, "(nil)");
            else pad_str(p, "<nil>");
        } else if (can_iface) {
            print_arg(p, *e, verb);
        } else {
            print_value(p, e->type, eface_addr(e), verb, depth + 1, false);
        }
        break;
    }
    case GOKIND_POINTER: print_pointer_value(p, t, a, verb, depth, can_iface); break;
    case GOKIND_MAP: print_map(p, t, *(GoMap *const *)a, verb, depth, can_iface); break;
    case GOKIND_CHAN: case GOKIND_FUNC: case GOKIND_UNSAFE_POINTER:
        fmt_pointer(p, (uintptr_t) * (void *const *)a, verb, t, a);
        break;
    default: rt_buf_puts(&p->buf, "?"); break;
    }
}

static void print_arg(Printer *p, GoEface arg, char verb) {
    if (!arg.type) {
        if (verb == 'T' || verb == 'v') pad_str(p, "<nil>");
        else bad_verb(p, verb, NULL, NULL);
        return;
    }
    const void *a = eface_addr(&arg);
    if (verb == 'T') {
        fmt_string(p, (const uint8_t *)tname(arg.type), (int64_t)strlen(tname(arg.type)), 's', NULL, NULL);
        return;
    }
    if (verb == 'p') {
        if (rt_is_pointer_shaped(arg.type) || arg.type->kind == GOKIND_SLICE)
            fmt_pointer(p, (uintptr_t) * (void *const *)a, 'p', arg.type, a);
        else
            bad_verb(p, verb, arg.type, a);
        return;
    }
    if (handle_methods(p, arg.type, a, verb)) return;
    print_value(p, arg.type, a, verb, 0, true);
}

// ---------------------------------------------------------------- Printf

static bool parse_num(const uint8_t *f, int64_t *i, int64_t end, int64_t *out) {
    int64_t n = 0;
    bool any = false;
    while (*i < end && f[*i] >= '0' && f[*i] <= '9') {
        if (n > 1000000) return false;  // Go's tooLarge guard
        n = n * 10 + (f[*i] - '0');
        any = true;
        (*i)++;
    }
    *out = n;
    return any;
}

typedef struct ArgState {
    GoEface *args;
    int64_t nargs, argnum;
    bool reordered, good_argnum, after_index;
} ArgState;

// %[n]verb: an explicit 1-based argument index.
static void arg_number(ArgState *s, const uint8_t *f, int64_t *i, int64_t end) {
    if (*i >= end || f[*i] != '[') return;
    s->reordered = true;
    int64_t j = *i + 1, n = 0;
    bool ok = false;
    while (j < end && f[j] != ']') {
        if (f[j] < '0' || f[j] > '9') break;
        n = n * 10 + (f[j] - '0');
        ok = true;
        j++;
    }
    if (j >= end || f[j] != ']') {  // no closing bracket: bad index, skip past it
        s->good_argnum = false;
        *i = j;
        return;
    }
    if (!ok || n < 1 || n > s->nargs) s->good_argnum = false;
    else s->argnum = n - 1;
    *i = j + 1;
    s->after_index = true;
}

static bool int_from_arg(ArgState *s, int64_t *out) {
    bool ok = false;
    *out = 0;
    if (s->argnum < s->nargs) {
        GoEface a = s->args[s->argnum];
        uint64_t v;
        bool sg;
        if (a.type && read_int(a.type, eface_addr(&a), &v, &sg)) {
            *out = (int64_t)v;
            ok = sg ? ((int64_t)v > -1000000 && (int64_t)v < 1000000) : v < 1000000;
            if (!ok) *out = 0;
        }
        s->argnum++;
    }
    return ok;
}

static void print_verb_arg(Printer *p, ArgState *s, int32_t verb) {
    if (verb == '%') {
        buf_byte(&p->buf, '%');
    } else if (!s->good_argnum) {
        rt_buf_puts(&p->buf, "%!");
        buf_rune(&p->buf, verb);
        rt_buf_puts(&p->buf, "(BADINDEX)");
    } else if (s->argnum >= s->nargs) {
        rt_buf_puts(&p->buf, "%!");
        buf_rune(&p->buf, verb);
        rt_buf_puts(&p->buf, "(MISSING)");
    } else {
        if (verb == 'v' || verb == 'w') {
            p->f.sharp_v = p->f.sharp;
            p->f.sharp = false;
            p->f.plus_v = p->f.plus;
            p->f.plus = false;
        }
        print_arg(p, s->args[s->argnum], verb > 127 ? '?' : (char)verb);
        s->argnum++;
    }
}

static int64_t parse_flags(Printer *p, const uint8_t *f, int64_t i, int64_t end) {
    for (; i < end; i++) {
        switch (f[i]) {
        case '#': p->f.sharp = true; break;
        case '0': p->f.zero = true; break;
        case '+': p->f.plus = true; break;
        case '-': p->f.minus = true; break;
        case ' ': p->f.space = true; break;
        default: return i;
        }
    }
    return i;
}

static void parse_width(Printer *p, ArgState *s, const uint8_t *f, int64_t *i, int64_t end) {
    if (*i < end && f[*i] == '*') {
        (*i)++;
        p->f.wid_present = int_from_arg(s, &p->f.wid);
        if (!p->f.wid_present) rt_buf_puts(&p->buf, "%!(BADWIDTH)");
        if (p->f.wid < 0) {
            p->f.wid = -p->f.wid;
            p->f.minus = true;
            p->f.zero = false;
        }
        s->after_index = false;
    } else {
        p->f.wid_present = parse_num(f, i, end, &p->f.wid);
        if (s->after_index && p->f.wid_present) s->good_argnum = false;
    }
}

static void parse_prec(Printer *p, ArgState *s, const uint8_t *f, int64_t *i, int64_t end) {
    if (!(*i + 1 < end && f[*i] == '.')) return;
    (*i)++;
    if (s->after_index) s->good_argnum = false;
    s->after_index = false;
    arg_number(s, f, i, end);
    if (*i < end && f[*i] == '*') {
        (*i)++;
        p->f.prec_present = int_from_arg(s, &p->f.prec);
        if (p->f.prec < 0) p->f.prec = 0, p->f.prec_present = false;
        if (!p->f.prec_present) rt_buf_puts(&p->buf, "%!(BADPREC)");
        s->after_index = false;
    } else {
        p->f.prec_present = parse_num(f, i, end, &p->f.prec);
        if (!p->f.prec_present) p->f.prec = 0, p->f.prec_present = true;
    }
}

static void print_extra(Printer *p, ArgState *s) {
    p->f = (Fmt){0};
    rt_buf_puts(&p->buf, "%!(EXTRA ");
    for (int64_t i = s->argnum; i < s->nargs; i++) {
        if (i > s->argnum) rt_buf_puts(&p->buf, ", ");
        GoEface a = s->args[i];
        if (!a.type) {
            rt_buf_puts(&p->buf, "<nil>");
            continue;
        }
        rt_buf_puts(&p->buf, tname(a.type));
        buf_byte(&p->buf, '=');
        print_arg(p, a, 'v');
    }
    buf_byte(&p->buf, ')');
}

static void do_printf(Printer *p, const uint8_t *f, int64_t end, GoEface *args, int64_t nargs) {
    ArgState s = {args, nargs, 0, false, true, false};
    for (int64_t i = 0; i < end;) {
        s.good_argnum = true;
        int64_t last = i;
        while (i < end && f[i] != '%') i++;
        if (i > last) rt_buf_put(&p->buf, f + last, (size_t)(i - last));
        if (i >= end) break;
        i++;
        p->f = (Fmt){0};
        i = parse_flags(p, f, i, end);
        s.after_index = false;
        arg_number(&s, f, &i, end);
        parse_width(p, &s, f, &i, end);
        parse_prec(p, &s, f, &i, end);
        if (!s.after_index) arg_number(&s, f, &i, end);
        if (i >= end) {
            rt_buf_puts(&p->buf, "%!(NOVERB)");
            break;
        }
        int64_t next;
        int32_t verb = rt_decoderune(f, end, i, &next);
        i = next;
        print_verb_arg(p, &s, verb);
    }
    if (!s.reordered && s.argnum < nargs) print_extra(p, &s);
}

static bool is_string_arg(GoEface a) {
    return a.type && a.type->kind == GOKIND_STRING;
}

static void do_print(Printer *p, GoEface *args, int64_t nargs) {
    bool prev_string = false;
    for (int64_t i = 0; i < nargs; i++) {
        bool is_str = is_string_arg(args[i]);
        if (i > 0 && !is_str && !prev_string) buf_byte(&p->buf, ' ');
        p->f = (Fmt){0};
        print_arg(p, args[i], 'v');
        prev_string = is_str;
    }
}

static void do_println(Printer *p, GoEface *args, int64_t nargs) {
    for (int64_t i = 0; i < nargs; i++) {
        if (i > 0) buf_byte(&p->buf, ' ');
        p->f = (Fmt){0};
        print_arg(p, args[i], 'v');
    }
    buf_byte(&p->buf, '\n');
}

// ---------------------------------------------------------------- entry points

static int64_t emit(Printer *p) {
    int64_t n = (int64_t)p->buf.n;
    rt_write(1, p->buf.p, p->buf.n);
    rt_buf_free(&p->buf);
    return n;
}

static GoString to_string(Printer *p) {
    GoString s = rt_make_string(p->buf.p, (int64_t)p->buf.n);
    rt_buf_free(&p->buf);
    return s;
}

int64_t rt_fmt_print(GoEface *args, int64_t nargs) {
    Printer p = {0};
    do_print(&p, args, nargs);
    return emit(&p);
}

int64_t rt_fmt_println(GoEface *args, int64_t nargs) {
    Printer p = {0};
    do_println(&p, args, nargs);
    return emit(&p);
}

int64_t rt_fmt_printf(const uint8_t *f, int64_t flen, GoEface *args, int64_t nargs) {
    Printer p = {0};
    do_printf(&p, f, flen, args, nargs);
    return emit(&p);
}

GoString rt_fmt_sprint(GoEface *args, int64_t nargs) {
    Printer p = {0};
    do_print(&p, args, nargs);
    return to_string(&p);
}

GoString rt_fmt_sprintln(GoEface *args, int64_t nargs) {
    Printer p = {0};
    do_println(&p, args, nargs);
    return to_string(&p);
}

GoString rt_fmt_sprintf(const uint8_t *f, int64_t flen, GoEface *args, int64_t nargs) {
    Printer p = {0};
    do_printf(&p, f, flen, args, nargs);
    return to_string(&p);
}
