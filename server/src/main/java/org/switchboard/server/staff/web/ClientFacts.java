package org.switchboard.server.staff.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import org.glassfish.grizzly.http.server.Request;

/**
 * What the server can tell about where a request came from: whether the browser used HTTPS, its
 * address, and this site's own origin. Behind a trusted proxy ({@code server.trusted_proxy}) the
 * proxy's {@code X-Forwarded-Proto}, {@code X-Forwarded-For} (its last entry: the address the
 * proxy itself saw) and {@code X-Forwarded-Host} are believed; otherwise they are ignored, since
 * any client can send them.
 *
 * @param secure  the browser used HTTPS
 * @param address the client's address as text, e.g. {@code 203.0.113.5}
 * @param origin  this site's origin as the browser sees it, e.g. {@code https://help.example.com}
 */
record ClientFacts(boolean secure, String address, String origin) {
    /** The request property under which {@code AccessFeature} leaves them for resources. */
    static final String PROPERTY = ClientFacts.class.getName();

    static ClientFacts of(Request request, boolean trustedProxy) {
        boolean secure = request.isSecure();
        String address = request.getRemoteAddr();
        String host = request.getHeader("Host");
        if (trustedProxy) {
            String proto = firstValue(request.getHeader("X-Forwarded-Proto"));
            if (proto != null) {
                secure = proto.equalsIgnoreCase("https");
            }
            String forwardedFor = lastValue(request.getHeader("X-Forwarded-For"));
            if (forwardedFor != null) {
                address = forwardedFor;
            }
            String forwardedHost = firstValue(request.getHeader("X-Forwarded-Host"));
            if (forwardedHost != null) {
                host = forwardedHost;
            }
        }
        String origin = (secure ? "https://" : "http://") + (host == null ? "" : host.strip().toLowerCase(Locale.ROOT));
        return new ClientFacts(secure, address == null ? "unknown" : address, origin);
    }

    /**
     * The address as login throttling counts it: an IPv4 address whole, an IPv6 address by its
     * /64 network (one subscriber usually has a whole /64 and could otherwise step through it).
     */
    String throttleKey() {
        try {
            InetAddress parsed = InetAddress.getByName(address.startsWith("[") ? address.substring(1, address.length() - 1)
                    : address);
            byte[] bytes = parsed.getAddress();
            if (bytes.length == 16) {
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < 8; i += 2) {
                    out.append(Integer.toHexString((bytes[i] & 0xff) << 8 | bytes[i + 1] & 0xff)).append(':');
                }
                return out.append(":/64").toString();
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException | RuntimeException e) {
            return address.length() > 100 ? address.substring(0, 100) : address;
        }
    }

    /** True for 127.0.0.0/8 and ::1: a browser on the same machine. */
    boolean loopback() {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException | RuntimeException e) {
            return false;
        }
    }

    private static String firstValue(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        return header.split(",")[0].strip();
    }

    private static String lastValue(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String[] parts = header.split(",");
        String last = parts[parts.length - 1].strip();
        return last.isEmpty() ? null : last;
    }
}
