#!/usr/bin/env bash
# gen.sh [--annotate] [FILE.go...]
#
# Records gc's escape diagnostics for the tests in this directory: for each
# FILE.go (default: every *.go here) runs the Go toolchain's compiler,
#
#     go build -gcflags='-m -l' -o /dev/null FILE.go
#
# (inlining off, as the tests assume) and writes FILE.gc, one diagnostic a
# line as `LINE:COL: message`, in gc's order, and FILE.gc2, the same at -m=2
# (with the flow explaining each decision).  run_escape.sh compares gosub's
# full set of line:col:message triples with each.
#
# With --annotate it also rewrites the `// ERROR "..."` comment at the end of
# each line of FILE.go from the same output (each message regexp-quoted and
# anchored with $, as Go's test/escape*.go files write them), so the inline
# expectations are transcribed from gc's real output, never typed by hand.
# Review the diff before committing: an annotation records what gc does, not
# what is right (write `// BAD:` above lines where gc is imprecise).
#
# Needs Go (GO, default /usr/local/go/bin/go); building and testing gosub
# never does: the .gc files and annotations are committed.
set -eu
cd "$(dirname "$0")"
go=${GO:-/usr/local/go/bin/go}
annotate=0
if [[ ${1:-} == --annotate ]]; then
	annotate=1
	shift
fi
files=("$@")
if ((${#files[@]} == 0)); then
	files=(*.go)
fi
for f in "${files[@]}"; do
	f=$(basename "$f")
	name=${f%.go}
	# go build exits 1 when the package does not compile; -m output is on stderr.
	out=$("$go" build -gcflags='-m -l' -o /dev/null "$f" 2>&1) || {
		echo "gen.sh: $f does not compile with go:" >&2
		echo "$out" >&2
		exit 1
	}
	printf '%s\n' "$out" | sed -n "s|^\./$name\.go:\([0-9]*:[0-9]*: .*\)|\1|p" >"$name.gc"
	# -m=2: the flows explaining each decision; file names as gosub prints
	# them (as given on the command line, without go build's ./).
	# A file marked `// gen: no -m=2 golden` gets none (gc's notes there name
	# compiler temporaries no other compiler can reproduce).
	if grep -q '^// gen: no -m=2 golden' "$f"; then
		rm -f "$name.gc2"
	else
		"$go" build -gcflags='-m=2 -l' -o /dev/null "$f" 2>&1 |
			sed -n "s|^\./$name\.go:\([0-9]*:[0-9]*: .*\)|\1|p" | sed "s| at \./$name\.go:| at $name.go:|g" >"$name.gc2"
	fi
	if ((annotate)); then
		perl -e '
			my ($go, $gc) = @ARGV;
			my %msgs;
			open my $g, "<", $gc or die;
			while (<$g>) {
				chomp;
				my ($line, $col, $msg) = /^(\d+):(\d+): (.*)$/ or next;
				push @{$msgs{$line}}, $msg;
			}
			open my $in, "<", $go or die;
			my @lines = <$in>;
			close $in;
			for my $i (0 .. $#lines) {
				my $n = $i + 1;
				chomp(my $l = $lines[$i]);
				$l =~ s{\s*// ERROR ".*$}{};
				if ($msgs{$n}) {
					my @re = map { my $m = $_; $m =~ s/([\\.()\[\]{}*+?^\$|"])/\\$1/g; "\"$m\$\"" } @{$msgs{$n}};
					$l .= " // ERROR " . join(" ", @re);
				}
				$lines[$i] = "$l\n";
			}
			open my $out, ">", $go or die;
			print $out @lines;
		' "$f" "$name.gc"
	fi
	echo "$name: $(wc -l <"$name.gc") diagnostics"
done
