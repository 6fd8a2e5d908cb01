#!/bin/bash
# The polkit messages are translated completely into every language of
# translations/polkit/LINGUAS, and the built policy carries them.
#   check-polkit.sh POLICY_IN PO_DIR BUILT_POLICY
set -euo pipefail
policy_in=$1 podir=$2 built=$3
fail() { echo "FAIL: $*" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# What is to translate, extracted now from the policy (the polkit ITS rules
# need the file to be named *.policy).
cp "$policy_in" "$tmp/org.interposer.policy"
xgettext -o "$tmp/messages.pot" "$tmp/org.interposer.policy"
total=$(grep -c '^msgid "' "$tmp/messages.pot")
total=$((total - 1)) # the header
[ "$total" -ge 10 ] || fail "only $total messages extracted from $policy_in"

languages=$(cat "$podir/LINGUAS")
for want in de fr ru es; do
	grep -qx "$want" <<<"$languages" || fail "LINGUAS lacks $want"
done
for lang in $languages; do
	po=$podir/$lang.po
	# Every message of the policy has an entry (msgcmp), none is fuzzy or
	# empty (msgfmt's statistics), and the catalogue is well formed.
	msgcmp "$po" "$tmp/messages.pot" || fail "$po lacks messages of $policy_in"
	stats=$(msgfmt --check --statistics -o /dev/null "$po" 2>&1)
	[ "$stats" = "$total translated messages." ] || fail "$po: $stats (want $total translated, nothing else)"
	# The detail polkit fills in must survive translation.
	n=$(grep -c 'xml:lang="'"$lang"'">[^<]*\$(device)' "$built" || true)
	want=$(grep -c '<message>[^<]*\$(device)' "$policy_in")
	[ "$n" = "$want" ] || fail "$built: $n messages in $lang name \$(device), want $want"
	n=$(grep -c 'xml:lang="'"$lang"'"' "$built" || true)
	[ "$n" = "$total" ] || fail "$built: $n strings in $lang, want $total"
	echo "$lang: $total of $total translated"
done
xmllint --noout --dtdvalid /usr/share/polkit-1/policyconfig-1.dtd "$built" || fail "$built is not a valid policy"
echo "polkit policy: $total messages in $(wc -w <<<"$languages") languages"
