package org.switchboard.server.triage;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.switchboard.listener.source.SourcesConfig;
import org.switchboard.server.listener.ListenerService;

/**
 * Edits {@code config/listener/sources.yaml} while the server runs: a new text is written to a
 * temporary file beside it and loaded with {@link SourcesConfig#load} (credentials from the
 * environment); a mistake is refused with the loader's message (file, source, key) and nothing
 * changes; otherwise the file is replaced atomically (the previous one kept as
 * {@code sources.yaml.bak}) and the poller polls the new sources at once. One edit at a time.
 */
public final class SourcesEditor {
    private final Path file;
    private final Map<String, String> env;
    private final ListenerService listener;

    public SourcesEditor(Path file, Map<String, String> env, ListenerService listener) {
        this.file = Objects.requireNonNull(file, "file");
        this.env = Map.copyOf(env);
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The file's text ("" when there is none yet). */
    public synchronized String text() {
        return ConfigFileWriter.read(file);
    }

    /**
     * Checks, saves and applies {@code yaml}.
     *
     * @return the configuration now in force
     * @throws IllegalArgumentException naming the file, the source and the key when it is refused
     */
    public synchronized SourcesConfig replace(String yaml) {
        Path tmp = ConfigFileWriter.temporary(file, yaml);
        try {
            SourcesConfig checked;
            try {
                checked = SourcesConfig.load(tmp, env);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(String.valueOf(e.getMessage()).replace(tmp.toString(), file.toString()), e);
            }
            ConfigFileWriter.install(tmp, file);
            listener.replaceSources(checked.sources());
            return checked;
        } finally {
            ConfigFileWriter.discard(tmp);
        }
    }
}
