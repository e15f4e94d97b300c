# Finds gosub's dependencies: LLVM through its own CMake package (Debian's
# llvm-19-dev installs it under /usr/lib/llvm-19; any LLVM >= 17 works),
# libffi and cmocka through pkg-config.
find_package(LLVM CONFIG REQUIRED
  HINTS /usr/lib/llvm-19/lib/cmake/llvm /usr/lib/llvm-18/lib/cmake/llvm
        /usr/lib/llvm-17/lib/cmake/llvm)
if(LLVM_VERSION_MAJOR LESS 17)
  message(FATAL_ERROR "gosub needs LLVM >= 17 (opaque pointers); found ${LLVM_VERSION}")
endif()
message(STATUS "LLVM ${LLVM_PACKAGE_VERSION} in ${LLVM_DIR}")

find_package(PkgConfig REQUIRED)
pkg_check_modules(FFI REQUIRED IMPORTED_TARGET libffi)
pkg_check_modules(CMOCKA REQUIRED IMPORTED_TARGET cmocka)

# FileCheck ships in llvm-19-tools under LLVM's tools directory.
find_program(FILECHECK NAMES FileCheck FileCheck-${LLVM_VERSION_MAJOR}
  HINTS ${LLVM_TOOLS_BINARY_DIR})
