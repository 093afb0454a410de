package org.switchboard.listener.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The OAuth 1.0a user credentials of the X account, read from the environment only: never from
 * a file. {@link #toString()} shows no secret.
 */
public record TwitterCredentials(String consumerKey, String consumerSecret, String accessToken,
                                 String accessTokenSecret) {
    public static final String CONSUMER_KEY = "SWITCHBOARD_TWITTER_CONSUMER_KEY";
    public static final String CONSUMER_SECRET = "SWITCHBOARD_TWITTER_CONSUMER_SECRET";
    public static final String ACCESS_TOKEN = "SWITCHBOARD_TWITTER_ACCESS_TOKEN";
    public static final String ACCESS_TOKEN_SECRET = "SWITCHBOARD_TWITTER_ACCESS_TOKEN_SECRET";

    /**
     * Reads the four variables.
     *
     * @throws IllegalArgumentException naming every variable missing or empty
     */
    public static TwitterCredentials fromEnv(Map<String, String> env) {
        List<String> missing = new ArrayList<>();
        String ck = value(env, CONSUMER_KEY, missing);
        String cs = value(env, CONSUMER_SECRET, missing);
        String at = value(env, ACCESS_TOKEN, missing);
        String ats = value(env, ACCESS_TOKEN_SECRET, missing);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("X/Twitter credentials missing from the environment: "
                    + String.join(", ", missing) + " (all four of " + CONSUMER_KEY + ", " + CONSUMER_SECRET + ", "
                    + ACCESS_TOKEN + ", " + ACCESS_TOKEN_SECRET + " are needed)");
        }
        return new TwitterCredentials(ck, cs, at, ats);
    }

    private static String value(Map<String, String> env, String name, List<String> missing) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            missing.add(name);
            return null;
        }
        return v.strip();
    }

    @Override
    public String toString() {
        return "TwitterCredentials[consumerKey=" + consumerKey + ", secrets hidden]";
    }
}
