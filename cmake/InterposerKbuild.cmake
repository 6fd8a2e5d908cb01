# interposer_kbuild(NAME <module> RELEASE <release> DIR <dir>
#                   SOURCES <files...> [UAPI <headers...>])
#
# Builds <dir>/<module>.ko with Kbuild against /usr/src/linux-headers-<release>:
# the sources are copied into <dir> (uapi headers into <dir>/include/uapi)
# and make runs there with W=1 and -Werror. Appends the .ko to the
# INTERPOSER_KBUILD_OUTPUTS variable of the caller.
find_program(MAKE_PROGRAM NAMES make gmake REQUIRED)

function(interposer_kbuild)
  cmake_parse_arguments(PARSE_ARGV 0 kb "" "NAME;RELEASE;DIR" "SOURCES;UAPI")
  set(output "${kb_DIR}/${kb_NAME}.ko")
  set(copy_uapi "")
  if(kb_UAPI)
    set(copy_uapi COMMAND "${CMAKE_COMMAND}" -E copy_if_different ${kb_UAPI} "${kb_DIR}/include/uapi/")
  endif()
  add_custom_command(
    OUTPUT "${output}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${kb_DIR}/include/uapi"
    COMMAND "${CMAKE_COMMAND}" -E copy_if_different ${kb_SOURCES} "${kb_DIR}/"
    ${copy_uapi}
    COMMAND "${MAKE_PROGRAM}" -C "/usr/src/linux-headers-${kb_RELEASE}" "M=${kb_DIR}"
            W=1 KCFLAGS=-Werror modules
    DEPENDS ${kb_SOURCES} ${kb_UAPI}
    COMMENT "Building ${kb_NAME}.ko for ${kb_RELEASE}"
    VERBATIM)
  set(INTERPOSER_KBUILD_OUTPUTS ${INTERPOSER_KBUILD_OUTPUTS} "${output}" PARENT_SCOPE)
endfunction()
