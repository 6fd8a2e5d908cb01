# interposer_add_vm_test(NAME <name> SCRIPT <guest script>
#                        [DISKS <size>...] [TIMEOUT <seconds>] [MEMORY <MiB>]
#                        [KERNELS <release>...] [APPEND <kernel argument>...]
#                        [ARGS <script args>...])
#
# Registers one ctest test per kernel release, named vm/<name>/<series>
# (e.g. vm/dm-busy/6.12), labelled "vm" and "kernel-<series>". DISKS are
# vmrun's SIZE[:KIND] (virtio-blk unless KIND says otherwise). The guest
# script runs as root in a VM booted from /boot/vmlinuz-<release>; it finds
# the source and build trees in INTERPOSER_SOURCE_DIR and INTERPOSER_BUILD_DIR
# and the module built for its kernel in INTERPOSER_KMOD. Results and logs
# are kept in <build>/tests/vm/results/<name>/<series>/.
#
# VM tests run one at a time: a TCG guest keeps both cores busy.

set(INTERPOSER_VMRUN "${PROJECT_SOURCE_DIR}/tests/vm/vmrun")

# The kernel line of a release, as test names carry it: major.minor, and
# the Debian release after 12 that built it ("6.12.118+deb13-amd64" is
# 6.12-deb13, "6.12.118+deb12-amd64" is 6.12, "6.1.0-57-amd64" is 6.1).
function(interposer_kernel_series release out)
  string(REGEX MATCH "^[0-9]+\\.[0-9]+" series "${release}")
  if(release MATCHES "\\+deb([0-9]+)-" AND CMAKE_MATCH_1 GREATER 12)
    set(series "${series}-deb${CMAKE_MATCH_1}")
  endif()
  set(${out} "${series}" PARENT_SCOPE)
endfunction()

function(interposer_add_vm_test)
  cmake_parse_arguments(PARSE_ARGV 0 vm "" "NAME;SCRIPT;TIMEOUT;MEMORY"
                        "DISKS;KERNELS;APPEND;ARGS")
  if(NOT vm_TIMEOUT)
    set(vm_TIMEOUT 600)
  endif()
  if(NOT vm_MEMORY)
    set(vm_MEMORY 1024)
  endif()
  if(NOT vm_KERNELS)
    set(vm_KERNELS ${INTERPOSER_KERNEL_RELEASES})
  endif()
  set(disk_args "")
  foreach(size IN LISTS vm_DISKS)
    list(APPEND disk_args --disk ${size})
  endforeach()
  foreach(word IN LISTS vm_APPEND)
    list(APPEND disk_args --append ${word})
  endforeach()
  foreach(release IN LISTS vm_KERNELS)
    interposer_kernel_series("${release}" series)
    set(test "vm/${vm_NAME}/${series}")
    add_test(NAME "${test}"
      COMMAND "${INTERPOSER_VMRUN}" --kernel "${release}"
        --results "${PROJECT_BINARY_DIR}/tests/vm/results/${vm_NAME}/${series}"
        --cache-dir "${PROJECT_BINARY_DIR}/tests/vm/initramfs"
        --timeout ${vm_TIMEOUT} --memory ${vm_MEMORY} ${disk_args}
        --env "INTERPOSER_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        --env "INTERPOSER_BUILD_DIR=${PROJECT_BINARY_DIR}"
        --env "INTERPOSER_KMOD=${PROJECT_BINARY_DIR}/kmod/${release}/blkinterposer.ko"
        "${vm_SCRIPT}" ${vm_ARGS})
    math(EXPR ctest_timeout "${vm_TIMEOUT} + 120")
    set_tests_properties("${test}" PROPERTIES
      LABELS "vm;kernel-${series}" RUN_SERIAL TRUE TIMEOUT ${ctest_timeout})
  endforeach()
endfunction()
