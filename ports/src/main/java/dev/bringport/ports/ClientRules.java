package dev.bringport.ports;

import dev.bringport.domain.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Whether the library checks Bring's rules itself before sending (the domain's {@code *Rules}:
 * required fields, lengths, formats, dates, measurements, dated rules), or leaves every request to
 * Bring, whose answer then decides with its own code. An escape hatch for the day Bring relaxes a
 * rule before the library does: {@link #OFF} lets such a request through instead of stopping a
 * shipment. On by default. Whatever the switch, a value the wire cannot carry is still refused
 * (the domain's records refuse what they cannot represent; the SOAP adapter refuses what
 * {@code booking-v1.xsd} has no place for), the ids that address an order are still required, and
 * the in-memory Bring, which stands for Bring, keeps enforcing the rules it models.
 */
public enum ClientRules {

    /** Bring's rules are checked before sending; a broken one fails with every violation and nothing is sent. */
    ON,
    /** Nothing the library checks itself stops a request: Bring's answer decides. */
    OFF;

    /** The environment variable read by {@link #fromEnvironment(Map)}: {@code on} or {@code off}. */
    public static final String ENVIRONMENT_VARIABLE = "BRINGPORT_CLIENT_RULES";

    /**
     * The switch as the environment sets it.
     *
     * @param environment e.g. {@code System.getenv()}
     * @return {@link #OFF} for {@code off}, {@link #ON} for {@code on} or when the variable is absent
     *         (letter case and surrounding white space do not matter)
     * @throws IllegalArgumentException for any other value, naming the variable and the value
     */
    public static ClientRules fromEnvironment(Map<String, String> environment) {
        String value = Objects.requireNonNull(environment, "environment").get(ENVIRONMENT_VARIABLE);
        if (value == null) {
            return ON;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "on" -> ON;
            case "off" -> OFF;
            default -> throw new IllegalArgumentException(ENVIRONMENT_VARIABLE + " must be on or off, was '" + value + "'");
        };
    }

    /**
     * Applies the rules before a request is sent: when on, asks them and fails on any violation;
     * when off, does not ask them at all.
     *
     * @param operation the operation about to be sent
     * @param rules     the rules' verdict, e.g. {@code () -> BookingRules.violations(request, now)}
     * @throws InvalidRequestException when on and a rule is broken, with every violation; nothing was sent
     */
    public void check(Operation operation, Supplier<List<Violation>> rules) {
        InvalidRequestException.throwIfAny(Objects.requireNonNull(operation, "operation"), violations(rules));
    }

    /**
     * The rules' violations when on, to report with other checks that apply whatever the switch;
     * none when off, without asking the rules.
     *
     * @param rules the rules' verdict
     * @return the violations to report
     */
    public List<Violation> violations(Supplier<List<Violation>> rules) {
        Objects.requireNonNull(rules, "rules");
        return this == ON ? rules.get() : List.of();
    }
}
