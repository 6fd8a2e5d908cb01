# The benchmark's throughput part, sourced by guest-bench.sh: IOPS of the
# configurations a, b, h, c, d on $PART, and their ratios.
echo "$ROUNDS rounds; in each, every job runs on a, b, h, c and d back to back; ${RUNTIME} s per run"
JOBS=(randread-1 randwrite-1 randread-32 randwrite-32)
declare -A iops
# run CONFIG DEVICE JOB: one fio run; appends its IOPS to iops[CONFIG/JOB].
run() {
	local config=$1 dev=$2 rw=${3%-*} qd=${3#*-} out
	out=$(fio --name=bench --filename="$dev" --bs=4k --rw="$rw" --direct=1 \
		--ioengine=libaio --iodepth="$qd" --time_based --runtime="$RUNTIME" \
		--size=256M --output-format=json) || fail "fio $rw QD$qd on $dev failed"
	iops[$config/$3]+=" $(python3 -c '
import json, sys
j = json.load(sys.stdin)["jobs"][0]
print(round(j["read"]["iops"] + j["write"]["iops"]))' <<<"$out")"
}

sectors=$(blockdev --getsz "$PART")
# h needs the submit hook registered by a mapping that is not $PART's.
OTHER=$(partition_disk /dev/ram1)
other_attach() {
	local PART=$OTHER BYPASS=
	interpose bench-other "linear @BYPASS@ 0"
}
other_release() {
	local PART=$OTHER BYPASS=
	release bench-other
	drop_bypass
}
# brd allocates a page on its first write there: fill the region the jobs
# use once, so that no configuration pays for that.
dd if=/dev/zero of="$PART" bs=1M count=256 oflag=direct status=none

# The five configurations of one job follow each other within seconds, so
# that whatever else the machine does hits them alike, and the ratios are
# taken within a round before their medians. b is measured after the
# module has been loaded afresh, h, c and d with it loaded; c once the
# hook registered for h has gone again.
for ((round = 1; round <= ROUNDS; round++)); do
	for job in "${JOBS[@]}"; do
		run a "$PART" "$job"
		load_module
		assert_submit_hook off
		run b "$PART" "$job"
		other_attach
		assert_submit_hook on
		[ "$round/$job" != "1/${JOBS[0]}" ] ||
			echo "hooked: $(grep '^submit_bio_noacct ' "$ENABLED_FUNCTIONS")"
		run h "$PART" "$job"
		other_release
		assert_submit_hook off	# it lingers a second
		dmsetup create bench-plain --table "0 $sectors linear $PART 0"
		run c /dev/mapper/bench-plain "$job"
		dmsetup remove bench-plain
		interpose bench-interposed "linear @BYPASS@ 0"
		assert_submit_hook on
		run d "$PART" "$job"
		release bench-interposed
		drop_bypass
		rmmod blkinterposer
	done
	echo "round $round done"
done

echo
python3 - <<PY
import statistics
raw = {$(for k in "${!iops[@]}"; do printf '"%s": [%s], ' "$k" "$(tr ' ' ',' <<<"${iops[$k]# }")"; done)}
print(f"{'job':14} {'a':>7} {'b':>7} {'h':>7} {'c':>7} {'d':>7}   {'b/a':>17} {'h/a':>17} {'d/a':>17} {'d/c':>17}")
print(f"{'':14} {'(IOPS, medians)':>39}   (median of the per-round ratios [lowest, highest])")
def ratio(job, x, y):
    r = [p / q for p, q in zip(raw[f"{x}/{job}"], raw[f"{y}/{job}"])]
    return f"{statistics.median(r):.3f} [{min(r):.2f},{max(r):.2f}]"
for job in ("randread-1", "randwrite-1", "randread-32", "randwrite-32"):
    a, b, h, c, d = (statistics.median(raw[f"{x}/{job}"]) for x in "abhcd")
    name = job.replace("-", " QD")
    print(f"{name:14} {a:7.0f} {b:7.0f} {h:7.0f} {c:7.0f} {d:7.0f}   "
          f"{ratio(job, 'b', 'a'):>17} {ratio(job, 'h', 'a'):>17} "
          f"{ratio(job, 'd', 'a'):>17} {ratio(job, 'd', 'c'):>17}")
print("spread of a (highest/lowest over rounds):",
      ", ".join(f"{job} {max(v)/min(v):.2f}" for job in ("randread-1", "randwrite-1", "randread-32", "randwrite-32")
                for v in [raw[f"a/{job}"]]))
PY
echo "targets: b/a and h/a >= 0.99, d/a >= 0.95, d/c >= 0.98"
