package org.switchboard.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code server/target/switchboard.jar}: runs on its own, with Lucene's SPI service files merged. */
class ShadedJarIT {
    static final Path JAR = Path.of("target", "switchboard.jar");

    @Test
    void runsWithJavaDashJar() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " was not built");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "--version").redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "java -jar did not finish");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.startsWith("switchboard 0."), out);
    }

    @Test
    @SuppressWarnings("unchecked")
    void luceneFindsAnalysisFactoriesAndCodecsFromEveryJar() throws Exception {
        try (URLClassLoader jar = new URLClassLoader(new URL[] {JAR.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Set<String> tokenizers = (Set<String>) Class.forName("org.apache.lucene.analysis.TokenizerFactory", true, jar)
                    .getMethod("availableTokenizers").invoke(null);
            Set<String> filters = (Set<String>) Class.forName("org.apache.lucene.analysis.TokenFilterFactory", true, jar)
                    .getMethod("availableTokenFilters").invoke(null);
            assertTrue(tokenizers.containsAll(Set.of("standard", "icu")), tokenizers.toString());
            assertTrue(filters.containsAll(Set.of("lowercase", "icuFolding", "arabicNormalization", "greekLowercase")),
                    filters.toString());
            assertNotNull(Class.forName("org.apache.lucene.codecs.Codec", true, jar).getMethod("getDefault").invoke(null));
        }
    }

    /**
     * Flyway finds the migrations inside the jar and its database plugins through the merged
     * service files (without them: "No Flyway database plugin found"), and H2 registers its driver.
     */
    @Test
    void opensAndMigratesTheEmbeddedDatabaseFromTheJar(@TempDir Path data) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader jar = new URLClassLoader(new URL[] {JAR.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            thread.setContextClassLoader(jar);
            Class<?> config = Class.forName("org.switchboard.server.jdbc.DatabaseConfig", true, jar);
            Class<?> database = Class.forName("org.switchboard.server.jdbc.Database", true, jar);
            Object db = database.getMethod("open", config, Path.class)
                    .invoke(null, config.getMethod("embedded").invoke(null), data);
            try {
                Object conversations = database.getMethod("conversations").invoke(db);
                Object created = conversations.getClass().getMethod("create", String.class, ZoneId.class)
                        .invoke(conversations, "en", ZoneOffset.UTC);
                Object ref = created.getClass().getMethod("conversation").invoke(created);
                assertEquals(1L, ref.getClass().getMethod("id").invoke(ref));
                List<?> none = (List<?>) conversations.getClass().getMethod("eventsAfter", long.class, long.class, int.class)
                        .invoke(conversations, 1L, 0L, 10);
                assertTrue(none.isEmpty());
            } finally {
                database.getMethod("close").invoke(db);
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
        assertTrue(Files.isRegularFile(data.resolve("switchboard.mv.db")));
    }
}
