// packages.c: imported packages written in Go -- found, parsed, ordered, checked.
//
// A program's imports are of two sorts.  A *Go-source* package lives in the
// standard library folder, <bindir>/../lib/gosub/stdlib/<path>/*.go (in the
// build tree a link to the source tree's stdlib/; after install a copy), and
// is compiled with the program, so escape analysis sees into it.  A *built-in*
// package (fmt, os) is declared by universe.c and lowered by codegen to the C
// runtime.  A folder for a path wins over a built-in package of the same path.
//
// pkg_load_imports runs before the main package is checked:
//   1. load    from the main package's imports, transitively: read and parse
//              every .go file of the package's folder (not *_test.go), in
//              file-name order, each registered as a *library* file (its -m
//              lines are not printed: gc prints only the compiled package's);
//   2. order   the packages depth-first so that each comes after every package
//              it imports (spec: Package initialization); an import cycle is
//              an error at the import that closes it;
//   3. check   each package in that order into the one Program, with its own
//              scope (check_package, check.c): its functions, globals and
//              variable initialisers join the program's, dependencies first.
// The checker's collect_import then finds a checked package by path with
// pkg_find; its members are visible only when exported (pkg_member).
//
// Runtime primitives.  A Go-source package may declare a function without a
// body when the comment line right above the declaration says where its code
// is (see docs/stdlib.md):
//     //gosub:runtime ceil         the C function ceil (here libm's) implements it:
//     func Ceil(x float64) float64 a call is an ordinary call of the symbol "ceil"
//     //gosub:intrinsic            codegen lowers calls as it lowers the built-in
//     func Sqrt(x float64) float64 package's function of the same path and name
// "//gosub:runtime NAME noescape" promises that the C function keeps no
// pointer it is passed (gc's //go:noescape): escape analysis then lets its
// arguments stay on the stack; without it they leak to the heap.
// A runtime primitive is called with gosub's calling convention, which equals
// C's for scalars and for two-word values among few arguments: its parameters
// may be booleans, numbers, pointers, strings and interfaces (at most six
// words), its result a scalar or a string (runtime/gosub_rt.h).
#include "check.h"

#include <dirent.h>
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

// One Go-source package.
typedef struct SrcPkg {
    const char *path;     // import path: "strings", "unicode/utf8"
    File **files;
    int nfiles;
    int state;            // 0 not visited, 1 on the DFS stack, 2 ordered
    Package *pkg;         // set once checked
} SrcPkg;

static Vec src_pkgs;      // of SrcPkg*: every package loaded (or looked for: files NULL)

// The standard library folder: $GOSUB_STDLIB, else <bindir>/../lib/gosub/stdlib.
static const char *stdlib_dir(void) {
    static char dir[PATH_MAX];
    if (dir[0])
        return dir;
    const char *env = getenv("GOSUB_STDLIB");
    if (env && *env) {
        snprintf(dir, sizeof dir, "%s", env);
        return dir;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0)
        return strcpy(dir, "/nonexistent");
    exe[n] = 0;
    snprintf(dir, sizeof dir, "%s/../lib/gosub/stdlib", dirname(exe));
    return dir;
}

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = arena_alloc((size_t)(size > 0 ? size : 0) + 1);
    size_t got = fread(buf, 1, (size_t)(size > 0 ? size : 0), f);
    fclose(f);
    buf[got] = 0;
    *len = got;
    return buf;
}

static int cmp_names(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

// The .go files of dir, sorted; 0 when the folder does not exist.
static int list_go_files(const char *dir, Vec *names) {
    DIR *d = opendir(dir);
    if (!d)
        return 0;
    for (struct dirent *e; (e = readdir(d));) {
        size_t n = strlen(e->d_name);
        if (n > 3 && !strcmp(e->d_name + n - 3, ".go") &&
            !(n > 8 && !strcmp(e->d_name + n - 8, "_test.go")))
            vec_push(names, arena_strdup(e->d_name));
    }
    closedir(d);
    if (names->len > 1)  // qsort(NULL, 0, ...) is undefined
        qsort(names->data, (size_t)names->len, sizeof(void *), cmp_names);
    return names->len;
}

static SrcPkg *find_src(const char *path) {
    for (int i = 0; i < src_pkgs.len; i++) {
        SrcPkg *p = src_pkgs.data[i];
        if (!strcmp(p->path, path))
            return p;
    }
    return NULL;
}

// Loads (reads and parses) the package at path once; NULL when stdlib/ has
// no such folder.  Relative and local paths are never looked up.
static SrcPkg *load(const char *path) {
    SrcPkg *p = find_src(path);
    if (p)
        return p->files ? p : NULL;
    p = NEW(SrcPkg);
    p->path = path;
    vec_push(&src_pkgs, p);
    if (!*path || path[0] == '.' || path[0] == '/' || strstr(path, ".."))
        return NULL;
    const char *dir = arena_sprintf("%s/%s", stdlib_dir(), path);
    Vec names = {0};
    if (!list_go_files(dir, &names))
        return NULL;
    p->files = arena_alloc(sizeof(File *) * (size_t)names.len);
    for (int i = 0; i < names.len; i++) {
        const char *full = arena_sprintf("%s/%s", dir, (char *)names.data[i]);
        size_t len = 0;
        char *text = slurp(full, &len);
        if (!text)
            continue;
        int fi = diag_add_file(full, text, len);
        diag_mark_library(fi);
        p->files[p->nfiles++] = parse_file(fi);
    }
    return p->nfiles ? p : NULL;
}

// Appends p's imports, then p, to order (depth first); false after a cycle.
static bool visit(SrcPkg *p, Vec *order) {
    p->state = 1;
    for (int i = 0; i < p->nfiles; i++) {
        File *f = p->files[i];
        for (int j = 0; j < f->imports.len; j++) {
            Spec *s = f->imports.data[j];
            SrcPkg *q = s->path ? load(s->path) : NULL;
            if (!q || q->state == 2)
                continue;
            if (q->state == 1) {
                diag_error(s->pos, "import cycle not allowed: %s imports %s", p->path, q->path);
                return false;
            }
            if (!visit(q, order))
                return false;
        }
    }
    p->state = 2;
    vec_push(order, p);
    return true;
}

// ---------------------------------------------------------------- directives

// The directive on the line just above pos ("//gosub:runtime ceil"), or NULL.
static const char *directive_above(Pos pos, const char **arg) {
    const SourceFile *sf = diag_file(pos.file);
    if (!sf || pos.line < 2)
        return NULL;
    const char *line = sf->text, *end = sf->text + sf->len;
    for (int l = 1; l < pos.line - 1 && line < end; l++) {
        const char *nl = memchr(line, '\n', (size_t)(end - line));
        line = nl ? nl + 1 : end;
    }
    while (line < end && (*line == ' ' || *line == '\t'))
        line++;
    static const char *const kinds[] = {"//gosub:runtime", "//gosub:intrinsic"};
    for (int k = 0; k < 2; k++) {
        size_t n = strlen(kinds[k]);
        if ((size_t)(end - line) < n || strncmp(line, kinds[k], n))
            continue;
        const char *a = line + n;
        while (a < end && (*a == ' ' || *a == '\t'))
            a++;
        const char *e = a;
        while (e < end && *e != '\n' && *e != '\r')
            e++;
        while (e > a && (e[-1] == ' ' || e[-1] == '\t'))
            e--;
        *arg = arena_strndup(a, (size_t)(e - a));  // the rest of the line
        return kinds[k];
    }
    return NULL;
}

// The argument words of a value crossing into C unchanged: scalars take one,
// strings and interfaces two (C and LLVM both pass a two-word value in two
// registers while registers last); anything else cannot cross (0).
static int c_words(Type *t) {
    Type *u = type_under(t);
    if (type_is_numeric(u) || type_is_boolean(u) || u->kind == TYPE_POINTER ||
        u->kind == TYPE_UNSAFE_POINTER)
        return 1;
    if (type_is_string(u) || u->kind == TYPE_INTERFACE)
        return 2;
    return 0;
}

// C_ARG_WORDS: the integer argument registers of x86-64 (AArch64 has eight),
// so no two-word argument is split between a register and the stack.
enum { C_ARG_WORDS = 6 };

// arg is "SYMBOL" or "SYMBOL noescape".
static void runtime_primitive(Decl *d, Obj *o, const char *arg) {
    const char *sp = strpbrk(arg, " \t");
    const char *sym = sp ? arena_strndup(arg, (size_t)(sp - arg)) : arg;
    bool noescape = false;
    if (sp) {
        while (*sp == ' ' || *sp == '\t')
            sp++;
        noescape = !strcmp(sp, "noescape");
        if (!noescape) {
            diag_error(d->name->pos, "//gosub:runtime %s: unknown option %s", sym, sp);
            return;
        }
    }
    Type *sig = o->type ? type_under(o->type) : NULL;
    bool ok = sig && *sym && sig->nresults <= 1 && !sig->variadic;
    int words = 0;
    for (int i = 0; ok && i < sig->nparams; i++) {
        int w = c_words(sig->params[i]);
        ok = w > 0;
        words += w;
    }
    for (int i = 0; ok && i < sig->nresults; i++)
        ok = c_words(sig->results[i]) == 1 || type_is_string(type_under(sig->results[i]));
    if (!ok || words > C_ARG_WORDS) {
        diag_error(d->name->pos, "runtime primitive %s: only scalars, strings and interfaces "
                   "(at most %d words) and one scalar or string result cross into C",
                   o->name, C_ARG_WORDS);
        return;
    }
    o->link_name = sym;
    if (o->func) {
        o->func->name = sym;
        o->func->noescape = noescape;
    }
}

static void intrinsic(Decl *d, Obj *o, const char *path) {
    Package *b = builtin_package(path);
    Obj *m = b ? scope_lookup_local(b->scope, o->name) : NULL;
    if (!m || m->kind != OBJ_FUNC || !m->intrinsic) {
        diag_error(d->name->pos, "%s.%s is not an intrinsic", path, o->name);
        return;
    }
    o->intrinsic = m->intrinsic;
}

// Gives every body-less function of p its runtime symbol or intrinsic.
static void apply_directives(SrcPkg *p) {
    for (int i = 0; i < p->nfiles; i++) {
        File *f = p->files[i];
        for (int j = 0; j < f->decls.len; j++) {
            Decl *d = f->decls.data[j];
            if (d->kind != DECL_FUNC || d->body || d->recv || !d->name->obj)
                continue;
            const char *arg = NULL, *kind = directive_above(d->pos, &arg);
            Obj *o = d->name->obj;
            if (!kind)
                diag_error(d->name->pos, "missing function body");
            else if (!strcmp(kind, "//gosub:runtime"))
                runtime_primitive(d, o, arg);
            else
                intrinsic(d, o, p->path);
        }
    }
}

// ---------------------------------------------------------------- the interface

// Forgets the packages loaded so far, so that the next compilation in the same
// process (the JIT's C API opens one package after another) loads and checks
// them into its own Program instead of finding them already checked into an
// earlier one.
void pkg_reset(void) { src_pkgs.len = 0; }

bool pkg_load_imports(Program *prog, File **files, int nfiles) {
    Vec order = {0};
    bool ok = true;
    int errors_before = diag_error_count();  // the lexer's, in main's files
    for (int i = 0; i < nfiles && ok; i++) {
        for (int j = 0; j < files[i]->imports.len && ok; j++) {
            Spec *s = files[i]->imports.data[j];
            SrcPkg *p = s->path ? load(s->path) : NULL;
            if (p && p->state == 0)
                ok = visit(p, &order);
        }
    }
    for (int i = 0; i < order.len && ok; i++) {
        SrcPkg *p = order.data[i];
        p->pkg = check_package(prog, p->path, p->files, p->nfiles);
        if (p->pkg)
            apply_directives(p);
        ok = p->pkg && diag_error_count() == errors_before;
    }
    return ok && diag_error_count() == errors_before;
}

Package *pkg_find(const char *path) {
    SrcPkg *p = find_src(path);
    if (p && p->pkg)
        return p->pkg;
    return builtin_package(path);
}

bool pkg_is_source(Package *p) {
    for (int i = 0; i < src_pkgs.len; i++)
        if (((SrcPkg *)src_pkgs.data[i])->pkg == p)
            return true;
    return false;
}

static bool exported(const char *name) { return name[0] >= 'A' && name[0] <= 'Z'; }

// spec: Exported identifiers.  The member name of package object pkg (the
// import's name in the file) selected by sel, or NULL after reporting gc's
// error; unknown is set when the package itself was not found.
Obj *pkg_member(Obj *pkg, const char *name, Pos pos) {
    Package *p = pkg->pkg;
    Obj *m = p->scope ? scope_lookup_local(p->scope, name) : NULL;
    if (!p->scope)
        return NULL;
    if (!pkg_is_source(p)) {  // built-in: every member declared is exported
        if (!m && !exported(name))
            errorf(pos, "name %s not exported by package %s", name, p->path);
        else if (!m)
            errorf(pos, "undefined: %s.%s", pkg->name, name);
        return m;
    }
    if (m && !exported(name)) {
        errorf(pos, "name %s not exported by package %s", name, p->name);
        return NULL;
    }
    if (!m)
        errorf(pos, "undefined: %s.%s", pkg->name, name);
    return m;
}
