# interposer_add_vm_test(NAME <name> SCRIPT <guest script>
#                        [DISKS <size>...] [TIMEOUT <seconds>] [MEMORY <MiB>]
#                        [KERNELS <release>...] [APPEND <kernel argument>...]
#                        [CPUS <n>] [LEAN_MODULES] [VMRUN_ARGS <vmrun args>...]
#                        [ENV <NAME=VALUE>...] [ARGS <script args>...])
#
# Registers one ctest test per kernel release, named vm/<name>/<series>
# (e.g. vm/dm-busy/6.12), labelled "vm" and "kernel-<series>". DISKS are
# vmrun's SIZE[:KIND] (virtio-blk unless KIND says otherwise). The guest
# script runs as root in a VM booted from that release (vmrun finds it); it finds
# the source and build trees in INTERPOSER_SOURCE_DIR and INTERPOSER_BUILD_DIR
# and the module built for its kernel in INTERPOSER_KMOD. Results and logs
# are kept in <build>/tests/vm/results/<name>/<series>/.
#
# CPUS (default 1) is the guest's vCPU count, and what ctest counts the
# test as using (PROCESSORS): with `ctest --parallel 2` two one-CPU guests
# run side by side, a two-CPU guest alone. One vCPU keeps one core busy
# (TCG, one thread per vCPU); a two-vCPU guest running a shell script
# keeps about 1.3 busy, so two one-CPU guests side by side do 1.4 times
# the work (measured: linear and snapshot, 51.6 s side by side on one CPU
# each, 72 s one after the other on two). Scenarios whose point is
# concurrency in the kernel (attach/detach cycles under load, the fuzzer's
# racing processes, a holder dying while frozen, a disk removed under
# I/O) ask for 2: one vCPU interleaves only where the kernel schedules.
#
# The timeout is also the test's COST, which ctest runs the highest of
# first when it has no times of its own (a clean clone): the long guests
# start early, side by side, rather than one of them alone at the end.
#
# LEAN_MODULES: the guest's module tree holds only what the tests load
# (vmrun --lean-modules), for guests that run DKMS and so depmod.
# VMRUN_ARGS go to vmrun as they are (--root, --share, --modules-of); ENV
# adds to, or overrides, the script's environment.

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
  cmake_parse_arguments(PARSE_ARGV 0 vm "LEAN_MODULES" "NAME;SCRIPT;TIMEOUT;MEMORY;CPUS"
                        "DISKS;KERNELS;APPEND;ARGS;VMRUN_ARGS;ENV")
  if(NOT vm_TIMEOUT)
    set(vm_TIMEOUT 600)
  endif()
  if(NOT vm_CPUS)
    set(vm_CPUS 1)
  endif()
  if(NOT vm_MEMORY)
    set(vm_MEMORY 1024)
  endif()
  if(NOT vm_KERNELS)
    set(vm_KERNELS ${INTERPOSER_KERNEL_RELEASES})
  endif()
  set(vmrun_args "")
  foreach(size IN LISTS vm_DISKS)
    list(APPEND vmrun_args --disk ${size})
  endforeach()
  if(vm_LEAN_MODULES)
    list(APPEND vmrun_args --lean-modules)
  endif()
  foreach(word IN LISTS vm_APPEND)
    list(APPEND vmrun_args --append ${word})
  endforeach()
  list(APPEND vmrun_args ${vm_VMRUN_ARGS})
  set(env_args "")
  foreach(item IN LISTS vm_ENV)
    list(APPEND env_args --env "${item}")
  endforeach()
  foreach(release IN LISTS vm_KERNELS)
    interposer_kernel_series("${release}" series)
    set(test "vm/${vm_NAME}/${series}")
    add_test(NAME "${test}"
      COMMAND "${INTERPOSER_VMRUN}" --kernel "${release}"
        --results "${PROJECT_BINARY_DIR}/tests/vm/results/${vm_NAME}/${series}"
        --cache-dir "${PROJECT_BINARY_DIR}/tests/vm/initramfs"
        --timeout ${vm_TIMEOUT} --memory ${vm_MEMORY} --cpus ${vm_CPUS} ${vmrun_args}
        --env "INTERPOSER_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        --env "INTERPOSER_BUILD_DIR=${PROJECT_BINARY_DIR}"
        --env "INTERPOSER_KMOD=${PROJECT_BINARY_DIR}/kmod/${release}/blkinterposer.ko"
        ${env_args} "${vm_SCRIPT}" ${vm_ARGS})
    math(EXPR ctest_timeout "${vm_TIMEOUT} + 120")
    set_tests_properties("${test}" PROPERTIES
      LABELS "vm;kernel-${series}" PROCESSORS ${vm_CPUS} TIMEOUT ${ctest_timeout}
      COST ${vm_TIMEOUT} ENVIRONMENT "INTERPOSER_ROOTS=${INTERPOSER_ROOTS_DIR}")
  endforeach()
endfunction()
