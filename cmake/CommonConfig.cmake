# One INTERFACE target carries the warnings and strict Qt defines for all of our code.
add_library(opvangloket_common INTERFACE)
target_compile_options(opvangloket_common INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
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
