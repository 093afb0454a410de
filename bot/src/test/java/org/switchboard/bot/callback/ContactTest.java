package org.switchboard.bot.callback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "+30 21 0123 4567|+302101234567|+30 21 0123 4567",
            "+84 24 3825 4567|+842438254567|+84 24 3825 4567",
            "+63 917 123 4567|+639171234567|+63 917 123 4567",
            "+966 11 234 5678|+966112345678|+966 11 234 5678",
            "+1 (212) 555-0123|+12125550123|+1 212-555-0123",
            "  +306912345678 |+306912345678|+30 691 234 5678"})
    void phoneNumbersWithTheirCountryCodeAreKeptInE164(String typed, String e164, String shown) {
        Contact c = Contact.parse(typed).orElseThrow();
        assertEquals(Contact.Kind.PHONE, c.kind());
        assertEquals(e164, c.value());
        assertEquals(shown, c.display());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2101234567", "+30 123", "+999 1234 5678", "call me", "+30 21 0123 4567 ext", "",
            "+30210123456789012345", "0030 21 0123 4567"})
    void anythingElseIsNotAPhoneNumber(String typed) {
        assertEquals(Optional.empty(), Contact.parse(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"maria@example.com", "nguyen.van.a+callback@mail.example.vn", "  x@y.gr "})
    void emailAddresses(String typed) {
        Contact c = Contact.parse(typed).orElseThrow();
        assertEquals(Contact.Kind.EMAIL, c.kind());
        assertEquals(typed.strip(), c.value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"maria@", "@example.com", "maria@example", "ma ria@example.com", "a@b@c.com", "maria@exa_mple.com"})
    void brokenAddressesAreRefused(String typed) {
        assertEquals(Optional.empty(), Contact.parse(typed));
    }
}
