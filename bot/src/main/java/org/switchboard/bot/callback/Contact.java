package org.switchboard.bot.callback;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to reach the visitor for a call back: a phone number, checked against its country's
 * numbering plan by libphonenumber and kept in E.164 form ({@code +302101234567}), or an e-mail
 * address (one {@code @}, a dotted domain, no spaces, at most 254 characters).
 *
 * @param kind  phone or e-mail
 * @param value the E.164 number, or the address as given (trimmed)
 */
public record Contact(Kind kind, String value) {
    /** How to reach the visitor. */
    public enum Kind { PHONE, EMAIL }

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");
    private static final Pattern PHONE_CHARS = Pattern.compile("\\+[0-9 ().\\-]{6,30}");

    public Contact {
        Objects.requireNonNull(kind, "kind == null");
        Objects.requireNonNull(value, "value == null");
    }

    /**
     * What the visitor typed, if it is a valid phone number with its country code (international
     * form, starting with {@code +}) or a valid e-mail address.
     */
    public static Optional<Contact> parse(String text) {
        String t = text.strip();
        if (t.contains("@")) {
            return t.length() <= 254 && EMAIL.matcher(t).matches() ? Optional.of(new Contact(Kind.EMAIL, t)) : Optional.empty();
        }
        if (!PHONE_CHARS.matcher(t).matches()) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber number = PHONES.parse(t, null);
            if (!PHONES.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(new Contact(Kind.PHONE, PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164)));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** The contact as shown to people: a phone number in international form ({@code +30 21 0123 4567}), else the address. */
    public String display() {
        if (kind == Kind.EMAIL) {
            return value;
        }
        try {
            return PHONES.format(PHONES.parse(value, null), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return value;
        }
    }
}
