#!/usr/bin/env bash
# Regenerates the language model Switchboard ships (faq-index, ~0.6 MB) from OpenNLP's
# 103-language model (org.apache.opennlp:opennlp-models-langdetect 1.3.0, Apache License 2.0,
# a test dependency), keeping only the supported languages. See LanguageModelTrimmer.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
mvn -q -B -pl faq-index -am test-compile -DskipTests
cp="$(mvn -q -B -pl faq-index dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
java -cp "faq-index/target/test-classes:faq-index/target/classes:$cp" \
  org.switchboard.faq.language.LanguageModelTrimmer \
  faq-index/src/main/resources/org/switchboard/faq/language/langdetect-supported.bin
