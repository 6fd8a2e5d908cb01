# SPDX-License-Identifier: GPL-2.0
#
# blame.awk: which probes the compiler's diagnostics blame (run.sh).
# In the environment: IP_PROBES_DIR, the probes' directory with a final /;
# IP_PROBES_UNIT, the file that includes them, each on its line 2k-1 and a
# ";" on line 2k; IP_PROBES, their names in that order.
# Prints the names between spaces, or " ? " when an error is in none of
# the probes' files nor on one's ";" (a header, the compiler itself, no
# line number) and no note after it names one.

# The file a diagnostic is located in; "" if it has no line number.
function file_of(line) {
	if (!match(line, /:[0-9]+(:[0-9]+)?: /))
		return ""
	return substr(line, 1, RSTART - 1)
}

# The line number of a diagnostic.
function line_of(line) {
	match(line, /:[0-9]+/)
	return substr(line, RSTART + 1, RLENGTH - 1) + 0
}

# The probe a diagnostic is located in, or "". A declaration that a probe
# left open ends at its ";" in the unit, with an error there.
function probe_at(line, file, n) {
	file = file_of(line)
	if (file == unit) {
		n = line_of(substr(line, length(file) + 1))
		return n % 2 == 0 ? names[n / 2] : ""
	}
	return probe_of(file)
}

# The probe a file is, or "".
function probe_of(file) {
	if (index(file, dir) != 1 || file !~ /\.c$/)
		return ""
	file = substr(file, length(dir) + 1)
	if (file ~ /\//)
		return ""
	return substr(file, 1, length(file) - 2)
}

BEGIN {
	dir = ENVIRON["IP_PROBES_DIR"]
	unit = ENVIRON["IP_PROBES_UNIT"]
	split(ENVIRON["IP_PROBES"], names, " ")
}

# An error (a warning turned into one by -Werror says "error" too; a mere
# warning fails nothing).
/(^|: )(fatal error|error|sorry, unimplemented): / {
	if (unblamed)
		unknown = 1
	name = probe_at($0)
	unblamed = name == ""
	if (!unblamed)
		blame[name] = 1
	next
}

# An error inside a kernel macro is located in the header; the notes after
# it lead back to the probe that expanded the macro.
unblamed && /:[0-9]+(:[0-9]+)?: note: / {
	name = probe_at($0)
	if (name != "") {
		blame[name] = 1
		unblamed = 0
	}
}

END {
	line = " "
	if (unblamed || unknown)
		line = " ? "
	else
		for (name in blame)
			line = line name " "
	print line
}
