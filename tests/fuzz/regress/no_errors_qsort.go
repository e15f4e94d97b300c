// Found by fuzz_compile under UBSan: with no errors to report, the checker
// called qsort(NULL, 0, ...) (frontend/check.c flush_errors; also
// frontend/packages.c, types.c, check_method.c, escape/report.c): a null
// argument declared nonnull.  Any error-free program triggers it.
package main

func main() {}
