package org.switchboard.server;

/**
 * The configuration could not be used: the message names the file (or environment variable), the
 * key and what is wrong, e.g. {@code config/switchboard.yaml: unknown key 'faq.tresholds'}.
 */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
