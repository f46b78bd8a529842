#!/bin/bash
# Runs a comparison on a Slurm cluster: one array task per run, then the merge.
#   deploy/slurm/submit.sh OUT_DIR <comparison flags>
#   deploy/slurm/submit.sh runs/table1 --preset table1-paper
# SBATCH_OPTIONS adds sbatch options to both jobs (e.g. "--partition=cpu --cpus-per-task=8").
# Prints the two job ids: "ARRAY_ID MERGE_ID".
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export MODULI_LAB=$(cd "$here/../.." && pwd)
export OUT_DIR=$(realpath -m "${1:?usage: submit.sh OUT_DIR <comparison flags>}")
shift
mkdir -p "$OUT_DIR"
plan=$(cd "$MODULI_LAB" && node cli/launch.mjs cli/compare.ts "$@" --plan)
runs=$(grep -c '"index"' <<<"$plan")
printf '%s\n' "$plan" >"$OUT_DIR/plan.jsonl"
# shellcheck disable=SC2086 # SBATCH_OPTIONS is a list of options
array=$(sbatch --parsable --export=ALL ${SBATCH_OPTIONS:-} --array="0-$((runs - 1))" \
  --chdir="$OUT_DIR" "$here/compare-array.sbatch" "$@")
# shellcheck disable=SC2086
merge=$(sbatch --parsable --export=ALL ${SBATCH_OPTIONS:-} --dependency="afterok:${array%%;*}" \
  --chdir="$OUT_DIR" "$here/merge.sbatch" "$@")
echo "${array%%;*} ${merge%%;*}"
