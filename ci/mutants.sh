#!/bin/sh
# Mutation testing of the law modules (src/law/**) with cargo-mutants, module by module, each
# module against the test targets that exercise it; prints the score per file and overall.
#
# Usage (from anywhere; works in the repository root):
#   sh ci/mutants.sh                  # every group: nd80 qd3554 qd510 tt124 (hours on 2 cores)
#   sh ci/mutants.sh nd80 qd510       # some groups
#   sh ci/mutants.sh --score          # only print the score of the results in mutants.out/
#   MUTANTS_ARGS="--iterate" sh ci/mutants.sh tt124   # retest only what was missed last time
#
# Env: MUTANTS_ARGS   extra cargo-mutants arguments (e.g. "--iterate", "--baseline=skip")
#      MUTANTS_JOBS   parallel jobs (default 1: each build already uses every core)
#      PROPTEST_CASES proptest cases per property (default 32 here: a mutant costs seconds)
#      MUTANTS_TARGET_DIR the build directory (default target/mutants-build; reused across runs)
#
# The settings mirror .cargo/mutants.toml (scope src/law, `mutants` profile, timeout x3); the
# script passes them on the command line with --no-config, because cargo-mutants adds a `-f`
# glob to the config's examine_globs instead of narrowing them.
# Results: mutants.out/<group>/mutants.out/{caught,missed,timeout,unviable}.txt (git-ignored).
# Score = (caught + timeout) / (caught + missed + timeout); unviable mutants do not count.
# Not part of .ci/run (too long). Requires: cargo install --locked cargo-mutants (v27).
set -eu

root_dir=$(cd "$(dirname "$0")/.." && pwd)
cd "$root_dir"
out_root=mutants.out

# Test targets per group. `--lib` runs the crate's unit tests (nd80 and tt124 have some).
tests_nd80="--lib --test=nd80_size --test=tt124_applicability --test=foundation_serde"
tests_qd3554="--test=qd3554_catalogue --test=qd3554_decide --test=qd3554_bac_kan_ubnd_2023 \
--test=qd3554_switch_year --test=qd3554_edges --test=qd3554_decide_edges --test=roadmap_kh10"
tests_qd510="--lib --test=qd510_compact --test=qd510_class_targets --test=qd510_properties --test=qd510_scenarios \
--test=qd510_shared_criteria --test=qd510_single_deduction --test=qd510_validation \
--test=qd510_edges --test=scoring_and_progress_api"
tests_tt124="--lib --test=tt124_compact --test=tt124_applicability --test=tt124_articles --test=tt124_d5_k4 \
--test=tt124_errors --test=tt124_properties --test=tt124_readings --test=tt124_edges \
--test=ask_by_citation --test=authority_tt124_d10"

files_nd80="src/law/nd80.rs"
files_qd3554="src/law/qd3554/*.rs"
files_qd510="src/law/qd510/*.rs"
files_tt124="src/law/tt124/*.rs"

run_group() {
    group=$1
    eval "files=\$files_$group"
    eval "tests=\$tests_$group"
    if [ -z "$files" ]; then
        echo "unknown group: $group (nd80, qd3554, qd510, tt124)" >&2
        exit 2
    fi
    echo "== $group: $files"
    mkdir -p "$out_root/$group"
    # --iterate folds the unviable mutants of the last run into previously_caught.txt: keep
    # them aside so that the score does not count them as caught.
    case " ${MUTANTS_ARGS:-} " in
    *" --iterate "*)
        if [ -f "$out_root/$group/mutants.out/unviable.txt" ]; then
            cat "$out_root/$group/mutants.out/unviable.txt" >>"$out_root/$group/unviable-all.txt"
        fi
        ;;
    *) rm -f "$out_root/$group/unviable-all.txt" ;;
    esac
    # The targets go to every cargo invocation (--cargo-arg), so that the build of a mutant
    # compiles only them, not every test binary, example and bench of the crate.
    cargo_args=
    for t in $tests; do
        cargo_args="$cargo_args --cargo-arg=$t"
    done
    # shellcheck disable=SC2086 # word splitting of the argument lists is intended
    PROPTEST_CASES=${PROPTEST_CASES:-32} CARGO_TARGET_DIR="${MUTANTS_TARGET_DIR:-$root_dir/target/mutants-build}" \
        nice -n 19 cargo mutants --no-config --profile mutants --timeout-multiplier 3 \
        -j "${MUTANTS_JOBS:-1}" -f "$files" -o "$out_root/$group" $cargo_args \
        ${MUTANTS_ARGS:-} || true # cargo-mutants exits non-zero when a mutant is missed
}

score() {
    # Lines of the result files start with `path:line:col: `.
    for f in "$out_root"/*/mutants.out/caught.txt; do
        [ -e "$f" ] || { echo "no results in $out_root/" >&2; return 1; }
    done
    # With --iterate, cargo-mutants lists the mutants caught (and the unviable ones) of earlier
    # runs in previously_caught.txt; unviable-all.txt keeps every unviable one seen.
    for kind in unviable caught missed timeout; do
        case $kind in
        unviable) files="$out_root/*/unviable-all.txt $out_root/*/mutants.out/unviable.txt" ;;
        caught) files="$out_root/*/mutants.out/caught.txt $out_root/*/mutants.out/previously_caught.txt" ;;
        *) files="$out_root/*/mutants.out/$kind.txt" ;;
        esac
        # shellcheck disable=SC2086 # the globs are meant to expand
        cat $files 2>/dev/null | sed "s/^/$kind /"
    done | awk '
        # One verdict per mutant (its full name), the first seen: unviable before caught.
        {
            kind = $1; name = substr($0, index($0, " ") + 1)
            if (name in seen) next
            seen[name] = 1
            split(name, parts, ":"); f = parts[1]
            n[f, kind]++; files[f] = 1; total[kind]++
        }
        function line(name, c, m, t, u) {
            s = (c + m + t) ? sprintf("%.1f %%", 100 * (c + t) / (c + m + t)) : "-"
            printf "%-32s %6d %6d %7d %8d  %s\n", name, c, m, t, u, s
        }
        END {
            printf "%-32s %6s %6s %7s %8s  %s\n", "file", "caught", "missed", "timeout", "unviable", "score"
            k = 0
            for (f in files) names[++k] = f
            for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++)
                if (names[j] < names[i]) { x = names[i]; names[i] = names[j]; names[j] = x }
            for (i = 1; i <= k; i++) {
                f = names[i]
                line(f, n[f, "caught"], n[f, "missed"], n[f, "timeout"], n[f, "unviable"])
            }
            line("total", total["caught"], total["missed"], total["timeout"], total["unviable"])
        }'
}

if [ "${1:-}" = "--score" ]; then
    score
    exit
fi
if [ $# -eq 0 ]; then
    set -- nd80 qd3554 qd510 tt124
fi
for group in "$@"; do
    run_group "$group"
done
score
