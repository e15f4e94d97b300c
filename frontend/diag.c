// diag.c: source files and the single channel for user errors.
//
// Every user-facing error goes through diag_error, which prints
// "file:line:col: message" with the file named as on the command line.  Like
// gc, compilation gives up after 10 errors with "too many errors".
#include "frontend.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// gc's limit: after this many errors it prints "too many errors" and stops.
enum { DIAG_MAX_ERRORS = 10 };

static Vec files;
static int error_count, syntax_error_count;
static char *capture_buf;
static size_t capture_cap, capture_len;

// Errors held back between diag_hold and diag_release.
typedef struct Held {
    Pos pos;
    const char *msg;
    int seq;
} Held;
static bool holding;
static Vec held;

int diag_add_file(const char *name, const char *text, size_t len) {
    SourceFile *f = NEW(SourceFile);
    f->name = arena_strdup(name);
    f->text = text;
    f->len = len;
    vec_push(&files, f);
    return files.len - 1;
}

const SourceFile *diag_file(int index) {
    if (index < 0 || index >= files.len)
        return NULL;
    return files.data[index];
}

void diag_mark_library(int file) {
    if (file >= 0 && file < files.len)
        ((SourceFile *)files.data[file])->library = true;
}

bool diag_is_library(int file) {
    const SourceFile *f = diag_file(file);
    return f && f->library;
}

const char *diag_pos_string(Pos pos) {
    const SourceFile *f = diag_file(pos.file);
    if (!f)
        return "<unknown>";
    return arena_sprintf("%s:%d:%d", f->name, pos.line, pos.col);
}

static void diag_emit(const char *line) {
    if (!capture_buf) {
        fputs(line, stderr);
        return;
    }
    size_t n = strlen(line);
    if (capture_len + n + 1 > capture_cap)
        n = capture_cap > capture_len + 1 ? capture_cap - capture_len - 1 : 0;
    memcpy(capture_buf + capture_len, line, n);
    capture_len += n;
    capture_buf[capture_len] = 0;
}

// Prints one error, the n-th; the tenth ends the process.
static void emit_error(Pos pos, const char *msg, int n) {
    diag_emit(arena_sprintf("%s: %s\n", diag_pos_string(pos), msg));
    if (n >= DIAG_MAX_ERRORS && !capture_buf) {
        diag_emit(arena_sprintf("%s: too many errors\n", diag_pos_string(pos)));
        exit(1);
    }
}

void diag_error(Pos pos, const char *fmt, ...) {
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    error_count++;
    if (!strncmp(msg, "syntax error", 12))
        syntax_error_count++;
    if (!holding) {
        emit_error(pos, msg, error_count);
        return;
    }
    Held *h = NEW(Held);
    h->pos = pos;
    h->msg = arena_strdup(msg);
    h->seq = held.len;
    vec_push(&held, h);
}

int diag_error_count(void) { return error_count; }

int diag_syntax_error_count(void) { return syntax_error_count; }

void diag_hold(void) { holding = true; }

bool diag_holding(void) { return holding; }

int diag_pos_cmp(Pos a, Pos b) {
    if (a.file != b.file)
        return a.file - b.file;
    if (a.line != b.line)
        return a.line - b.line;
    return a.col - b.col;
}

static int held_cmp(const void *a, const void *b) {
    const Held *x = *(Held *const *)a, *y = *(Held *const *)b;
    int c = diag_pos_cmp(x->pos, y->pos);
    return c ? c : x->seq - y->seq;
}

// gc stops at the tenth error reported, prints those ten sorted and then
// "too many errors" at the tenth's position: the errors held are in the order
// they were reported.
void diag_release(void) {
    holding = false;
    int n = held.len < DIAG_MAX_ERRORS || capture_buf ? held.len : DIAG_MAX_ERRORS;
    Pos tenth = n ? ((Held *)held.data[n - 1])->pos : (Pos){-1, 0, 0};
    if (n > 1)
        qsort(held.data, (size_t)n, sizeof(void *), held_cmp);
    for (int i = 0; i < n; i++) {
        Held *h = held.data[i];
        diag_emit(arena_sprintf("%s: %s\n", diag_pos_string(h->pos), h->msg));
    }
    held.len = 0;
    if (n >= DIAG_MAX_ERRORS && !capture_buf) {
        diag_emit(arena_sprintf("%s: too many errors\n", diag_pos_string(tenth)));
        exit(1);
    }
}

void diag_capture(char *buf, size_t cap) {
    capture_buf = buf;
    capture_cap = cap;
    capture_len = 0;
    if (buf && cap)
        buf[0] = 0;
}

void diag_reset(void) {
    error_count = syntax_error_count = 0;
    holding = false;
    held.len = 0;
    capture_len = 0;
    if (capture_buf && capture_cap)
        capture_buf[0] = 0;
}
