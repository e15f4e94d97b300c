// compare.c: gosub compare, escape analysis on versus off.
//
//     gosub compare [-O2] [-ir] [-runs N] prog.go [-- args]
//
// Builds the program twice (escape analysis on, and -escape=off), runs each
// executable -runs times with GOSUBDEBUG=gcstats=1, checks that both print the
// same stdout and stderr and exit with the same status, and reports:
//   (a) every allocation site with its position, expression, and decision on
//       and off (off is always the heap);
//   (b) totals from the runtime's counters (heap allocations, bytes,
//       collections, peak heap) and from the OS (peak RSS, wall time), with
//       the ratios on/off.  Times and RSS are medians: machines are noisy.
// With -ir it also prints a diff of the LLVM IR of each function whose code
// differs between the two builds.
//
// The builds run as child gosub processes: each compilation is a fresh
// process, so nothing of one build's state can leak into the other.
#include "driver.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

typedef struct RunStats {
    int status;
    double wall_ms;       // median over the runs
    long peak_rss_kib;    // median over the runs
    long long allocs, bytes, cycles, peak_heap;  // from the gosub-gc line
    char *out, *err;      // the first run's stdout, and stderr without the gosub-gc line
} RunStats;

static char *slurp(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return arena_strdup("");
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = arena_alloc((size_t)n + 1);
    if (n > 0 && fread(buf, 1, (size_t)n, f) != (size_t)n)
        buf[0] = 0;
    fclose(f);
    return buf;
}

// gosub's own path, to run the two builds as child processes.
static const char *self_exe(void) { return arena_sprintf("%s/gosub", self_dir()); }

static bool build_variant(const Options *o, const char *out, bool escape, bool emit_llvm) {
    char **argv = arena_alloc(sizeof(char *) * (size_t)(o->files.len + 8));
    int n = 0;
    argv[n++] = (char *)self_exe();
    argv[n++] = "build";
    argv[n++] = arena_sprintf("-O%d", o->opt_level);
    if (!escape)
        argv[n++] = "-escape=off";
    if (emit_llvm)
        argv[n++] = "-emit-llvm";
    argv[n++] = "-o";
    argv[n++] = (char *)out;
    for (int i = 0; i < o->files.len; i++)
        argv[n++] = VEC_AT(o->files, i);
    argv[n] = NULL;
    return run_process(argv) == 0;
}

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Runs exe once with stdout and stderr sent to files; returns the status and
// fills the wall time and peak RSS of this run.
static int run_once(const Options *o, const char *exe, const char *out, const char *err,
                    double *wall_ms, long *rss_kib) {
    double start = now_ms();
    pid_t pid = fork();
    if (pid == 0) {
        int fo = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int fe = open(err, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int fi = open("/dev/null", O_RDONLY);
        dup2(fi, 0), dup2(fo, 1), dup2(fe, 2);
        setenv("GOSUBDEBUG", "gcstats=1,rss=1", 1);
        char **argv = arena_alloc(sizeof(char *) * (size_t)(o->run_args.len + 2));
        argv[0] = (char *)exe;
        for (int i = 0; i < o->run_args.len; i++)
            argv[i + 1] = VEC_AT(o->run_args, i);
        execv(exe, argv);
        _exit(127);
    }
    int status = 0;
    struct rusage ru;
    if (pid < 0 || wait4(pid, &status, 0, &ru) < 0)
        fatal("cannot run %s", exe);
    *wall_ms = now_ms() - start;
    *rss_kib = ru.ru_maxrss;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// Removes the line starting with prefix from text; returns where it was, or NULL.
static char *cut_line(char *text, const char *prefix) {
    char *line = strstr(text, prefix);
    if (!line)
        return NULL;
    char *end = strchr(line, '\n');
    const char *rest = end ? end + 1 : line + strlen(line);
    memmove(line, rest, strlen(rest) + 1);
    return line;
}

// The runtime's own peak RSS ("gosub-rss: peak=N", KiB): the rusage of a
// child forked from gosub counts gosub's pages too.  -1 when absent.
static long take_rss_line(char *err) {
    char *line = strstr(err, "gosub-rss: peak=");
    long kib = line ? strtol(line + strlen("gosub-rss: peak="), NULL, 10) : -1;
    if (line)
        cut_line(err, "gosub-rss: peak=");
    return kib;
}

// Removes the runtime's "gosub-gc: ..." line from stderr and reads its counters.
static void take_gc_line(RunStats *r) {
    char *line = strstr(r->err, "gosub-gc: allocs=");
    if (!line)
        return;
    sscanf(line, "gosub-gc: allocs=%lld bytes=%lld cycles=%lld peak=%lld", &r->allocs,
           &r->bytes, &r->cycles, &r->peak_heap);
    char *end = strchr(line, '\n');
    memmove(line, end ? end + 1 : line + strlen(line), strlen(end ? end + 1 : "") + 1);
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static int cmp_long(const void *a, const void *b) {
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

static RunStats measure(const Options *o, const char *dir, const char *exe) {
    RunStats r = {0};
    double *walls = arena_alloc(sizeof(double) * (size_t)o->runs);
    long *rss = arena_alloc(sizeof(long) * (size_t)o->runs);
    const char *out = arena_sprintf("%s/stdout", dir), *err = arena_sprintf("%s/stderr", dir);
    for (int i = 0; i < o->runs; i++) {
        int status = run_once(o, exe, out, err, &walls[i], &rss[i]);
        long own = take_rss_line(slurp(err));
        if (own > 0)
            rss[i] = own;
        if (i == 0) {
            r.status = status;
            r.out = slurp(out);
            r.err = slurp(err);
            take_rss_line(r.err);
            take_gc_line(&r);
        }
    }
    qsort(walls, (size_t)o->runs, sizeof *walls, cmp_double);
    qsort(rss, (size_t)o->runs, sizeof *rss, cmp_long);
    r.wall_ms = walls[o->runs / 2];
    r.peak_rss_kib = rss[o->runs / 2];
    unlink(out);
    unlink(err);
    return r;
}

// ---------------------------------------------------------------- the report

static const char *decision_name(SiteDecision d) { return d == SITE_STACK ? "stack" : "heap"; }

static int pos_cmp(Pos a, Pos b) {
    if (a.file != b.file)
        return a.file - b.file;
    return a.line != b.line ? a.line - b.line : a.col - b.col;
}

static int site_cmp(const void *a, const void *b) {
    const Site *x = *(Site *const *)a, *y = *(Site *const *)b;
    int c = pos_cmp(x->pos, y->pos);
    return c ? c : x->id - y->id;
}

// One row per site of the files named on the command line (the standard
// library's are left out, as -m leaves them out), in source order, with the
// columns as wide as their widest entry.
static void report_sites(Program *prog) {
    int n = 0, wpos = (int)strlen("position"), wexpr = (int)strlen("expression");
    Site **sites = arena_alloc(sizeof(Site *) * (size_t)(prog->sites.len ? prog->sites.len : 1));
    for (int j = 0; j < prog->sites.len; j++) {
        Site *s = prog->sites.data[j];
        if (diag_is_library(s->pos.file))
            continue;
        int i = n++;
        sites[i] = s;
        int lp = (int)strlen(diag_pos_string(sites[i]->pos));
        int le = sites[i]->text ? (int)strlen(sites[i]->text) : 1;
        wpos = lp > wpos ? lp : wpos;
        wexpr = le > wexpr ? le : wexpr;
    }
    if (n > 1)  // qsort(NULL, 0, ...) is undefined
        qsort(sites, (size_t)n, sizeof *sites, site_cmp);
    printf("allocation sites (%d)\n", n);
    printf("  %-*s  %-*s  %-5s  %s\n", wpos, "position", wexpr, "expression", "on", "off");
    for (int i = 0; i < n; i++)
        printf("  %-*s  %-*s  %-5s  %s\n", wpos, diag_pos_string(sites[i]->pos), wexpr,
               sites[i]->text ? sites[i]->text : "?", decision_name(sites[i]->decision), "heap");
}

static void print_ratio_row(const char *what, double on, double off) {
    if (off > 0)
        printf("  %-22s %14.0f %14.0f %10.3f\n", what, on, off, on / off);
    else
        printf("  %-22s %14.0f %14.0f %10s\n", what, on, off, on > 0 ? "inf" : "-");
}

static void report_totals(const Options *o, const RunStats *on, const RunStats *off) {
    printf("\ntotals%*s %14s %14s %10s\n", 17, "", "escape on", "escape off", "on/off");
    print_ratio_row("heap allocations", (double)on->allocs, (double)off->allocs);
    print_ratio_row("bytes allocated", (double)on->bytes, (double)off->bytes);
    print_ratio_row("collections", (double)on->cycles, (double)off->cycles);
    print_ratio_row("peak heap bytes", (double)on->peak_heap, (double)off->peak_heap);
    print_ratio_row("peak RSS (KiB)", (double)on->peak_rss_kib, (double)off->peak_rss_kib);
    printf("  %-22s %14.1f %14.1f %10.3f\n", "wall time (ms)", on->wall_ms, off->wall_ms,
           off->wall_ms > 0 ? on->wall_ms / off->wall_ms : 0.0);
    printf("  (peak RSS and wall time: medians of %d runs)\n", o->runs);
}

static bool same_behaviour(const RunStats *on, const RunStats *off) {
    return on->status == off->status && strcmp(on->out, off->out) == 0 &&
           strcmp(on->err, off->err) == 0;
}

// ---------------------------------------------------------------- -ir

// The text of "define ... @name(...) {" up to its closing "}" line, or NULL.
static char *function_text(const char *ir, const char *name, const char **next) {
    const char *d = ir;
    while ((d = strstr(d, "\ndefine ")) != NULL) {
        const char *eol = strchr(d + 1, '\n');
        const char *at = strstr(d, name);
        if (at && eol && at < eol) {
            const char *end = strstr(d, "\n}\n");
            if (!end)
                return NULL;
            if (next)
                *next = end + 3;
            return arena_strndup(d + 1, (size_t)(end + 3 - (d + 1)));
        }
        d = eol ? eol : d + 1;
    }
    return NULL;
}

// The name token of a define line: from '@' to '('.
static const char *define_name(const char *line) {
    const char *at = strchr(line, '@'), *paren = at ? strchr(at, '(') : NULL;
    return at && paren ? arena_strndup(at, (size_t)(paren - at + 1)) : NULL;
}

static void write_text(const char *path, const char *text) {
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

static void diff_functions(const char *dir, const char *ir_on, const char *ir_off) {
    printf("\nIR of the functions whose code differs (--- escape off, +++ escape on)\n");
    int differing = 0;
    for (const char *d = ir_on; (d = strstr(d, "\ndefine ")) != NULL; d++) {
        const char *name = define_name(d + 1);
        char *on = name ? function_text(ir_on, name, NULL) : NULL;
        char *off = name ? function_text(ir_off, name, NULL) : NULL;
        if (!on || !off || strcmp(on, off) == 0)
            continue;
        differing++;
        const char *a = arena_sprintf("%s/off.ll", dir), *b = arena_sprintf("%s/on.ll", dir);
        write_text(a, off);
        write_text(b, on);
        fflush(stdout);
        char *argv[] = {"diff", "-u", "--label", "escape=off", "--label", "escape=on",
                        (char *)a, (char *)b, NULL};
        run_process(argv);
        unlink(a);
        unlink(b);
    }
    if (!differing)
        printf("  (none)\n");
}

static void compare_ir(const Options *o, const char *dir) {
    const char *on = arena_sprintf("%s/on.ll", dir), *off = arena_sprintf("%s/off.ll", dir);
    if (!build_variant(o, on, true, true) || !build_variant(o, off, false, true))
        fatal("%s", "cannot emit the IR of both builds");
    char *ir_on = slurp(on), *ir_off = slurp(off);
    unlink(on);
    unlink(off);
    diff_functions(dir, ir_on, ir_off);
}

int command_compare(const Options *o) {
    Program *prog = frontend(o);
    if (!prog || diag_error_count())
        return 1;
    esc_analyze(prog, &(EscOptions){.enabled = true});

    char dir[] = "/tmp/gosub-compare-XXXXXX";
    if (!mkdtemp(dir))
        fatal("%s", "cannot create a temporary directory");
    const char *exe_on = arena_sprintf("%s/escape-on", dir);
    const char *exe_off = arena_sprintf("%s/escape-off", dir);
    if (!build_variant(o, exe_on, true, false) || !build_variant(o, exe_off, false, false))
        return rmdir(dir), 1;

    RunStats on = measure(o, dir, exe_on), off = measure(o, dir, exe_off);
    unlink(exe_on);
    unlink(exe_off);

    printf("gosub compare %s: escape analysis on vs off, -O%d\n\n",
           (const char *)VEC_AT(o->files, 0), o->opt_level);
    bool same = same_behaviour(&on, &off);
    if (same)
        printf("output: identical (exit status %d, %zu bytes of stdout)\n\n", on.status,
               strlen(on.out));
    else
        printf("output: DIFFERENT (exit status %d vs %d): escape analysis changed behaviour\n\n",
               on.status, off.status);
    report_sites(prog);
    report_totals(o, &on, &off);
    if (o->compare_ir)
        compare_ir(o, dir);
    rmdir(dir);
    return same ? 0 : 1;
}
