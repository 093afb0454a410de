/**
 * Social listening: posts found by {@link org.switchboard.listener.source sources} become
 * {@link org.switchboard.listener.Mention mentions} when the {@link org.switchboard.listener.watch
 * watchlist} matches them, each {@link org.switchboard.listener.understand understood} (language,
 * sentiment, complaint, question, abuse) and given a priority. This module knows nothing of
 * storage servers or HTTP serving; the server stores mentions and runs the pollers.
 */
package org.switchboard.listener;
