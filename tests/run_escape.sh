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
#      equal, order aside.  When NAME.gc2 exists (gc's -m=2 output), gosub
#      runs again with -m=2 and its lines must equal those too.
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
code2=0
if [[ -f $dir/$name.gc2 ]]; then
	(cd "$dir" && timeout 60 "$gosub" build -m=2 -o "$tmp/out" "$name.go" </dev/null >"$tmp/stdout2" 2>"$tmp/stderr2")
	code2=$?
fi

perl - "$dir/$name.go" "$tmp/stderr" "$dir/$name.gc" "$name" "$code" "$tmp/stderr2" "$dir/$name.gc2" "$code2" <<'PERL'
use strict;
use warnings;
my ($src, $stderr, $gcfile, $name, $code, $stderr2, $gc2file, $code2) = @ARGV;
my $fail = 0;

sub bypos {
	my ($la, $ca) = $a =~ /^(\d+):(\d+)/;
	my ($lb, $cb) = $b =~ /^(\d+):(\d+)/;
	($la // 0) <=> ($lb // 0) || ($ca // 0) <=> ($cb // 0) || $a cmp $b;
}

# Compares gosub's `NAME.go:L:C: msg` lines in $out with gc's `L:C: msg`
# lines in $golden as multisets; reports each difference.
sub compare_set {
	my ($out, $golden, $what) = @_;
	my (%want, %got);
	open my $g, "<", $golden or die "$golden: $!";
	while (<$g>) { chomp; $want{$_}++ if /^\d+:\d+: /; }
	close $g;
	open my $o, "<", $out or die "$out: $!";
	while (<$o>) { chomp; $got{"$1"}++ if m{^(?:\./)?\Q$name\E\.go:(\d+:\d+: .*)$}; }
	close $o;
	my $bad = 0;
	for my $t (sort bypos keys %want) {
		if ($want{$t} > ($got{$t} // 0)) { print STDERR "$name.go:$t   <- gc $what says this; gosub does not\n"; $bad = 1; }
	}
	for my $t (sort bypos keys %got) {
		if ($got{$t} > ($want{$t} // 0)) { print STDERR "$name.go:$t   <- gosub $what says this; gc does not\n"; $bad = 1; }
	}
	return $bad;
}

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

# The columns, against gc's recorded output (-m and -m=2).
$fail |= compare_set($stderr, $gcfile, "-m") if -e $gcfile;
$fail |= compare_set($stderr2, $gc2file, "-m=2") if -e $gc2file;

if ($code >= 128 || $code2 >= 128) {
	print STDERR "$name: gosub crashed (exit status $code/$code2)\n";
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
