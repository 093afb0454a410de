package org.switchboard.listener.source;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Links as alert services deliver them, made direct: Google Alerts wraps each link as
 * {@code https://www.google.com/url?rct=j&sa=t&url=REAL&ct=ga&…}; the post should carry REAL.
 */
final class AlertLinks {
    private AlertLinks() {
    }

    /** The link {@code link} redirects to, when it is a Google redirect; else {@code link} itself. */
    static String unwrap(String link) {
        if (link == null) {
            return "";
        }
        URI uri;
        try {
            uri = URI.create(link.strip());
        } catch (IllegalArgumentException e) {
            return link.strip();
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        boolean google = host.equals("google.com") || host.startsWith("www.google.") || host.startsWith("google.");
        if (!google || !"/url".equals(uri.getPath()) || uri.getRawQuery() == null) {
            return link.strip();
        }
        String q = null;
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (key.equals("url") && !value.isBlank()) {
                return value;
            }
            if (key.equals("q") && !value.isBlank()) {
                q = value;
            }
        }
        return q != null && (q.startsWith("http://") || q.startsWith("https://")) ? q : link.strip();
    }
}
