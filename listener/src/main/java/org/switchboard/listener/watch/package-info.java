/**
 * The watchlist and the matcher: which names the listener looks for in public posts, and where a
 * post mentions them.
 *
 * <p>{@link org.switchboard.listener.watch.Watchlist} reads {@code config/listener/watchlist.yaml}
 * into {@link org.switchboard.listener.watch.Term terms} (brand, product, staff, company; with
 * aliases, handles, hashtags, per-language variants, exclusions, context words, or a Boolean query)
 * and checks all of it on load. {@link org.switchboard.listener.watch.WatchlistMatcher} finds them
 * in a post's text as {@link org.switchboard.listener.watch.TermMatch}es with char spans.
 *
 * <p>Matching is Lucene's: posts and names are cut into words the same way
 * ({@code PostAnalyzer}: ICU word boundaries, case and diacritics folded, possessives and plurals
 * reduced, handles and hashtags kept with their sign); each term becomes stored queries
 * ({@code TermQueries}, Boolean syntax by {@code BooleanQueryParser}); each post is indexed alone
 * in a reused memory index and runs the queries lucene-monitor's presearch picks for its words
 * ({@code CandidateQueries}); the places come from Lucene's {@code Matches} ({@code Place}). The
 * file format and rules are in {@code docs/watchlist.md}.
 */
package org.switchboard.listener.watch;
