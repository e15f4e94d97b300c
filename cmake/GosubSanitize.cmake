# Sanitizer and fuzzing builds (issue 6).  Use a build directory of their own.
#
# GOSUB_SANITIZE=ON builds gosub, its libraries, its unit tests and the runtime
# (libgosubrt.a) with AddressSanitizer and UndefinedBehaviorSanitizer, so the
# test suite checks both the compiler and the collector for memory errors and
# undefined behaviour:
#
#     cmake -S . -B build-san -DGOSUB_SANITIZE=ON && cmake --build build-san -j2
#     ctest --test-dir build-san -j2 -LE 'stress|extreme|escapecheck'
#
# Every finding aborts (-fno-sanitize-recover), so a report cannot scroll past
# a passing test.  Programs gosub links in this mode need the sanitizers'
# runtimes too: the GOSUB_SANITIZE definition makes the driver pass
# -fsanitize=address,undefined to the linker (host target only; the cross
# runtime is built without sanitizers).  The collector reads whole stack frames
# conservatively, ASan's redzones included; the scanning function is exempt
# (runtime/gc.c, scan_conservative).
#
# GOSUB_FUZZ=ON (implies GOSUB_SANITIZE) also adds libFuzzer's coverage
# instrumentation to the compiler's libraries and the fuzz_compile target
# (tests/fuzz/CMakeLists.txt).  libFuzzer ships with clang, so the C compiler
# must be clang (Debian: clang-19):
#
#     CC=clang-19 cmake -S . -B build-san -DGOSUB_FUZZ=ON && cmake --build build-san -j2
#
# One such directory serves CI's sanitizer run and its fuzzing smoke run.
option(GOSUB_SANITIZE "Build gosub and its runtime with ASan and UBSan" OFF)
option(GOSUB_FUZZ "Also build the libFuzzer target tests/fuzz/fuzz_compile (needs clang)" OFF)
if(GOSUB_FUZZ)
  if(NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "GOSUB_FUZZ needs clang: CC=clang-19 cmake -DGOSUB_FUZZ=ON ...")
  endif()
  set(GOSUB_SANITIZE ON)
endif()
if(GOSUB_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  # clang's ASan may move locals to a heap "fake stack" to catch use after
  # return; the collector would not see Go pointers the runtime keeps there.
  if(CMAKE_C_COMPILER_ID MATCHES "Clang")
    add_compile_options(-fsanitize-address-use-after-return=never)
  endif()
  add_link_options(-fsanitize=address,undefined)
  # The driver links programs with this same compiler and flags, since the
  # runtime then needs this compiler's sanitizer runtimes (driver/main.c).
  add_compile_definitions(GOSUB_SANITIZE=1 GOSUB_SANITIZE_CC="${CMAKE_C_COMPILER}")
  message(STATUS "GOSUB_SANITIZE: building with -fsanitize=address,undefined")
endif()
