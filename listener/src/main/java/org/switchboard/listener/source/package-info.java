/**
 * Where posts come from: each {@link org.switchboard.listener.source.Source} fetches what is new
 * since its stored {@link org.switchboard.listener.source.SourceState} and returns it with the
 * next state as a {@link org.switchboard.listener.source.Poll}.
 *
 * <ul>
 *   <li>{@link org.switchboard.listener.source.TwitterSearchSource} and
 *       {@link org.switchboard.listener.source.TwitterMentionsSource}: X through Twitter4J, with
 *       a {@link org.switchboard.listener.source.ReadBudget} per day and month and the rate
 *       limit the network announces;</li>
 *   <li>{@link org.switchboard.listener.source.FeedSource}: RSS and Atom (Google Alerts,
 *       Talkwalker Alerts, blogs, news) through ROME;</li>
 *   <li>{@link org.switchboard.listener.source.PageSource}: a watched web page through jsoup and
 *       CSS selectors ({@link org.switchboard.listener.source.PageSelectors});</li>
 *   <li>{@link org.switchboard.listener.source.MastodonSource}: a Mastodon hashtag timeline or
 *       search through its HTTP API.</li>
 * </ul>
 *
 * {@link org.switchboard.listener.source.SourcesConfig} reads them from
 * {@code config/listener/sources.yaml}; {@link org.switchboard.listener.source.SourceSchedule}
 * says which are due, backs off failing ones and reports their
 * {@link org.switchboard.listener.source.SourceHealth}. Every failure is a
 * {@link org.switchboard.listener.source.SourceException} naming the source and the URL. Nothing
 * here stores anything or runs threads: the server polls, stores the posts and the state in one
 * transaction, and tells the schedule how each poll went. See docs/listener-sources.md.
 */
package org.switchboard.listener.source;
