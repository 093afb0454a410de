package org.switchboard.listener.source;

import org.jsoup.Jsoup;

/** HTML (a feed entry's content, a Mastodon status) to the plain text a post carries. */
final class HtmlText {
    private HtmlText() {
    }

    /** The text of {@code html} with entities decoded and whitespace collapsed; "" for null. */
    static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            return html.strip().replaceAll("\\s+", " ");
        }
        return Jsoup.parseBodyFragment(html).text().strip();
    }
}
