package dev.bringport.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A catalogue of Bring error codes with their messages, as Bring publishes it on its API pages.
 * The catalogues are data files next to this class, easy to update when Bring adds codes.
 * Looking up a code that is not in the catalogue is normal (Bring keeps adding codes) and
 * answers empty.
 */
public final class ErrorCatalogue {

    private static final ErrorCatalogue ORDER_MANAGEMENT = load("order-management-error-codes.tsv", false);
    private static final ErrorCatalogue BOOKING = load("booking-error-codes.tsv", true);

    private final Map<ErrorCode, ErrorDefinition> definitions;

    private ErrorCatalogue(Map<ErrorCode, ErrorDefinition> definitions) {
        this.definitions = definitions;
    }

    /**
     * Order Management and Warehousing ({@code /po/api/v1/errorCodes}): the {@code PO_*} codes.
     *
     * @return the catalogue
     */
    public static ErrorCatalogue orderManagement() {
        return ORDER_MANAGEMENT;
    }

    /**
     * Booking and pickups ({@code /booking-api/api/errors}): {@code BOOK-*}, {@code BOOK_VALIDATION-*},
     * {@code PICKUP-*} and the dated families such as {@code CUSTOMER_SPECIFIED_DELIVERY_DATE-*}.
     *
     * @return the catalogue
     */
    public static ErrorCatalogue booking() {
        return BOOKING;
    }

    /**
     * Every definition, in Bring's order.
     *
     * @return the definitions
     */
    public List<ErrorDefinition> definitions() {
        return List.copyOf(definitions.values());
    }

    /**
     * Finds a code; a suffixed code ({@code BOOK-INPUT-014-RECIPIENT}) is found under its
     * suffixable base code.
     *
     * @param code the code to look up
     * @return the definition, or empty for a code this catalogue does not know
     */
    public Optional<ErrorDefinition> find(ErrorCode code) {
        Objects.requireNonNull(code, "code");
        ErrorDefinition exact = definitions.get(code);
        if (exact != null) {
            return Optional.of(exact);
        }
        return Optional.ofNullable(definitions.get(code.base()))
                .filter(d -> d.suffixable().orElse(false));
    }

    /**
     * Bring's message for a code the library itself reports.
     *
     * @param code a code of this catalogue
     * @return its message
     * @throws IllegalArgumentException if the code is not in this catalogue
     */
    public String messageOf(ErrorCode code) {
        return find(code).map(ErrorDefinition::message)
                .orElseThrow(() -> new IllegalArgumentException("not in the catalogue: " + code));
    }

    private static ErrorCatalogue load(String resource, boolean withSuffixable) {
        Map<ErrorCode, ErrorDefinition> byCode = new LinkedHashMap<>();
        try (InputStream in = ErrorCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing error catalogue " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                ErrorCode code = ErrorCode.of(cells[0]);
                ErrorDefinition definition = withSuffixable
                        ? new ErrorDefinition(code, cells[2], Optional.of(Boolean.parseBoolean(cells[1])))
                        : new ErrorDefinition(code, cells[1], Optional.empty());
                byCode.put(code, definition);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read error catalogue " + resource, e);
        }
        return new ErrorCatalogue(Collections.unmodifiableMap(byCode));
    }
}
