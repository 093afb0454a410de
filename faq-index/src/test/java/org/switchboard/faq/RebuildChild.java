package org.switchboard.faq;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link FaqIndexDurabilityTest}: opens {@code args[0]} and replaces its
 * entries with {@code args[1]} generated entries, slow enough for the test to kill it midway.
 */
final class RebuildChild {
    private RebuildChild() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        try (FaqIndex index = FaqIndex.open(dataDir, FaqIndexConfig.defaults())) {
            System.out.println("rebuilding with " + count + " entries");
            index.replaceAll(Corpora.generated(count, 7));
            System.out.println("rebuilt");
        }
    }
}
