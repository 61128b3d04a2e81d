package dev.bringport.ports.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.Violation;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.ports.BringException;
import dev.bringport.ports.Failure;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.Logged;
import dev.bringport.ports.NotSupportedByTransportException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.OutcomeUnknownException;
import dev.bringport.ports.RateLimitedException;
import dev.bringport.ports.TimedOutException;
import dev.bringport.ports.UnavailableException;
import dev.bringport.ports.booking.Booking;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The secondary transport is used only when the primary provably did not act, and every fallback is reported. */
class FallbackTest {

    private static final BookingConfirmation CONFIRMATION = new BookingConfirmation(Optional.of("INTERNAL-123456"),
            "70438101268018539", new dev.bringport.domain.booking.ConsignmentLinks(Optional.empty(), Optional.empty(),
            Optional.empty(), URI.create("https://sporing.bring.no/sporing.html?q=70438101268018539")), Optional.empty(),
            Optional.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    private final List<FallbackEvent> events = new CopyOnWriteArrayList<>();

    private Booking composed(Supplier<RuntimeException> primaryFailure, ScriptedPort<Booking> secondary) {
        ScriptedPort<Booking> primary = new ScriptedPort<>(Booking.class, "SOAP").fails(Operation.BOOK, primaryFailure);
        return Fallback.of(Booking.class, primary.port(), secondary.port(), events::add);
    }

    private static ScriptedPort<Booking> rest() {
        return new ScriptedPort<>(Booking.class, "REST").answers(Operation.BOOK, CONFIRMATION);
    }

    static List<Supplier<RuntimeException>> provablyNotActedOn() {
        return List.of(
                () -> new RateLimitedException(Failure.of(Operation.BOOK, "throttled").withHttpStatus(429), Optional.empty()),
                () -> new UnavailableException(Failure.notSent(Operation.BOOK, "connection refused"), null),
                () -> new TimedOutException(Failure.notSent(Operation.BOOK, "no connection within 2 s"), null),
                () -> new NotSupportedByTransportException(Operation.BOOK, "SOAP", "REST"));
    }

    static List<Supplier<RuntimeException>> mayHaveActed() {
        return List.of(
                () -> new OutcomeUnknownException(Failure.of(Operation.BOOK, "no answer"), Optional.of("INTERNAL-123456"), null),
                () -> new UnavailableException(Failure.of(Operation.BOOK, "503").withHttpStatus(503), null),
                () -> new TimedOutException(Failure.of(Operation.BOOK, "no answer in time"), null),
                () -> InvalidRequestException.beforeSending(Operation.BOOK,
                        List.of(new Violation("sender", ErrorCode.of("BOOK-INPUT-006"), "must be given"))));
    }

    @ParameterizedTest
    @MethodSource("provablyNotActedOn")
    void whenThePrimaryProvablyDidNotActTheSecondaryBooksAndTheFallbackIsReported(Supplier<RuntimeException> failure) {
        ScriptedPort<Booking> secondary = rest();

        BookingConfirmation booked = composed(failure, secondary).book(null);

        assertThat(booked).isEqualTo(CONFIRMATION);
        assertThat(secondary.calls()).containsExactly(Operation.BOOK);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.operation()).isEqualTo(Operation.BOOK);
            assertThat(e.primary()).isEqualTo("SOAP");
            assertThat(e.secondary()).isEqualTo("REST");
            assertThat(e.reason()).isInstanceOf(failure.get().getClass());
        });
    }

    @Test
    void everyFallbackIsLoggedAsAWarningThroughSlf4jUnderTheClassName() {
        try (Logged log = Logged.by(Fallback.class)) {
            composed(provablyNotActedOn().get(0), rest()).book(null);

            assertThat(log.lines()).singleElement().asString().startsWith("WARNING BOOK fell back from SOAP to REST")
                    .contains("RateLimitedException");
        }
    }

    @ParameterizedTest
    @MethodSource("mayHaveActed")
    void whateverMayHaveReachedBringIsNeverSentAgainElsewhere(Supplier<RuntimeException> failure) {
        ScriptedPort<Booking> secondary = rest();

        assertThatThrownBy(() -> composed(failure, secondary).book(null)).isInstanceOf(failure.get().getClass());

        assertThat(secondary.calls()).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void whenThePrimaryAnswersTheSecondaryIsNotUsed() {
        ScriptedPort<Booking> primary = new ScriptedPort<>(Booking.class, "SOAP").answers(Operation.BOOK, CONFIRMATION);
        ScriptedPort<Booking> secondary = rest();

        Fallback.of(Booking.class, primary.port(), secondary.port(), events::add).book(null);

        assertThat(secondary.calls()).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void whenTheSecondaryFailsTooTheCallerGetsItsFailure() {
        ScriptedPort<Booking> secondary = new ScriptedPort<>(Booking.class, "REST").fails(Operation.BOOK,
                () -> new UnavailableException(Failure.of(Operation.BOOK, "503").withHttpStatus(503), null));

        assertThatThrownBy(() -> composed(provablyNotActedOn().get(0), secondary).book(null))
                .isInstanceOfSatisfying(BringException.class, e -> assertThat(e.failure().httpStatus()).hasValue(503));
    }

    @Test
    void theComposedPortOffersWhatEitherTransportOffers() {
        ScriptedPort<Booking> soap = new ScriptedPort<>(Booking.class, "SOAP").lacks(Operation.GET_LABEL);
        Booking composed = Fallback.of(Booking.class, soap.port(), rest().port(), FallbackListener.NONE);

        assertThat(composed.supports(Operation.GET_LABEL)).isTrue();
        assertThat(composed.transport()).isEqualTo("SOAP then REST");
    }
}
