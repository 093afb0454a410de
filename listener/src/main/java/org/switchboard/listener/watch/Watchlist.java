package org.switchboard.listener.watch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The names a site listens for in public posts: its brands, products, key staff and company
 * ({@code config/listener/watchlist.yaml}; the format is in {@code docs/watchlist.md}). Checked
 * completely when read, Boolean queries included, so a {@link WatchlistMatcher} never meets a bad
 * term.
 */
public final class Watchlist {
    private final String file;
    private final List<Term> terms;

    private Watchlist(String file, List<Term> terms) {
        this.file = file;
        this.terms = List.copyOf(terms);
    }

    /** Reads and checks a watchlist file; throws {@link WatchlistException} naming what is wrong. */
    public static Watchlist load(Path file) {
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new WatchlistException(file + ": cannot read the watchlist: " + e.getMessage(), e);
        }
        return parse(yaml, file.toString());
    }

    /**
     * Reads and checks a watchlist's YAML; {@code fileNameForMessages} names it in errors. Throws
     * {@link WatchlistException} naming the file, the term and the key that is wrong.
     */
    public static Watchlist parse(String yaml, String fileNameForMessages) {
        return new Watchlist(fileNameForMessages, WatchlistFile.read(yaml, fileNameForMessages));
    }

    /** The terms, in the file's order. */
    public List<Term> terms() {
        return terms;
    }

    /** The file the watchlist was read from, as given. */
    public String file() {
        return file;
    }

    @Override
    public String toString() {
        return "Watchlist[" + file + ", " + terms.size() + " terms]";
    }
}
