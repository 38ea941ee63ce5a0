# One INTERFACE target carries the warnings and strict Qt defines for all of our code.
add_library(opvangloket_common INTERFACE)
if(MSVC)
  # The Windows installer build (.github/workflows/installers.yml): sources are UTF-8 (Dutch and French text).
  target_compile_options(opvangloket_common INTERFACE /W3 /utf-8)
else()
  target_compile_options(opvangloket_common INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
endif()
target_compile_definitions(opvangloket_common INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_STRICT_ITERATORS
  QT_NO_FOREACH
  OPVANGLOKET_VERSION="${PROJECT_VERSION}")

if(CMAKE_BUILD_TYPE STREQUAL "Debug" AND OPVANGLOKET_SANITIZE)
  target_compile_options(opvangloket_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(opvangloket_common INTERFACE -fsanitize=address,undefined)
endif()

# scripts/fuzz: a clang build of its own (build-fuzz/) with the libFuzzer targets of tests/fuzz. Our code is
# instrumented for coverage (fuzzer-no-link) and checked by ASan and UBSan; undefined behaviour aborts, so
# libFuzzer keeps the input like any crash.
option(OPVANGLOKET_FUZZ "Build the libFuzzer targets of tests/fuzz (clang only)" OFF)
if(OPVANGLOKET_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "OPVANGLOKET_FUZZ needs clang (e.g. -DCMAKE_CXX_COMPILER=clang++-14)")
  endif()
  target_compile_options(opvangloket_common INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                         -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  target_link_options(opvangloket_common INTERFACE -fsanitize=address,undefined)
endif()
