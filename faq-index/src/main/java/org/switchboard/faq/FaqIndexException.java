package org.switchboard.faq;

/** The on-disk index could not be opened, built or replaced; the message says which and why. */
public class FaqIndexException extends RuntimeException {
    public FaqIndexException(String message, Throwable cause) {
        super(message, cause);
    }

    public FaqIndexException(String message) {
        super(message);
    }
}
