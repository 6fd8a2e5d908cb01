# interposer_kbuild(NAME <module> RELEASE <release> DIR <dir>
#                   SOURCES <files...> [UAPI <headers...>] [PROBES <files...>])
#
# Builds <dir>/<module>.ko with Kbuild against the headers of <release>
# (tools/kbuild: this machine's /usr/src, or the Debian build root that has
# them): the sources are copied into <dir> (uapi headers into
# <dir>/include/uapi, Kbuild's feature probes into <dir>/probes) and make
# runs there with W=1 and -Werror. Appends the .ko to the
# INTERPOSER_KBUILD_OUTPUTS variable of the caller.
function(interposer_kbuild)
  cmake_parse_arguments(PARSE_ARGV 0 kb "" "NAME;RELEASE;DIR" "SOURCES;UAPI;PROBES")
  set(output "${kb_DIR}/${kb_NAME}.ko")
  set(copy_uapi "")
  if(kb_UAPI)
    set(copy_uapi COMMAND "${CMAKE_COMMAND}" -E copy_if_different ${kb_UAPI} "${kb_DIR}/include/uapi/")
  endif()
  set(copy_probes "")
  if(kb_PROBES)
    set(copy_probes
      COMMAND "${CMAKE_COMMAND}" -E make_directory "${kb_DIR}/probes"
      COMMAND "${CMAKE_COMMAND}" -E copy_if_different ${kb_PROBES} "${kb_DIR}/probes/")
  endif()
  add_custom_command(
    OUTPUT "${output}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${kb_DIR}/include/uapi"
    COMMAND "${CMAKE_COMMAND}" -E copy_if_different ${kb_SOURCES} "${kb_DIR}/"
    ${copy_uapi}
    ${copy_probes}
    COMMAND "${CMAKE_COMMAND}" -E env "INTERPOSER_ROOTS=${INTERPOSER_ROOTS_DIR}"
            "${PROJECT_SOURCE_DIR}/tools/kbuild" "${kb_RELEASE}" "${kb_DIR}"
            W=1 KCFLAGS=-Werror modules
    DEPENDS ${kb_SOURCES} ${kb_UAPI} ${kb_PROBES}
    COMMENT "Building ${kb_NAME}.ko for ${kb_RELEASE}"
    VERBATIM)
  set(INTERPOSER_KBUILD_OUTPUTS ${INTERPOSER_KBUILD_OUTPUTS} "${output}" PARENT_SCOPE)
endfunction()
