#!/usr/bin/env bash
# Regenerates the understanding models Switchboard ships (listener resources, <task>.bin for
# sentiment, complaint, question, abusive) from the project's own labelled posts,
# config/listener/labels/mentions.csv. Training is deterministic; ShippedModelsTest checks that the
# committed models are what this script makes. See docs/listener-understanding.md.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
mvn -q -B -o -pl listener -am test-compile -DskipTests
cp="$(mvn -q -B -o -pl listener -am dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout \
  | tail -n 1 | tr ':' '\n' | grep -v '/org/switchboard/' | paste -sd: -)"
java -cp "listener/target/test-classes:listener/target/classes:faq-index/target/classes:$cp" \
  org.switchboard.listener.understand.ShippedModels config/listener/labels/mentions.csv \
  listener/src/main/resources/org/switchboard/listener/understand
