#!/usr/bin/env bash
# "Today's rules" for the method table of docs/evaluator.md: grades the corpus's held-out writers with the
# pattern-based evaluator of commit 90c159b (the last one before the reader), whole and with each rule group
# switched off, and writes training/results/rules-heldout.jsonl for training/compare.py.
#   bash bench/baseline/rules.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
tree=$root/target/baseline
[ -d "$tree" ] || git worktree add -q --detach "$tree" 90c159b
cp bench/baseline/RulesBaseline.java.txt "$tree/bench/java/dev/hotseat/evaluation/RulesBaseline.java"
cd "$tree"
# Switches for the rule groups that live in code: each returns "nothing found" when its group is switched off.
grep -q baseline.off src/main/java/dev/hotseat/evaluation/Tone.java || {
  sed -i 's/^    static boolean contempt(String sentence) {/&\n        if ("no-tone".equals(System.getProperty("baseline.off"))) return false;/' src/main/java/dev/hotseat/evaluation/Tone.java
  sed -i 's/^    static boolean contemptHabit(String criterionId) {/&\n        if ("no-tone".equals(System.getProperty("baseline.off"))) return false;/' src/main/java/dev/hotseat/evaluation/Tone.java
  sed -i 's/^    static boolean resetTrick(String sentence) {/&\n        if ("no-tone".equals(System.getProperty("baseline.off"))) return false;/' src/main/java/dev/hotseat/evaluation/Tone.java
  sed -i 's/^    private static Gate gate(String reply, Exchange exchange, Map<Criterion, Detection> found) {/&\n        if ("no-substance".equals(System.getProperty("baseline.off"))) return Gate.OPEN;/' src/main/java/dev/hotseat/evaluation/RubricEvaluator.java
  sed -i 's/^    boolean passes(Clause clause, ReplyContext context, boolean cued) {/&\n        if ("no-context-checks".equals(System.getProperty("baseline.off"))) return true;/' src/main/java/dev/hotseat/evaluation/ContextCheck.java
}
source .ci/jdk.sh
mvn -B -q -o -Pbench test-compile
mkdir -p "$root/training/results"
java --enable-native-access=ALL-UNNAMED -cp "target/classes:target/test-classes:target/lib/*:$(mvn -B -q -o -Pbench dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)" \
  dev.hotseat.evaluation.RulesBaseline "$root/training/corpus" "$root/training/results/rules-heldout.jsonl"
