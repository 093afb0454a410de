package org.switchboard.server.triage;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.switchboard.listener.watch.Watchlist;
import org.switchboard.listener.watch.WatchlistException;
import org.switchboard.server.listener.ListenerParts;

/**
 * Edits {@code config/listener/watchlist.yaml} while the server runs: a new text is written to a
 * temporary file beside it and loaded with {@link Watchlist#load}; a mistake is refused with the
 * loader's message (file, term, key) and nothing changes; otherwise the file is replaced
 * atomically (the previous one kept as {@code watchlist.yaml.bak}) and the listener matches with
 * the new watchlist from the next post on. One edit at a time.
 */
public final class WatchlistEditor {
    private final Path file;
    private final ListenerParts parts;
    private final Consumer<Watchlist> alsoValid;

    /**
     * @param alsoValid what else must accept the new watchlist (the staff notices of
     *                  {@code alerts.yaml} name its staff terms); throws IllegalArgumentException if not
     */
    public WatchlistEditor(Path file, ListenerParts parts, Consumer<Watchlist> alsoValid) {
        this.file = Objects.requireNonNull(file, "file");
        this.parts = Objects.requireNonNull(parts, "parts");
        this.alsoValid = Objects.requireNonNull(alsoValid, "alsoValid");
    }

    /** The file's text ("" when there is none yet). */
    public synchronized String text() {
        return ConfigFileWriter.read(file);
    }

    /**
     * Checks, saves and applies {@code yaml}.
     *
     * @return the watchlist now in force
     * @throws IllegalArgumentException naming the file, the term and the key when it is refused
     */
    public synchronized Watchlist replace(String yaml) {
        Path tmp = ConfigFileWriter.temporary(file, yaml);
        try {
            try {
                Watchlist.load(tmp);
            } catch (WatchlistException e) {
                throw new IllegalArgumentException(e.getMessage().replace(tmp.toString(), file.toString()), e);
            }
            Watchlist named = Watchlist.parse(yaml, file.toString());
            alsoValid.accept(named);
            ConfigFileWriter.install(tmp, file);
            parts.replaceWatchlist(named);
            return named;
        } finally {
            ConfigFileWriter.discard(tmp);
        }
    }
}
