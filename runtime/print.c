// print.c: the process's output streams and the print/println builtins.
//
// Streams.  Go writes stdout and stderr unbuffered; gosub buffers stdout
// (fmt.Println in a loop would otherwise cost a system call per line) in a
// 64 KiB buffer, flushed when full, when a line ends on a terminal, before
// anything goes to stderr, and on every exit path (rt_exit: normal return,
// os.Exit, panics, fatal signals).  stderr is buffered until a newline, and
// writing either stream first flushes the other, so the bytes reach a shared
// pipe (2>&1) in program order - the only order a Go test can observe.
//
// Builtins.  print and println write to stderr in gc's format (Go 1.26,
// runtime/print.go): integers in decimal, floats as
// strconv.FormatFloat(v, 'g', -1, size) ("1.5", "1e+21", "+Inf", "NaN"),
// complex numbers "(1+2i)", pointers "0xc000012345" (lower-case hex, 0x0
// for nil), slices "[len/cap]0xptr", interfaces "(0xtype,0xdata)".
// println's spaces and newline are separate calls the compiler emits.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime.h"

// 64 KiB: large enough that bulk output costs few system calls, small
// enough to be irrelevant to RSS.
enum { OUTBUF = 65536 };

typedef struct Stream {
    int fd;
    bool line;      // flush at each newline
    size_t n;
    char buf[OUTBUF];
} Stream;

static Stream out_stream = {1, false, 0, {0}};
static Stream err_stream = {2, true, 0, {0}};

static void write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return;  // a closed pipe: drop output as Go would after EPIPE
        }
        p += w;
        n -= (size_t)w;
    }
}

static void stream_flush(Stream *s) {
    if (s->n) write_all(s->fd, s->buf, s->n);
    s->n = 0;
}

void rt_out_init(void) {
    out_stream.line = isatty(1);
}

void rt_write(int fd, const void *p, size_t n) {
    Stream *s = fd == 2 ? &err_stream : &out_stream;
    Stream *other = fd == 2 ? &out_stream : &err_stream;
    if (other->n) stream_flush(other);
    if (n >= OUTBUF) {
        stream_flush(s);
        write_all(s->fd, p, n);
        return;
    }
    if (s->n + n > OUTBUF) stream_flush(s);
    memcpy(s->buf + s->n, p, n);
    s->n += n;
    if (s->line && memchr(p, '\n', n)) stream_flush(s);
}

void rt_write_str(int fd, const char *s) {
    rt_write(fd, s, strlen(s));
}

void rt_flush(void) {
    stream_flush(&out_stream);
    stream_flush(&err_stream);
}

_Noreturn void rt_exit(int code) {
    rt_flush();
    gc_exit_report();
    rt_flush();
    _exit(code);
}

// ---------------------------------------------------------------- builtins

static void err_str(const char *s) {
    rt_write(2, s, strlen(s));
}

void rt_print_bool(bool v) {
    err_str(v ? "true" : "false");
}

void rt_print_int(int64_t v) {
    char b[24];
    snprintf(b, sizeof b, "%lld", (long long)v);
    err_str(b);
}

void rt_print_uint(uint64_t v) {
    char b[24];
    snprintf(b, sizeof b, "%llu", (unsigned long long)v);
    err_str(b);
}

void rt_print_float(double v) {
    char b[RT_FLOATBUF];
    rt_format_float(b, v, 'g', -1, 64);
    err_str(b);
}

void rt_print_float32(float v) {
    char b[RT_FLOATBUF];
    rt_format_float(b, v, 'g', -1, 32);
    err_str(b);
}

// strconv.FormatComplex: "(" re, im with an explicit sign, "i)".
static void print_complex(double re, double im, int bitsize) {
    char b[2 * RT_FLOATBUF + 4];
    int n = 0;
    b[n++] = '(';
    n += rt_format_float(b + n, re, 'g', -1, bitsize);
    int m = rt_format_float(b + n, im, 'g', -1, bitsize);
    if (b[n] != '+' && b[n] != '-') {
        memmove(b + n + 1, b + n, (size_t)m + 1);
        b[n] = '+';
        m++;
    }
    n += m;
    b[n++] = 'i';
    b[n++] = ')';
    b[n] = 0;
    err_str(b);
}

void rt_print_complex(double re, double im) {
    print_complex(re, im, 64);
}

void rt_print_complex64(float re, float im) {
    print_complex(re, im, 32);
}

void rt_print_string(const uint8_t *p, int64_t n) {
    rt_write(2, p, (size_t)n);
}

void rt_print_pointer(void *p) {
    char b[24];
    snprintf(b, sizeof b, "0x%llx", (unsigned long long)(uintptr_t)p);
    err_str(b);
}

void rt_print_slice(void *p, int64_t len, int64_t cap) {
    char b[80];
    snprintf(b, sizeof b, "[%lld/%lld]0x%llx", (long long)len, (long long)cap,
             (unsigned long long)(uintptr_t)p);
    err_str(b);
}

void rt_print_eface(const GoType *t, void *data) {
    char b[60];
    snprintf(b, sizeof b, "(0x%llx,0x%llx)", (unsigned long long)(uintptr_t)t,
             (unsigned long long)(uintptr_t)data);
    err_str(b);
}

void rt_print_space(void) {
    err_str(" ");
}

void rt_print_nl(void) {
    err_str("\n");
}
