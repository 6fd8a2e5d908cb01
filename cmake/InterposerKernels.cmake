# Which kernel releases the module is built for and the VM tests boot.
#
# INTERPOSER_KERNELS is a list of releases (e.g. "6.1.0-42-amd64") or "auto":
# every kernel line Debian ships, the newest release of each:
#   6.1         Debian 12                 this machine's /usr/src
#   6.12        Debian 12 backports       this machine's /usr/src
#   6.12-deb13  Debian 13                 the trixie build root
#   7.N-deb13   Debian 13 backports       the trixie build root
#   7.N-deb14   Debian unstable           the sid build root
# (the left column is the line's name in test names). The roots are made
# by tools/bootstrap (tools/bootstrap.d/debian-root), which writes the
# releases of each into <roots>/<root>.lines. "auto" is resolved at every
# configure, so a kernel update is picked up without clearing the cache.

set(INTERPOSER_SUPPORTED_SERIES "6.1;6.12" CACHE STRING
    "Kernel series (major.minor) of this machine's own kernels that Interposer supports")
set(INTERPOSER_DEBIAN_ROOTS "trixie;sid" CACHE STRING
    "Debian build roots whose kernel lines the module is built for and tested on")
# The scripts (tools/bootstrap, tools/kbuild, tests/vm/vmrun) read the
# roots' place from the environment's INTERPOSER_ROOTS; the build takes its
# default from there and hands its own value on to every script it runs,
# so both name one directory.
if(DEFINED ENV{INTERPOSER_ROOTS} AND NOT "$ENV{INTERPOSER_ROOTS}" STREQUAL "")
  set(_interposer_roots_default "$ENV{INTERPOSER_ROOTS}")
else()
  set(_interposer_roots_default "/var/cache/interposer/roots")
endif()
set(INTERPOSER_ROOTS_DIR "${_interposer_roots_default}" CACHE PATH
    "Where tools/bootstrap keeps the Debian build roots (INTERPOSER_ROOTS, passed on to the scripts)")
set(INTERPOSER_KERNELS "auto" CACHE STRING
    "Kernel releases to build the module for and test in VMs, 'auto', or 'none' (DKMS builds it: tools/install, debian/)")

# The headers directory of a release: this machine's, or a build root's.
function(interposer_kernel_headers release out)
  set(dir "/usr/src/linux-headers-${release}")
  if(NOT IS_DIRECTORY "${dir}")
    foreach(root IN LISTS INTERPOSER_DEBIAN_ROOTS)
      if(IS_DIRECTORY "${INTERPOSER_ROOTS_DIR}/${root}/usr/src/linux-headers-${release}")
        set(dir "${INTERPOSER_ROOTS_DIR}/${root}/usr/src/linux-headers-${release}")
      endif()
    endforeach()
  endif()
  set(${out} "${dir}" PARENT_SCOPE)
endfunction()

function(interposer_find_kernels out)
  if(NOT INTERPOSER_KERNELS STREQUAL "auto")
    set(${out} "${INTERPOSER_KERNELS}" PARENT_SCOPE)
    return()
  endif()
  file(GLOB trees LIST_DIRECTORIES true "/usr/src/linux-headers-*-amd64")
  set(found "")
  foreach(series IN LISTS INTERPOSER_SUPPORTED_SERIES)
    set(candidates "")
    foreach(tree IN LISTS trees)
      string(REGEX REPLACE "^/usr/src/linux-headers-" "" release "${tree}")
      # Stock flavour only: not -cloud-amd64 or -rt-amd64.
      if(release MATCHES "-(cloud|rt)-amd64$")
        continue()
      endif()
      if(release MATCHES "^([0-9]+\\.[0-9]+)[.-]" AND CMAKE_MATCH_1 STREQUAL series)
        list(APPEND candidates "${release}")
      endif()
    endforeach()
    if(candidates)
      list(SORT candidates COMPARE NATURAL ORDER DESCENDING)
      list(GET candidates 0 newest)
      list(APPEND found "${newest}")
    endif()
  endforeach()
  foreach(root IN LISTS INTERPOSER_DEBIAN_ROOTS)
    set(lines_file "${INTERPOSER_ROOTS_DIR}/${root}.lines")
    if(NOT EXISTS "${lines_file}")
      message(FATAL_ERROR "The Debian build root ${root} is missing "
        "(${lines_file} does not exist): run tools/bootstrap.")
    endif()
    # Reconfigure when bootstrap brings a new point release.
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${lines_file}")
    file(STRINGS "${lines_file}" releases)
    list(APPEND found ${releases})
  endforeach()
  set(${out} "${found}" PARENT_SCOPE)
endfunction()

if(INTERPOSER_KERNELS STREQUAL "none")
  if(BUILD_TESTING)
    message(FATAL_ERROR "INTERPOSER_KERNELS=none needs BUILD_TESTING=OFF: the tests build and boot the module")
  endif()
  set(INTERPOSER_KERNEL_RELEASES "")
  message(STATUS "Kernel releases: none (the module is left to DKMS)")
  return()
endif()
interposer_find_kernels(INTERPOSER_KERNEL_RELEASES)
if(NOT INTERPOSER_KERNEL_RELEASES)
  message(FATAL_ERROR
    "No kernel headers of a supported series (${INTERPOSER_SUPPORTED_SERIES}) "
    "under /usr/src: run tools/bootstrap, or set INTERPOSER_KERNELS.")
endif()
foreach(release IN LISTS INTERPOSER_KERNEL_RELEASES)
  interposer_kernel_headers("${release}" headers)
  if(NOT IS_DIRECTORY "${headers}")
    message(FATAL_ERROR "INTERPOSER_KERNELS names ${release}, but its headers are "
      "neither in /usr/src nor in a build root under ${INTERPOSER_ROOTS_DIR}: run tools/bootstrap.")
  endif()
endforeach()
# This machine's own kernels (headers in /usr/src): DKMS inside a guest,
# which builds with this machine's compiler, can build only for these.
set(INTERPOSER_HOST_KERNEL_RELEASES "")
foreach(release IN LISTS INTERPOSER_KERNEL_RELEASES)
  if(IS_DIRECTORY "/usr/src/linux-headers-${release}")
    list(APPEND INTERPOSER_HOST_KERNEL_RELEASES "${release}")
  endif()
endforeach()
message(STATUS "Kernel releases: ${INTERPOSER_KERNEL_RELEASES} (this machine's: ${INTERPOSER_HOST_KERNEL_RELEASES})")
