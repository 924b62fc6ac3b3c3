#!/bin/sh
# Reproduces every figure of the README's Performance section.
#   bench/run.sh [SIZES] [E2E_ARTICLES]      e.g. bench/run.sh 1000,10000,100000 10000
# Needs a JDK 21+ (JAVA_HOME) and Node 18+; writes corpora, indexes and results under var/bench/.
set -e
SIZES=${1:-1000,10000}
E2E=${2:-10000}
cd "$(dirname "$0")/.."
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
./mvnw -q -B package -DskipTests
(cd bench/peer && npm ci --no-audit --no-fund --silent)
"$JAVA" -jar target/redcarpet-bot.jar bench all --sizes "$SIZES"
./mvnw -q -B test -Dtest=InteractionLatencyBench -Dbench.articles="$E2E" -Dbench.questions=300
cat var/bench/results.md var/bench/e2e.md
