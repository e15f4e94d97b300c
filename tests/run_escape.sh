#!/usr/bin/env bash
# run_escape.sh GOSUB FILE.go
#
# Checks gosub's escape analysis diagnostics on FILE.go the way Go's own
# test/run.go checks test/escape*.go ("errorcheck"):
#
#   1. Runs `GOSUB build -m -o TMP NAME.go` in FILE's directory (60 s limit)
#      and collects every `NAME.go:LINE:COL: message` line of its stderr.
#   2. Annotations: each `// ERROR "re1" "re2"...` comment expects, on its
#      line, one distinct diagnostic matching each regexp (Perl regexps,
#      which agree with Go's on the escaped forms the tests use).  An
#      annotation left without a diagnostic and a diagnostic matched by no
#      annotation are both failures.
#   3. Columns: when NAME.gc exists (gc's full output, LINE:COL: message,
#      written by escape/gen.sh), the set of line:col:message triples must be
#      equal, order aside.
#
# Files named later_*.go use language features of a later milestone and are
# skipped (exit 0 with SKIP) unless GOSUB_ESCAPE_LATER=1.  Prints PASS/FAIL
# and every mismatch; exits 1 on failure.
set -u

if (($# != 2)); then
	echo "usage: run_escape.sh GOSUB FILE.go" >&2
	exit 2
fi
gosub=$1
src=$2
case $gosub in
/*) ;;
*/*) gosub=$(cd "$(dirname "$gosub")" && pwd)/$(basename "$gosub") ;;
esac

dir=$(cd "$(dirname "$src")" && pwd)
name=$(basename "$src" .go)
if [[ $name == later_* && ${GOSUB_ESCAPE_LATER:-0} != 1 ]]; then
	echo "SKIP $name: needs a later milestone (GOSUB_ESCAPE_LATER=1 runs it)"
	exit 0
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gosub-esc.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

(cd "$dir" && timeout 60 "$gosub" build -m -o "$tmp/out" "$name.go" </dev/null >"$tmp/stdout" 2>"$tmp/stderr")
code=$?
if ((code == 124)); then
	echo "FAIL $name: gosub timed out after 60 s" >&2
	exit 1
fi

perl - "$dir/$name.go" "$tmp/stderr" "$dir/$name.gc" "$name" "$code" <<'PERL'
use strict;
use warnings;
my ($src, $stderr, $gcfile, $name, $code) = @ARGV;
my $fail = 0;

# gosub's diagnostics: line => [[col, msg, used], ...]
my (%diag, @triples, @other);
open my $e, "<", $stderr or die "$stderr: $!";
while (<$e>) {
	chomp;
	if (m{^(?:\./)?\Q$name\E\.go:(\d+):(\d+): (.*)$}) {
		push @{$diag{$1}}, [$2, $3, 0];
		push @triples, "$1:$2: $3";
	} else {
		push @other, $_;
	}
}
close $e;

# The annotations.
open my $s, "<", $src or die "$src: $!";
my $line = 0;
while (my $l = <$s>) {
	$line++;
	next unless $l =~ m{// ERROR (.*)$};
	my $rest = $1;
	while ($rest =~ /\G\s*"((?:[^"\\]|\\.)*)"/gc) {
		my $re = $1;
		$re =~ s/(?<!\\)\{(?!\d)/\\{/g;  # Go's regexps take a literal { where Perl warns
		my $found = 0;
		for my $d (@{$diag{$line} // []}) {
			next if $d->[2];
			if ($d->[1] =~ /$re/) {
				$d->[2] = 1;
				$found = 1;
				last;
			}
		}
		if (!$found) {
			print STDERR "$name.go:$line: missing diagnostic matching \"$re\"\n";
			$fail = 1;
		}
	}
}
close $s;
for my $ln (sort { $a <=> $b } keys %diag) {
	for my $d (@{$diag{$ln}}) {
		next if $d->[2];
		print STDERR "$name.go:$ln:$d->[0]: unexpected diagnostic: $d->[1]\n";
		$fail = 1;
	}
}

# The columns, against gc's recorded output.
if (-e $gcfile) {
	open my $g, "<", $gcfile or die "$gcfile: $!";
	my %want;
	while (<$g>) {
		chomp;
		$want{$_}++ if /^\d+:\d+: /;
	}
	close $g;
	my %got;
	$got{$_}++ for @triples;
	sub bypos { my ($la, $ca) = $a =~ /^(\d+):(\d+)/; my ($lb, $cb) = $b =~ /^(\d+):(\d+)/; $la <=> $lb || $ca <=> $cb || $a cmp $b }
	for my $t (sort bypos keys %want) {
		my $d = $want{$t} - ($got{$t} // 0);
		if ($d > 0) { print STDERR "$name.go:$t   <- gc says this; gosub does not\n"; $fail = 1; }
	}
	for my $t (sort bypos keys %got) {
		my $d = $got{$t} - ($want{$t} // 0);
		if ($d > 0) { print STDERR "$name.go:$t   <- gosub says this; gc does not\n"; $fail = 1; }
	}
}

if ($code >= 128) {
	print STDERR "$name: gosub crashed (exit status $code)\n";
	$fail = 1;
}
if (@other && $code != 0) {
	print STDERR "$name: gosub exited with status $code:\n";
	print STDERR "  $_\n" for @other[0 .. ($#other < 9 ? $#other : 9)];
}
if ($fail) {
	print STDERR "FAIL $name\n";
	exit 1;
}
print "PASS $name\n";
exit 0;
PERL
