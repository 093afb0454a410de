package org.switchboard.faq;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Switchboard analyses and answers in. Each has an ISO 639-1 code (used in files,
 * configuration and the API) and the ISO 639-3 code OpenNLP's language detector reports.
 */
public enum Language {
    ENGLISH("en", "eng"),
    VIETNAMESE("vi", "vie"),
    GREEK("el", "ell"),
    TAGALOG("tl", "tgl"),
    ARABIC("ar", "ara");

    private final String code;
    private final String iso3;

    Language(String code, String iso3) {
        this.code = code;
        this.iso3 = iso3;
    }

    /** The ISO 639-1 code, e.g. {@code "vi"}. */
    public String code() {
        return code;
    }

    /** The ISO 639-3 code, e.g. {@code "vie"}. */
    public String iso3() {
        return iso3;
    }

    /** Finds a language by ISO 639-1 or 639-3 code or English name, case-insensitively; "fil" is Tagalog. */
    public static Optional<Language> find(String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        String key = codeOrName.trim().toLowerCase(Locale.ROOT);
        if (key.equals("fil") || key.equals("filipino")) {
            return Optional.of(TAGALOG);
        }
        return Arrays.stream(values())
                .filter(l -> l.code.equals(key) || l.iso3.equals(key) || l.name().toLowerCase(Locale.ROOT).equals(key))
                .findFirst();
    }

    /** Like {@link #find} but fails with a message listing the supported codes. */
    public static Language of(String codeOrName) {
        return find(codeOrName).orElseThrow(() -> new IllegalArgumentException(
                "unsupported language '" + codeOrName + "'; supported: " + supportedCodes()));
    }

    /** The supported ISO 639-1 codes, comma separated. */
    public static String supportedCodes() {
        return String.join(", ", Arrays.stream(values()).map(Language::code).toList());
    }
}
