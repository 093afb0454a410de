package org.switchboard.server.callback;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.bot.CallbackSlots;
import org.switchboard.bot.callback.CallbackRules;
import org.switchboard.bot.callback.Contact;
import org.switchboard.bot.callback.Rota;
import org.switchboard.bot.callback.Slot;
import org.switchboard.bot.callback.SlotFinder;
import org.switchboard.bot.callback.SlotOffer;
import org.switchboard.bot.callback.TeamCallbacks;
import org.switchboard.bot.hours.TeamHours;

/**
 * Call backs for the chat and the manage page: the bot's {@link CallbackSlots} port (free slots from
 * the team's hours, rota and the places booked), booking, cancelling and moving by manage token,
 * and each team's rota (the one a supervisor stored, else {@code config/callbacks.yaml}'s).
 *
 * <p>Every check that a slot may be booked is made again here at booking time, against the clock
 * and the current rota (it may have changed since the slots were shown); the store then takes the
 * place or reports the slot full. Thread-safe.
 */
public final class CallbackService implements CallbackSlots {
    private final CallbackRules rules;
    private final TeamHours hours;
    private final CallbackRepository callbacks;
    private final RotaRepository rotas;
    private final Clock clock;
    private final SecureRandom random;

    public CallbackService(CallbackRules rules, TeamHours hours, CallbackRepository callbacks, RotaRepository rotas, Clock clock,
                           SecureRandom random) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.hours = Objects.requireNonNull(hours, "hours");
        this.callbacks = Objects.requireNonNull(callbacks, "callbacks");
        this.rotas = Objects.requireNonNull(rotas, "rotas");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The team's rota: the one a supervisor stored, else the default of {@code config/callbacks.yaml}. */
    public Rota rota(String team) {
        return rotas.find(team).orElseGet(() -> rules.settings(team).rota());
    }

    /** Whether a supervisor stored the team's rota (else the configured one applies). */
    public boolean storedRota(String team) {
        return rotas.find(team).isPresent();
    }

    /** Replaces the team's rota (a supervisor's edit); bookings already made are kept. */
    public void replaceRota(String team, Rota rota, String by) {
        rotas.replace(team, rota, by);
    }

    /** Goes back to the configured default rota for the team. */
    public boolean resetRota(String team) {
        return rotas.reset(team);
    }

    /** The repository, for the agents' side (lists, outcomes). */
    public CallbackRepository repository() {
        return callbacks;
    }

    private SlotFinder finder(String team) {
        TeamCallbacks t = rules.team(team, hours.of(team), rota(team));
        return new SlotFinder(t);
    }

    @Override
    public Optional<SlotOffer> offer(String team, Instant now, Instant after) {
        return offer(team, now, after, rules.settings(team).offerCount());
    }

    /** Up to {@code count} free slots of the team after {@code after}; empty when nobody is on its rota. */
    public Optional<SlotOffer> offer(String team, Instant now, Instant after, int count) {
        Rota rota = rota(team);
        if (rota.shifts().isEmpty()) {
            return Optional.empty();
        }
        SlotFinder finder = new SlotFinder(rules.team(team, hours.of(team), rota));
        Map<Instant, Integer> taken = callbacks.bookedCounts(team, now, finder.horizon(now).plusSeconds(1));
        return Optional.of(finder.offer(now, after, count, taken));
    }

    /**
     * Books a call back from the chat.
     *
     * @param conversationToken the visitor's conversation token (the manage token is derived from it, never stored)
     */
    public BookingOutcome book(long conversationId, String conversationToken, String team, Instant start, Contact contact,
                               String note, ZoneId visitorZone, String language) {
        Instant now = clock.instant();
        Optional<Slot> slot = finder(team).bookable(now, start);
        if (slot.isEmpty()) {
            return new BookingOutcome.NotBookable();
        }
        String reference = ManageTokens.newReference(random);
        String token = ManageTokens.token(conversationToken, reference);
        NewCallback n = new NewCallback(conversationId, reference, ManageTokens.hash(token), team, slot.get().start(),
                slot.get().end(), slot.get().capacity(), visitorZone, language,
                contact.kind() == Contact.Kind.PHONE ? ContactKind.PHONE : ContactKind.EMAIL, contact.value(), note);
        return callbacks.book(n).<BookingOutcome>map(c -> new BookingOutcome.Booked(c, token))
                .orElseGet(BookingOutcome.Taken::new);
    }

    /** The call back a manage token opens; empty for a malformed or unknown token. */
    public Optional<Callback> byToken(String token) {
        if (!ManageTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return callbacks.findByTokenHash(ManageTokens.hash(token));
    }

    /** Cancels by manage token; false when unknown or no longer booked. */
    public boolean cancel(String token) {
        return byToken(token).filter(Callback::booked).map(c -> callbacks.cancel(c.id())).orElse(false);
    }

    /** What came of moving a call back. */
    public enum Move { MOVED, TAKEN, NOT_BOOKABLE, NOT_BOOKED, UNKNOWN }

    /** Moves the call back the token opens to the slot starting at {@code start}. */
    public Move reschedule(String token, Instant start) {
        Optional<Callback> c = byToken(token);
        if (c.isEmpty()) {
            return Move.UNKNOWN;
        }
        if (!c.get().booked()) {
            return Move.NOT_BOOKED;
        }
        Optional<Slot> slot = finder(c.get().team()).bookable(clock.instant(), start);
        if (slot.isEmpty()) {
            return Move.NOT_BOOKABLE;
        }
        return switch (callbacks.reschedule(c.get().id(), slot.get().start(), slot.get().end(), slot.get().capacity())) {
            case MOVED -> Move.MOVED;
            case SLOT_FULL -> Move.TAKEN;
            case NOT_BOOKED -> Move.NOT_BOOKED;
        };
    }

    /** Undoes a booking whose confirmation could not be stored in the chat: nothing half-booked. */
    public void undo(long callbackId) {
        callbacks.cancel(callbackId);
    }

    /** The next free slots of the team for the manage page (up to 12), leaving out the call back's own. */
    public List<Slot> freeSlots(String team, Instant exceptStart) {
        Instant now = clock.instant();
        return offer(team, now, now, 12).map(SlotOffer::slots).orElse(List.of()).stream()
                .filter(s -> !s.start().equals(exceptStart)).toList();
    }

    public Clock clock() {
        return clock;
    }
}
