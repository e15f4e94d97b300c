// lexer.c: Go's tokens, with automatic semicolon insertion.
//
// The lexer turns one registered source file (diag_file(file)->text) into a
// stream of Tokens, one per call of lexer_next.  It follows the Go spec's
// "Lexical elements" and mirrors the gc scanner (cmd/compile/internal/syntax,
// scanner.go and source.go) closely, so that positions and error messages are
// the ones gc prints.
//
// Model.  The lexer reads one character (a decoded UTF-8 rune) at a time into
// `ch`, tracking its byte offset, 0-based line and 0-based byte column.
// Columns count bytes, not runes, as gc does.  Errors about a character are
// reported at that character; errors about a whole literal at its start.
//
// Semicolons (spec: Semicolons).  After a token that may end a statement
// (identifier, literal, break/continue/fallthrough/return, ++ -- ) ] }) the
// flag nlsemi is set; the next newline, a block comment spanning lines, or the
// end of the file then yields a TOK_SEMICOLON with auto_semi set, whose lit is
// "newline" or "EOF" for messages.  Explicit ';' has lit "semicolon".
//
// Invariants.  Every Token has an arena-allocated, NUL-terminated lit.
// TOK_STRING carries the decoded bytes in sval/slen (escapes decoded, \u
// escapes encoded as UTF-8, CRs removed from raw strings); TOK_CHAR carries
// the decoded rune.  A literal with an error still yields its token (with
// whatever was decoded), so the parser keeps going.
//
// Example:   x := a[i]++  // c
//   IDENT "x" 1:1, DEFINE 1:3, IDENT "a" 1:6, LBRACK, IDENT "i", RBRACK,
//   INC 1:10, SEMICOLON (auto, "newline") 1:22, EOF.
#include "frontend.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

// A rune value for "end of input", as gc's scanner uses -1.
enum { CH_EOF = -1 };

struct Lexer {
    int file;
    const char *src;
    size_t len;
    size_t r;       // offset of the byte after ch
    int32_t ch;     // current character, CH_EOF at the end
    int chw;        // byte width of ch
    int line, col;  // 0-based position of ch
    bool nlsemi;    // a newline now becomes a semicolon
    int err_line;   // line and text of the last error reported, for lex_error
    const char *err_msg;
    int nerrors;    // errors found (reported or dropped as repeats): marks bad tokens
};

// Reports a lexical error.  Like gc (base.ErrorfAt), an error whose text
// equals the previous one on the same line is dropped:  "1_ + 2_" reports
// one "'_' must separate successive digits".
static void lex_error(Lexer *lx, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void lex_error(Lexer *lx, Pos pos, const char *fmt, ...) {
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    lx->nerrors++;
    if (lx->err_msg && lx->err_line == pos.line && strcmp(lx->err_msg, msg) == 0)
        return;
    lx->err_line = pos.line;
    lx->err_msg = arena_strdup(msg);
    diag_error(pos, "%s", msg);
}

static Pos lx_pos(Lexer *lx) {
    return (Pos){lx->file, lx->line + 1, lx->col + 1};
}

// Formats a rune as Go's %#U does: U+0040 '@' (no quoted form when not printable).
static const char *fmt_U(int32_t r) {
    char buf[8] = {0};
    if (r >= 0x20 && r < 0x7f) {
        buf[0] = (char)r;
    } else if (r >= 0xa0 && r <= 0x10ffff && !(r >= 0xd800 && r < 0xe000)) {
        // encoded below; non-ASCII printable runes are shown quoted as gc does
        int n = 0;
        if (r < 0x800) {
            buf[n++] = (char)(0xc0 | (r >> 6));
        } else if (r < 0x10000) {
            buf[n++] = (char)(0xe0 | (r >> 12));
            buf[n++] = (char)(0x80 | ((r >> 6) & 0x3f));
        } else {
            buf[n++] = (char)(0xf0 | (r >> 18));
            buf[n++] = (char)(0x80 | ((r >> 12) & 0x3f));
            buf[n++] = (char)(0x80 | ((r >> 6) & 0x3f));
        }
        buf[n++] = (char)(0x80 | (r & 0x3f));
    }
    if (buf[0])
        return arena_sprintf("U+%04X '%s'", (unsigned)r, buf);
    return arena_sprintf("U+%04X", (unsigned)r);
}

// Formats a character as Go's %q does for a rune: 'x', '\n', '\x00'.
static const char *fmt_q(int32_t r) {
    switch (r) {
    case '\n': return "'\\n'";
    case '\t': return "'\\t'";
    case '\r': return "'\\r'";
    case '\'': return "'\\''";
    case '\\': return "'\\\\'";
    }
    if (r >= 0x20 && r < 0x7f)
        return arena_sprintf("'%c'", (char)r);
    if (r < 0x80)
        return arena_sprintf("'\\x%02x'", (unsigned)r);
    return arena_sprintf("'\\u%04x'", (unsigned)r);
}

// Decodes one UTF-8 sequence at s[0..n); returns the rune (0xFFFD when
// invalid) and stores its width (at least 1).
static int32_t utf8_decode(const unsigned char *s, size_t n, int *width) {
    unsigned c = s[0];
    int need;
    int32_t r;
    if (c < 0x80) {
        *width = 1;
        return (int32_t)c;
    } else if (c >= 0xc2 && c < 0xe0) {
        need = 1, r = c & 0x1f;
    } else if (c >= 0xe0 && c < 0xf0) {
        need = 2, r = c & 0x0f;
    } else if (c >= 0xf0 && c < 0xf5) {
        need = 3, r = c & 0x07;
    } else {
        *width = 1;
        return -2;  // invalid
    }
    if ((size_t)need >= n) {
        *width = 1;
        return -2;
    }
    for (int i = 1; i <= need; i++) {
        if ((s[i] & 0xc0) != 0x80) {
            *width = 1;
            return -2;
        }
        r = (r << 6) | (s[i] & 0x3f);
    }
    static const int32_t min[4] = {0, 0x80, 0x800, 0x10000};
    if (r < min[need] || r > 0x10ffff || (r >= 0xd800 && r < 0xe000)) {
        *width = 1;
        return -2;
    }
    *width = need + 1;
    return r;
}

// Appends the UTF-8 encoding of r to buf; returns the number of bytes.
static int utf8_encode(char *buf, int32_t r) {
    if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r < 0xe000))
        r = 0xfffd;
    if (r < 0x80) {
        buf[0] = (char)r;
        return 1;
    }
    if (r < 0x800) {
        buf[0] = (char)(0xc0 | (r >> 6));
        buf[1] = (char)(0x80 | (r & 0x3f));
        return 2;
    }
    if (r < 0x10000) {
        buf[0] = (char)(0xe0 | (r >> 12));
        buf[1] = (char)(0x80 | ((r >> 6) & 0x3f));
        buf[2] = (char)(0x80 | (r & 0x3f));
        return 3;
    }
    buf[0] = (char)(0xf0 | (r >> 18));
    buf[1] = (char)(0x80 | ((r >> 12) & 0x3f));
    buf[2] = (char)(0x80 | ((r >> 6) & 0x3f));
    buf[3] = (char)(0x80 | (r & 0x3f));
    return 4;
}

// Advances to the next character, as gc's source.nextch: NULs, invalid UTF-8
// and a BOM after the start are reported and (for NUL) skipped.
static void nextch(Lexer *lx) {
redo:
    lx->col += lx->chw;
    if (lx->ch == '\n') {
        lx->line++;
        lx->col = 0;
    }
    if (lx->r >= lx->len) {
        lx->ch = CH_EOF;
        lx->chw = 0;
        return;
    }
    const unsigned char *s = (const unsigned char *)lx->src + lx->r;
    if (s[0] < 0x80) {
        lx->ch = s[0];
        lx->chw = 1;
        lx->r++;
        if (lx->ch == 0) {
            lex_error(lx, lx_pos(lx), "invalid NUL character");
            goto redo;
        }
        return;
    }
    int w;
    int32_t r = utf8_decode(s, lx->len - lx->r, &w);
    lx->r += (size_t)w;
    lx->chw = w;
    if (r == -2) {
        lex_error(lx, lx_pos(lx), "invalid UTF-8 encoding");
        lx->ch = 0xfffd;
        return;
    }
    lx->ch = r;
    if (r == 0xfeff) {
        if (lx->line > 0 || lx->col > 0)
            lex_error(lx, lx_pos(lx), "invalid BOM in the middle of the file");
        goto redo;
    }
}

Lexer *lexer_new(int file) {
    const SourceFile *f = diag_file(file);
    Lexer *lx = NEW(Lexer);
    lx->file = file;
    lx->src = f ? f->text : "";
    lx->len = f ? f->len : 0;
    lx->ch = ' ';  // a harmless previous character
    lx->chw = 0;
    nextch(lx);
    lx->col = 0;  // undo any width counted for the fake previous character
    return lx;
}

static bool is_letter(int32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
static bool is_decimal(int32_t c) { return c >= '0' && c <= '9'; }
static bool is_hex(int32_t c) {
    return is_decimal(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static int32_t lower(int32_t c) { return ('a' - 'A') | c; }

// Unicode decimal digits (category Nd) outside ASCII: the common blocks.
// An approximation of unicode.IsDigit that covers the scripts seen in practice.
static bool is_unicode_digit(int32_t c) {
    static const int32_t zeros[] = {0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66,
                                    0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0xf20, 0x1040,
                                    0x17e0, 0x1810, 0xff10};
    for (size_t i = 0; i < sizeof zeros / sizeof zeros[0]; i++)
        if (c >= zeros[i] && c < zeros[i] + 10)
            return true;
    return false;
}

// An approximation of unicode.IsLetter for non-ASCII runes: everything except
// the Latin-1 symbols, general punctuation, symbols and private-use blocks.
static bool is_unicode_letter(int32_t c) {
    if (c < 0x80)
        return is_letter(c) && c != '_';
    if (c < 0xc0)
        return c == 0xaa || c == 0xb5 || c == 0xba;
    if (c == 0xd7 || c == 0xf7)
        return false;
    if (c >= 0x300 && c < 0x370)  // combining diacritical marks (category Mn)
        return false;
    if (c >= 0x2000 && c < 0x2c00)  // punctuation, symbols, arrows, math, boxes...
        return (c >= 0x2070 && c < 0x2100 && (c == 0x2071 || c == 0x207f)) ||
               (c >= 0x2100 && c < 0x2150 && c != 0x2118 && c != 0x2140);
    if (c >= 0x3000 && c < 0x3040)  // CJK punctuation
        return c == 0x3005 || c == 0x3006;
    if (c >= 0xd800 && c < 0xf900)  // surrogates, private use
        return false;
    if (c >= 0xfe00 && c < 0xfe70)
        return false;
    if (c >= 0xff00 && c < 0xff21)  // fullwidth punctuation and digits
        return false;
    if (c >= 0x1f000 && c < 0x20000)  // emoji and symbols
        return false;
    if (c == 0xfeff || c == 0xfffd)
        return false;
    return !is_unicode_digit(c);
}

// Is ch allowed in an identifier?  Reports gc's errors for digits at the start
// and for non-letters, but accepts them to keep the identifier whole.
static bool at_ident_char(Lexer *lx, bool first) {
    int32_t c = lx->ch;
    if (is_letter(c) || is_decimal(c)) {
        return !(first && is_decimal(c));
    }
    if (c < 0x80)
        return false;
    if (is_unicode_letter(c))
        return true;
    if (is_unicode_digit(c)) {
        if (first)
            lex_error(lx, lx_pos(lx), "identifier cannot begin with digit %s", fmt_U(c));
        return true;
    }
    lex_error(lx, lx_pos(lx), "invalid character %s in identifier", fmt_U(c));
    return true;
}

// The keywords, indexed from TOK_BREAK.
static const char *const keywords[] = {
    "break", "case", "chan", "const", "continue", "default", "defer", "else",
    "fallthrough", "for", "func", "go", "goto", "if", "import", "interface",
    "map", "package", "range", "return", "select", "struct", "switch", "type", "var",
};

static const char *const tok_names[TOK_COUNT] = {
    [TOK_EOF] = "EOF", [TOK_ILLEGAL] = "ILLEGAL", [TOK_IDENT] = "identifier",
    [TOK_INT] = "literal", [TOK_FLOAT] = "literal", [TOK_IMAG] = "literal",
    [TOK_CHAR] = "literal", [TOK_STRING] = "literal",
    [TOK_ADD] = "+", [TOK_SUB] = "-", [TOK_MUL] = "*", [TOK_QUO] = "/", [TOK_REM] = "%",
    [TOK_AND] = "&", [TOK_OR] = "|", [TOK_XOR] = "^", [TOK_SHL] = "<<", [TOK_SHR] = ">>",
    [TOK_AND_NOT] = "&^",
    [TOK_ADD_ASSIGN] = "+=", [TOK_SUB_ASSIGN] = "-=", [TOK_MUL_ASSIGN] = "*=",
    [TOK_QUO_ASSIGN] = "/=", [TOK_REM_ASSIGN] = "%=", [TOK_AND_ASSIGN] = "&=",
    [TOK_OR_ASSIGN] = "|=", [TOK_XOR_ASSIGN] = "^=", [TOK_SHL_ASSIGN] = "<<=",
    [TOK_SHR_ASSIGN] = ">>=", [TOK_AND_NOT_ASSIGN] = "&^=",
    [TOK_LAND] = "&&", [TOK_LOR] = "||", [TOK_ARROW] = "<-", [TOK_INC] = "++", [TOK_DEC] = "--",
    [TOK_EQL] = "==", [TOK_LSS] = "<", [TOK_GTR] = ">", [TOK_ASSIGN] = "=", [TOK_NOT] = "!",
    [TOK_NEQ] = "!=", [TOK_LEQ] = "<=", [TOK_GEQ] = ">=", [TOK_DEFINE] = ":=",
    [TOK_ELLIPSIS] = "...",
    [TOK_LPAREN] = "(", [TOK_LBRACK] = "[", [TOK_LBRACE] = "{", [TOK_COMMA] = ",",
    [TOK_PERIOD] = ".", [TOK_RPAREN] = ")", [TOK_RBRACK] = "]", [TOK_RBRACE] = "}",
    [TOK_SEMICOLON] = ";", [TOK_COLON] = ":", [TOK_TILDE] = "~",
};

const char *tok_string(TokKind kind) {
    if (kind >= TOK_BREAK && kind < TOK_COUNT)
        return keywords[kind - TOK_BREAK];
    if ((int)kind < 0 || kind >= TOK_COUNT || !tok_names[kind])
        return "?";
    return tok_names[kind];
}

// identifier = letter { letter | unicode_digit } .   (spec: Identifiers, Keywords)
bool lexer_valid_ident(const char *name) {
    const unsigned char *s = (const unsigned char *)name;
    size_t n = strlen(name);
    for (size_t i = 0; i < n;) {
        int w;
        int32_t c = utf8_decode(s + i, n - i, &w);
        if (!(is_letter(c) || is_unicode_letter(c) || (i > 0 && (is_decimal(c) || is_unicode_digit(c)))))
            return false;
        i += (size_t)w;
    }
    return n > 0;
}

static void lex_ident(Lexer *lx, Token *t, size_t start) {
    while (lx->ch >= 0 && at_ident_char(lx, false))
        nextch(lx);
    size_t end = lx->r - (size_t)lx->chw;
    t->lit = arena_strndup(lx->src + start, end - start);
    t->kind = TOK_IDENT;
    for (int k = TOK_BREAK; k < TOK_COUNT; k++) {
        if (strcmp(t->lit, keywords[k - TOK_BREAK]) == 0) {
            t->kind = (TokKind)k;
            break;
        }
    }
    lx->nlsemi = t->kind == TOK_IDENT || t->kind == TOK_BREAK || t->kind == TOK_CONTINUE ||
                 t->kind == TOK_FALLTHROUGH || t->kind == TOK_RETURN;
}

static const char *base_name(int base) {
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    }
    return "hexadecimal";
}

// digits accepts { digit | '_' }; returns bit 0 when a digit was seen and
// bit 1 when a separator was.  For base <= 10 it records the offset of the
// first digit >= base in *invalid.
static int lex_digits(Lexer *lx, int base, size_t start, long *invalid) {
    int digsep = 0;
    if (base <= 10) {
        int32_t max = '0' + base;
        while (is_decimal(lx->ch) || lx->ch == '_') {
            int ds = 1;
            if (lx->ch == '_')
                ds = 2;
            else if (lx->ch >= max && invalid && *invalid < 0)
                *invalid = (long)(lx->r - 1 - start);
            digsep |= ds;
            nextch(lx);
        }
    } else {
        while (is_hex(lx->ch) || lx->ch == '_') {
            digsep |= lx->ch == '_' ? 2 : 1;
            nextch(lx);
        }
    }
    return digsep;
}

// Returns the index of the first misplaced '_' in the literal x, or -1
// (a direct port of gc's invalidSep).
static long invalid_sep(const char *x) {
    int32_t x1 = ' ', d = '.';
    long i = 0, n = (long)strlen(x);
    if (n >= 2 && x[0] == '0') {
        x1 = lower(x[1]);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
            d = '0';
            i = 2;
        }
    }
    for (; i < n; i++) {
        int32_t p = d;
        d = x[i];
        if (d == '_') {
            if (p != '0')
                return i;
        } else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
            d = '0';
        } else {
            if (p == '_')
                return i - 1;
            d = '.';
        }
    }
    return d == '_' ? n - 1 : -1;
}

// int_lit, float_lit, imaginary_lit  (spec: Integer/Floating-point/Imaginary literals)
static void lex_number(Lexer *lx, Token *t, size_t start, bool seen_point) {
    bool ok = true;
    TokKind kind = TOK_INT;
    int base = 10;
    int32_t prefix = 0;
    int digsep = 0;
    long invalid = -1;

    if (!seen_point) {
        if (lx->ch == '0') {
            nextch(lx);
            switch (lower(lx->ch)) {
            case 'x': nextch(lx); base = 16, prefix = 'x'; break;
            case 'o': nextch(lx); base = 8, prefix = 'o'; break;
            case 'b': nextch(lx); base = 2, prefix = 'b'; break;
            default: base = 8, prefix = '0', digsep = 1;
            }
        }
        digsep |= lex_digits(lx, base, start, &invalid);
        if (lx->ch == '.') {
            if (prefix == 'o' || prefix == 'b') {
                lex_error(lx, lx_pos(lx), "invalid radix point in %s literal", base_name(base));
                ok = false;
            }
            nextch(lx);
            seen_point = true;
        }
    }
    if (seen_point) {
        kind = TOK_FLOAT;
        digsep |= lex_digits(lx, base, start, &invalid);
    }
    if ((digsep & 1) == 0 && ok) {
        lex_error(lx, lx_pos(lx), "%s literal has no digits", base_name(base));
        ok = false;
    }
    int32_t e = lower(lx->ch);
    if (e == 'e' || e == 'p') {
        if (ok) {
            if (e == 'e' && prefix != 0 && prefix != '0') {
                lex_error(lx, lx_pos(lx), "%s exponent requires decimal mantissa", fmt_q(lx->ch));
                ok = false;
            } else if (e == 'p' && prefix != 'x') {
                lex_error(lx, lx_pos(lx), "%s exponent requires hexadecimal mantissa", fmt_q(lx->ch));
                ok = false;
            }
        }
        nextch(lx);
        kind = TOK_FLOAT;
        if (lx->ch == '+' || lx->ch == '-')
            nextch(lx);
        digsep = lex_digits(lx, 10, start, NULL) | (digsep & 2);
        if ((digsep & 1) == 0 && ok) {
            lex_error(lx, lx_pos(lx), "exponent has no digits");
            ok = false;
        }
    } else if (prefix == 'x' && kind == TOK_FLOAT && ok) {
        lex_error(lx, lx_pos(lx), "hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }
    if (lx->ch == 'i') {
        kind = TOK_IMAG;
        nextch(lx);
    }
    size_t end = lx->r - (size_t)lx->chw;
    t->lit = arena_strndup(lx->src + start, end - start);
    t->kind = kind;
    lx->nlsemi = true;
    if (kind == TOK_INT && invalid >= 0 && ok) {
        Pos p = t->pos;
        p.col += (int)invalid;
        lex_error(lx, p, "invalid digit %s in %s literal", fmt_q(t->lit[invalid]), base_name(base));
        ok = false;
    }
    if ((digsep & 2) && ok) {
        long i = invalid_sep(t->lit);
        if (i >= 0) {
            Pos p = t->pos;
            p.col += (int)i;
            lex_error(lx, p, "'_' must separate successive digits");
        }
    }
}

// A growing byte buffer for decoded string contents.
typedef struct Buf {
    char *data;
    size_t len, cap;
} Buf;

static void buf_put(Buf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 32;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *d = arena_alloc(cap);
        if (b->len)
            memcpy(d, b->data, b->len);
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

static void buf_rune(Buf *b, int32_t r) {
    char tmp[4];
    buf_put(b, tmp, (size_t)utf8_encode(tmp, r));
}

// Appends the current character's source bytes to b and advances.
static void buf_take(Lexer *lx, Buf *b) {
    buf_put(b, lx->src + lx->r - lx->chw, (size_t)lx->chw);
    nextch(lx);
}

// Decodes one escape after the backslash (spec: Rune literals).  Adds its
// value to b: raw bytes for \x and octal, UTF-8 for the others.  Returns false
// after reporting an error.
static bool lex_escape(Lexer *lx, int32_t quote, Buf *b, int32_t *value) {
    int n;
    uint32_t base, max;
    int32_t c = lx->ch;
    int32_t simple = -1;
    switch (c) {
    case 'a': simple = '\a'; break;
    case 'b': simple = '\b'; break;
    case 'f': simple = '\f'; break;
    case 'n': simple = '\n'; break;
    case 'r': simple = '\r'; break;
    case 't': simple = '\t'; break;
    case 'v': simple = '\v'; break;
    case '\\': simple = '\\'; break;
    }
    if (c == quote)
        simple = quote;
    if (simple >= 0) {
        nextch(lx);
        *value = simple;
        buf_rune(b, simple);
        return true;
    }
    if (c >= '0' && c <= '7') {
        n = 3, base = 8, max = 255;
    } else if (c == 'x') {
        nextch(lx);
        n = 2, base = 16, max = 255;
    } else if (c == 'u') {
        nextch(lx);
        n = 4, base = 16, max = 0x10ffff;
    } else if (c == 'U') {
        nextch(lx);
        n = 8, base = 16, max = 0x10ffff;
    } else {
        if (c < 0)
            return true;  // the caller complains about the end of file
        lex_error(lx, lx_pos(lx), "unknown escape");
        return false;
    }
    uint32_t x = 0;
    for (int i = n; i > 0; i--) {
        if (lx->ch < 0)
            return true;
        uint32_t d = base;
        if (is_decimal(lx->ch))
            d = (uint32_t)(lx->ch - '0');
        else if (lower(lx->ch) >= 'a' && lower(lx->ch) <= 'f')
            d = (uint32_t)(lower(lx->ch) - 'a' + 10);
        if (d >= base) {
            lex_error(lx, lx_pos(lx), "invalid character %s in %s escape", fmt_q(lx->ch),
                       base_name((int)base));
            return false;
        }
        x = x * base + d;
        nextch(lx);
    }
    if (x > max && base == 8) {
        lex_error(lx, lx_pos(lx), "octal escape value %u > 255", x);
        return false;
    }
    if (x > max || (x >= 0xd800 && x < 0xe000)) {
        lex_error(lx, lx_pos(lx), "escape is invalid Unicode code point %s", fmt_U((int32_t)x));
        return false;
    }
    *value = (int32_t)x;
    if (max == 255) {
        char byte = (char)x;
        buf_put(b, &byte, 1);
    } else {
        buf_rune(b, (int32_t)x);
    }
    return true;
}

// rune_lit = "'" ( unicode_value | byte_value ) "'" .   (spec: Rune literals)
static void lex_rune(Lexer *lx, Token *t, size_t start) {
    bool ok = true;
    Buf b = {0};
    int32_t value = 0;
    nextch(lx);
    for (int n = 0;; n++) {
        if (lx->ch == '\'') {
            if (ok) {
                if (n == 0) {
                    lex_error(lx, lx_pos(lx), "empty rune literal or unescaped '");
                    ok = false;
                } else if (n != 1) {
                    lex_error(lx, t->pos, "more than one character in rune literal");
                    ok = false;
                }
            }
            nextch(lx);
            break;
        }
        if (lx->ch == '\\') {
            nextch(lx);
            int32_t v = 0;
            if (!lex_escape(lx, '\'', &b, &v))
                ok = false;
            if (n == 0)
                value = v;
            continue;
        }
        if (lx->ch == '\n') {
            if (ok) {
                lex_error(lx, lx_pos(lx), "newline in rune literal");
                ok = false;
            }
            break;
        }
        if (lx->ch < 0) {
            if (ok) {
                lex_error(lx, t->pos, "rune literal not terminated");
                ok = false;
            }
            break;
        }
        if (n == 0)
            value = lx->ch;
        nextch(lx);
    }
    size_t end = lx->r - (size_t)lx->chw;
    t->lit = arena_strndup(lx->src + start, end - start);
    t->kind = TOK_CHAR;
    t->rune = value;
    lx->nlsemi = true;
}

// interpreted_string_lit = `"` { unicode_value | byte_value } `"` .   (spec: String literals)
static void lex_string(Lexer *lx, Token *t, size_t start) {
    Buf b = {0};
    buf_put(&b, "", 0);
    nextch(lx);
    for (;;) {
        if (lx->ch == '"') {
            nextch(lx);
            break;
        }
        if (lx->ch == '\\') {
            nextch(lx);
            int32_t v;
            lex_escape(lx, '"', &b, &v);
            continue;
        }
        if (lx->ch == '\n') {
            lex_error(lx, lx_pos(lx), "newline in string");
            break;
        }
        if (lx->ch < 0) {
            lex_error(lx, t->pos, "string not terminated");
            break;
        }
        buf_take(lx, &b);
    }
    size_t end = lx->r - (size_t)lx->chw;
    t->lit = arena_strndup(lx->src + start, end - start);
    t->kind = TOK_STRING;
    t->sval = b.data;
    t->slen = (int64_t)b.len;
    lx->nlsemi = true;
}

// raw_string_lit = "`" { unicode_char | newline } "`" .   (spec: String literals)
static void lex_raw_string(Lexer *lx, Token *t, size_t start) {
    Buf b = {0};
    buf_put(&b, "", 0);
    nextch(lx);
    for (;;) {
        if (lx->ch == '`') {
            nextch(lx);
            break;
        }
        if (lx->ch < 0) {
            lex_error(lx, t->pos, "string not terminated");
            break;
        }
        if (lx->ch == '\r') {  // carriage returns are discarded from the value
            nextch(lx);
            continue;
        }
        buf_take(lx, &b);
    }
    size_t end = lx->r - (size_t)lx->chw;
    t->lit = arena_strndup(lx->src + start, end - start);
    t->kind = TOK_STRING;
    t->sval = b.data;
    t->slen = (int64_t)b.len;
    lx->nlsemi = true;
}

static void skip_line(Lexer *lx) {
    while (lx->ch >= 0 && lx->ch != '\n')
        nextch(lx);
}

// Skips a /* */ comment whose opening was consumed; reports an unterminated
// comment at its start.
static void skip_comment(Lexer *lx, Pos start) {
    while (lx->ch >= 0) {
        while (lx->ch == '*') {
            nextch(lx);
            if (lx->ch == '/') {
                nextch(lx);
                return;
            }
        }
        nextch(lx);
    }
    lex_error(lx, start, "comment not terminated");
}

// Sets t to the operator `one`, or to `assign` when followed by '='.
static void op_or_assign(Lexer *lx, Token *t, TokKind one, TokKind assign) {
    if (lx->ch == '=') {
        nextch(lx);
        t->kind = assign;
    } else {
        t->kind = one;
    }
}

// Scans one token; returns false when a character was skipped so the caller
// scans again (invalid character).
static bool lex_operator(Lexer *lx, Token *t) {
    int32_t c = lx->ch;
    nextch(lx);
    switch (c) {
    case '(': t->kind = TOK_LPAREN; break;
    case '[': t->kind = TOK_LBRACK; break;
    case '{': t->kind = TOK_LBRACE; break;
    case ',': t->kind = TOK_COMMA; break;
    case ')': t->kind = TOK_RPAREN; lx->nlsemi = true; break;
    case ']': t->kind = TOK_RBRACK; lx->nlsemi = true; break;
    case '}': t->kind = TOK_RBRACE; lx->nlsemi = true; break;
    case '~': t->kind = TOK_TILDE; break;
    case ':':
        if (lx->ch == '=') {
            nextch(lx);
            t->kind = TOK_DEFINE;
        } else {
            t->kind = TOK_COLON;
        }
        break;
    case '+':
        if (lx->ch == '+') {
            nextch(lx);
            t->kind = TOK_INC;
            lx->nlsemi = true;
        } else {
            op_or_assign(lx, t, TOK_ADD, TOK_ADD_ASSIGN);
        }
        break;
    case '-':
        if (lx->ch == '-') {
            nextch(lx);
            t->kind = TOK_DEC;
            lx->nlsemi = true;
        } else {
            op_or_assign(lx, t, TOK_SUB, TOK_SUB_ASSIGN);
        }
        break;
    case '*': op_or_assign(lx, t, TOK_MUL, TOK_MUL_ASSIGN); break;
    case '/': op_or_assign(lx, t, TOK_QUO, TOK_QUO_ASSIGN); break;
    case '%': op_or_assign(lx, t, TOK_REM, TOK_REM_ASSIGN); break;
    case '^': op_or_assign(lx, t, TOK_XOR, TOK_XOR_ASSIGN); break;
    case '&':
        if (lx->ch == '&') {
            nextch(lx);
            t->kind = TOK_LAND;
        } else if (lx->ch == '^') {
            nextch(lx);
            op_or_assign(lx, t, TOK_AND_NOT, TOK_AND_NOT_ASSIGN);
        } else {
            op_or_assign(lx, t, TOK_AND, TOK_AND_ASSIGN);
        }
        break;
    case '|':
        if (lx->ch == '|') {
            nextch(lx);
            t->kind = TOK_LOR;
        } else {
            op_or_assign(lx, t, TOK_OR, TOK_OR_ASSIGN);
        }
        break;
    case '<':
        if (lx->ch == '=') {
            nextch(lx);
            t->kind = TOK_LEQ;
        } else if (lx->ch == '<') {
            nextch(lx);
            op_or_assign(lx, t, TOK_SHL, TOK_SHL_ASSIGN);
        } else if (lx->ch == '-') {
            nextch(lx);
            t->kind = TOK_ARROW;
        } else {
            t->kind = TOK_LSS;
        }
        break;
    case '>':
        if (lx->ch == '=') {
            nextch(lx);
            t->kind = TOK_GEQ;
        } else if (lx->ch == '>') {
            nextch(lx);
            op_or_assign(lx, t, TOK_SHR, TOK_SHR_ASSIGN);
        } else {
            t->kind = TOK_GTR;
        }
        break;
    case '=': op_or_assign(lx, t, TOK_ASSIGN, TOK_EQL); break;
    case '!': op_or_assign(lx, t, TOK_NOT, TOK_NEQ); break;
    default:
        lex_error(lx, t->pos, "invalid character %s", fmt_U(c));
        return false;
    }
    return true;
}

static Token lex_token(Lexer *lx);

// Like gc's scanner, a literal with an error in it is still one token, marked
// bad so that the parser makes it an EXPR_BAD (types2 skips BasicLit.Bad).
Token lexer_next(Lexer *lx) {
    int before = lx->nerrors;
    Token t = lex_token(lx);
    bool literal = t.kind == TOK_INT || t.kind == TOK_FLOAT || t.kind == TOK_IMAG ||
                   t.kind == TOK_CHAR || t.kind == TOK_STRING;
    t.bad = literal && lx->nerrors > before;
    return t;
}

static Token lex_token(Lexer *lx) {
    bool nlsemi = lx->nlsemi;
    lx->nlsemi = false;
    Token t;
redo:
    memset(&t, 0, sizeof t);
    while (lx->ch == ' ' || lx->ch == '\t' || (lx->ch == '\n' && !nlsemi) || lx->ch == '\r')
        nextch(lx);
    t.pos = lx_pos(lx);
    size_t start = lx->r - (size_t)lx->chw;

    if (is_letter(lx->ch) || (lx->ch >= 0x80 && at_ident_char(lx, true))) {
        nextch(lx);
        lex_ident(lx, &t, start);
        return t;
    }
    switch (lx->ch) {
    case CH_EOF:
        if (nlsemi) {
            t.kind = TOK_SEMICOLON;
            t.lit = "EOF";
            t.auto_semi = true;
            return t;
        }
        t.kind = TOK_EOF;
        t.lit = "EOF";
        return t;
    case '\n':
        nextch(lx);
        t.kind = TOK_SEMICOLON;
        t.lit = "newline";
        t.auto_semi = true;
        return t;
    case ';':
        nextch(lx);
        t.kind = TOK_SEMICOLON;
        t.lit = "semicolon";
        return t;
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
        lex_number(lx, &t, start, false);
        return t;
    case '"':
        lex_string(lx, &t, start);
        return t;
    case '`':
        lex_raw_string(lx, &t, start);
        return t;
    case '\'':
        lex_rune(lx, &t, start);
        return t;
    case '.':
        nextch(lx);
        if (is_decimal(lx->ch)) {
            lex_number(lx, &t, start, true);
            return t;
        }
        if (lx->ch == '.' && lx->r < lx->len && lx->src[lx->r] == '.') {
            nextch(lx);
            nextch(lx);
            t.kind = TOK_ELLIPSIS;
        } else {
            t.kind = TOK_PERIOD;
        }
        t.lit = tok_string(t.kind);
        return t;
    case '/':
        if (lx->r < lx->len && lx->src[lx->r] == '/') {
            skip_line(lx);
            goto redo;
        }
        if (lx->r < lx->len && lx->src[lx->r] == '*') {
            Pos cpos = t.pos;
            nextch(lx);
            nextch(lx);
            skip_comment(lx, cpos);
            if (lx->line + 1 > cpos.line && nlsemi) {
                // A multi-line comment acts like a newline.
                t.kind = TOK_SEMICOLON;
                t.lit = "newline";
                t.auto_semi = true;
                return t;
            }
            goto redo;
        }
        break;
    }
    if (!lex_operator(lx, &t))
        goto redo;
    t.lit = tok_string(t.kind);
    return t;
}
