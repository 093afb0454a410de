package org.switchboard.server.triage;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The people a mention can be escalated to (the billing lead, a manager …), from {@code triage.yaml}. */
public record Directory(List<Contact> contacts) {
    /** One entry: an id the page sends, the name it shows and how to reach them. */
    public record Contact(String id, String name, String contact) {
        public Contact {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(contact, "contact");
        }
    }

    public Directory {
        contacts = List.copyOf(contacts);
    }

    /** The entry with this id. */
    public Optional<Contact> find(String id) {
        return contacts.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
