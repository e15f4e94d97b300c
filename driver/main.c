// main.c: the gosub command.
//
//     gosub build [flags] file.go...              compile package main to an executable
//     gosub run   [flags] file.go... [--] [args]  compile, run, exit with the program's status
//
// The whole pipeline is gosub_compile, in order: read, parse, check (typed
// IR), escape analysis, codegen (which verifies, optimises and emits), link.
// A failed build leaves no output file behind: everything is written to a
// temporary name beside the output and renamed into place only on success.
#include "driver.h"

#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static void usage(void) {
    fputs("usage: gosub build [flags] file.go...\n"
          "       gosub run [flags] file.go... [--] [args]\n"
          "       gosub compare [flags] [-ir] [-runs N] file.go... [--] [args]\n"
          "       gosub run -jit [-call 'Name(args)'] [flags] file.go... [--] [args]\n"
          "flags: -o PATH  -O0..-O3  -m[=2]  -escape=off  -escape-check  -emit-llvm  -S  -target TRIPLE\n",
          stderr);
    exit(2);
}

_Noreturn void fatal(const char *fmt, const char *arg) {
    fprintf(stderr, "gosub: ");
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    exit(1);
}

bool has_suffix(const char *s, const char *suffix) {
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static void parse_flag(Options *o, int argc, char **argv, int *i) {
    const char *a = argv[*i];
    if (strcmp(a, "-o") == 0) {
        if (*i + 1 >= argc)
            fatal("flag needs an argument: %s", a);
        o->out = argv[++*i];
    } else if (a[1] == 'O' && a[2] >= '0' && a[2] <= '3' && a[3] == 0) {
        o->opt_level = a[2] - '0';
    } else if (strcmp(a, "-escape=off") == 0) {
        o->escape_on = false;
    } else if (strcmp(a, "-escape-check") == 0) {
        o->escape_check = true;
    } else if (strcmp(a, "-escape=unsound") == 0) {
        o->escape_unsound = true;
    } else if (strcmp(a, "-escape=on") == 0) {
        o->escape_on = true;
    } else if (strcmp(a, "-ir") == 0) {
        o->compare_ir = true;
    } else if (strcmp(a, "-runs") == 0) {
        if (*i + 1 >= argc || atoi(argv[*i + 1]) < 1)
            fatal("flag needs a positive count: %s", a);
        o->runs = atoi(argv[++*i]);
    } else if (strcmp(a, "-emit-llvm") == 0) {
        o->emit_llvm = true;
    } else if (strcmp(a, "-S") == 0) {
        o->emit_asm = true;
    } else if (strcmp(a, "-target") == 0) {
        if (*i + 1 >= argc)
            fatal("flag needs an argument: %s", a);
        o->target = argv[++*i];
        if (strcmp(o->target, "x86_64-linux-gnu") != 0 && strcmp(o->target, "aarch64-linux-gnu") != 0)
            fatal("unsupported target %s (x86_64-linux-gnu or aarch64-linux-gnu)", o->target);
    } else if (strcmp(a, "-jit") == 0) {
        o->jit = true;
    } else if (strcmp(a, "-call") == 0) {
        if (*i + 1 >= argc)
            fatal("flag needs an argument: %s", a);
        o->call = argv[++*i];
        o->jit = true;
    } else if (strcmp(a, "-m") == 0 || strcmp(a, "-m=1") == 0) {
        o->escape_verbosity = 1;
    } else if (strcmp(a, "-m=2") == 0) {
        o->escape_verbosity = 2;
    } else {
        fatal("unknown flag %s", a);
    }
}

static Options parse_args(int argc, char **argv) {
    Options o = {.opt_level = 2, .escape_on = true, .runs = 3};
    if (argc < 2)
        usage();
    o.command = argv[1];
    if (strcmp(o.command, "build") != 0 && strcmp(o.command, "run") != 0 &&
        strcmp(o.command, "compare") != 0)
        usage();
    // As with go run, the first argument after the files that is not a .go
    // file starts the program's arguments; "--" starts them explicitly.
    bool is_run = strcmp(o.command, "build") != 0;
    bool in_program_args = false;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (in_program_args)
            vec_push(&o.run_args, (void *)a);
        else if (strcmp(a, "--") == 0)
            in_program_args = true;
        else if (has_suffix(a, ".go"))
            vec_push(&o.files, (void *)a);
        else if (is_run && o.files.len)
            in_program_args = true, vec_push(&o.run_args, (void *)a);
        else if (a[0] == '-' && a[1])
            parse_flag(&o, argc, argv, &i);
        else
            fatal("%s: not a .go file", a);
    }
    if (o.files.len == 0)
        fatal("%s", "no Go files given");
    if (o.emit_llvm && o.emit_asm)
        fatal("%s", "-emit-llvm and -S exclude each other");
    return o;
}

// ---------------------------------------------------------------- reading

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        fatal("cannot open %s", path);
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (size_t got; buf && (got = fread(buf + n, 1, cap - n - 1, f)) > 0;) {
        n += got;
        if (cap - n - 1 == 0)
            buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    if (!buf)
        fatal("out of memory reading %s", path);
    buf[n] = 0;
    *len = n;
    return buf;
}

// ---------------------------------------------------------------- paths

// The directory holding the gosub executable: the runtime is found relative
// to it (../lib/gosub), both in the build tree and after cmake --install.
const char *self_dir(void) {
    static char path[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
    if (n <= 0)
        fatal("%s", "cannot locate the gosub executable");
    path[n] = 0;
    return dirname(path);
}

#if defined(__x86_64__)
static const char host_arch[] = "x86_64";
#elif defined(__aarch64__)
static const char host_arch[] = "aarch64";
#else
#error "gosub runs on x86-64 and AArch64 hosts"
#endif

// The architecture named by a target triple ("aarch64-linux-gnu" -> "aarch64").
static const char *target_arch(const char *triple) {
    if (!triple)
        return host_arch;
    const char *dash = strchr(triple, '-');
    return arena_strndup(triple, dash ? (size_t)(dash - triple) : strlen(triple));
}

static bool is_cross(const char *triple) { return strcmp(target_arch(triple), host_arch) != 0; }

// The host's runtime is lib/gosub/libgosubrt.a; a cross target's is in a
// folder named after its architecture (lib/gosub/aarch64/libgosubrt.a).
static const char *runtime_library(const char *triple) {
    const char *sub = is_cross(triple) ? arena_sprintf("/%s", target_arch(triple)) : "";
    const char *lib = arena_sprintf("%s/../lib/gosub%s/libgosubrt.a", self_dir(), sub);
    if (access(lib, R_OK) != 0)
        fatal("runtime library not found: %s", lib);
    return lib;
}

static const char *default_output(const Options *o) {
    if (o->emit_llvm || o->emit_asm) {
        const char *base = basename(arena_strdup(VEC_AT(o->files, 0)));
        size_t n = strlen(base) - 3;  // drop ".go"
        return arena_sprintf("%.*s%s", (int)n, base, o->emit_llvm ? ".ll" : ".s");
    }
    const char *base = basename(arena_strdup(VEC_AT(o->files, 0)));
    return arena_strndup(base, strlen(base) - 3);
}

// An output that exists and is not a regular file (/dev/null, a pipe) is
// written through, never renamed over: renaming onto /dev/null as root would
// replace the device with a file.
static bool is_special_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && !S_ISREG(st.st_mode);
}

// A fresh name beside path, so that rename() into place is atomic.  For a
// special output file the temporary goes to /tmp instead.
static char *temp_beside(const char *path, const char *suffix) {
    char *tmpl = is_special_file(path) ? arena_sprintf("/tmp/gosub-tmp-XXXXXX%s", suffix)
                                       : arena_sprintf("%s.gosub-tmp-XXXXXX%s", path, suffix);
    int fd = mkstemps(tmpl, (int)strlen(suffix));
    if (fd < 0)
        fatal("cannot create a file beside %s", path);
    close(fd);
    return tmpl;
}

static bool copy_file(const char *from, const char *to) {
    FILE *in = fopen(from, "rb"), *out = in ? fopen(to, "wb") : NULL;
    char buf[1 << 16];
    bool ok = in && out;
    for (size_t n; ok && (n = fread(buf, 1, sizeof buf, in)) > 0;)
        ok = fwrite(buf, 1, n, out) == n;
    if (in)
        fclose(in);
    if (out && fclose(out) != 0)
        ok = false;
    return ok;
}

// Moves the finished temporary into place; the temporary is gone afterwards.
static bool install_output(const char *tmp, const char *out) {
    bool ok = is_special_file(out) ? copy_file(tmp, out) : rename(tmp, out) == 0;
    unlink(tmp);
    return ok;
}

// ---------------------------------------------------------------- linking

int run_process(char **argv) {
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        execvp(argv[0], argv);
        fprintf(stderr, "gosub: cannot run %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR)
            return -1;
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    return 128 + WTERMSIG(status);
}

// Debian's cross compilers are named after the target: aarch64-linux-gnu-gcc.
static const char *linker_for(const char *triple) {
    return is_cross(triple) ? arena_sprintf("%s-linux-gnu-gcc", target_arch(triple)) : "cc";
}

static bool link_executable(const char *obj, const char *out, const char *triple) {
    char *argv[] = {(char *)linker_for(triple), "-o", (char *)out, (char *)obj,
                    (char *)runtime_library(triple), "-lm", NULL, NULL};
#ifdef GOSUB_SANITIZE
    // The host runtime of a GOSUB_SANITIZE build is instrumented and needs
    // the sanitizer runtimes of the compiler that built it (cmake/GosubSanitize.cmake).
    if (!is_cross(triple)) {
        argv[0] = GOSUB_SANITIZE_CC;
        argv[6] = "-fsanitize=address,undefined";
    }
#endif
    return run_process(argv) == 0;
}

// ---------------------------------------------------------------- the pipeline

Program *frontend(const Options *o) {
    File **files = arena_alloc(sizeof(File *) * (size_t)o->files.len);
    diag_hold();
    for (int i = 0; i < o->files.len; i++) {
        size_t len;
        const char *name = VEC_AT(o->files, i);
        char *text = read_file(name, &len);
        files[i] = parse_file(diag_add_file(name, text, len));
    }
    // As gc: syntax errors end the compilation here; the lexer's other errors
    // do not, and come out sorted among the checker's.
    Program *prog = NULL;
    if (!diag_syntax_error_count()) {
        prog = check_program(files, o->files.len);
        if (diag_error_count())
            prog = NULL;
    }
    diag_release();
    return prog;
}

// Parse, check, analyse, generate, link.  Returns the process status.
static int gosub_compile(const Options *o, const char *out) {
    Program *prog = frontend(o);
    if (!prog || diag_error_count())
        return 1;

    EscOptions esc = {.enabled = o->escape_on, .verbosity = o->escape_verbosity};
    esc_analyze(prog, &esc);
    // -escape=unsound: a deliberately wrong analysis, every site on the stack,
    // so that tests can show -escape-check turning such decisions into failures.
    if (o->escape_unsound)
        for (int i = 0; i < prog->sites.len; i++)
            ((Site *)VEC_AT(prog->sites, i))->decision = SITE_STACK;

    bool to_stdout = strcmp(out, "-") == 0;
    bool link = !o->emit_llvm && !o->emit_asm && prog->main_func;
    const char *emitted = to_stdout ? "-" : temp_beside(out, link ? ".o" : "");
    CgOptions cg = {
        .opt_level = o->opt_level,
        .triple = o->target,
        .emit = o->emit_llvm ? EMIT_LLVM : o->emit_asm ? EMIT_ASM : EMIT_OBJECT,
        .out_path = emitted,
        .escape_check = o->escape_check,
    };
    char *err = NULL;
    if (!cg_emit_program(prog, &cg, &err)) {
        fprintf(stderr, "gosub: internal error: %s\n", err ? err : "code generation failed");
        if (!to_stdout)
            unlink(emitted);
        return 1;
    }
    if (to_stdout)
        return 0;
    if (!link) {
        // A package other than main is compiled but not linked, as go build does.
        if (prog->main_func || o->emit_llvm || o->emit_asm) {
            if (!install_output(emitted, out))
                fatal("cannot write %s", out);
        } else {
            unlink(emitted);
        }
        return 0;
    }
    const char *exe = temp_beside(out, "");
    bool ok = link_executable(emitted, exe, o->target);
    unlink(emitted);
    if (!ok || !install_output(exe, out)) {
        unlink(exe);
        fprintf(stderr, "gosub: linking %s failed\n", out);
        return 1;
    }
    return 0;
}

static int run_program(const Options *o, const char *exe) {
    char **argv = arena_alloc(sizeof(char *) * (size_t)(o->run_args.len + 2));
    argv[0] = (char *)exe;
    for (int i = 0; i < o->run_args.len; i++)
        argv[i + 1] = VEC_AT(o->run_args, i);
    return run_process(argv);
}

static int command_run(Options *o) {
    char dir[] = "/tmp/gosub-run-XXXXXX";
    if (!mkdtemp(dir))
        fatal("%s", "cannot create a temporary directory");
    const char *base = default_output(o);
    char *exe = arena_sprintf("%s/%s", dir, base);
    int status = gosub_compile(o, exe);
    if (status == 0)
        status = run_program(o, exe);
    unlink(exe);
    rmdir(dir);
    return status;
}

int main(int argc, char **argv) {
    Options o = parse_args(argc, argv);
    types_init();
    if (strcmp(o.command, "run") == 0 && o.jit)
        return command_run_jit(&o);
    if (strcmp(o.command, "run") == 0)
        return command_run(&o);
    if (strcmp(o.command, "compare") == 0)
        return command_compare(&o);
    return gosub_compile(&o, o.out ? o.out : default_output(&o));
}
