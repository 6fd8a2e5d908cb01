# Which kernel releases the module is built for and the VM tests boot.
#
# INTERPOSER_KERNELS is a list of releases (e.g. "6.1.0-42-amd64") or "auto":
# the newest installed Debian amd64 header tree of each supported series.
# "auto" is resolved at every configure, so a kernel update is picked up
# without clearing the cache.

set(INTERPOSER_SUPPORTED_SERIES "6.1;6.12" CACHE STRING
    "Kernel series (major.minor) that Interposer supports")
set(INTERPOSER_KERNELS "auto" CACHE STRING
    "Kernel releases to build the module for and test in VMs, 'auto', or 'none' (DKMS builds it: tools/install, debian/)")

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
  if(NOT IS_DIRECTORY "/usr/src/linux-headers-${release}")
    message(FATAL_ERROR "INTERPOSER_KERNELS names ${release}, but "
      "/usr/src/linux-headers-${release} does not exist: run tools/bootstrap.")
  endif()
endforeach()
message(STATUS "Kernel releases: ${INTERPOSER_KERNEL_RELEASES}")
