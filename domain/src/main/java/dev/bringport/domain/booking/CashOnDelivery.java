package dev.bringport.domain.booking;

import dev.bringport.domain.Decimals;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Cash on delivery (additional service {@code 1000} / {@code POSTOPPKRAV}). Account number,
 * amount and currency are required ({@code BOOK-INPUT-037}); the amount has at most two decimals
 * ({@code BOOK-INPUT-054}); the currency is ISO 4217 ({@code BOOK-INPUT-036}).
 *
 * @param accountNumber the account to pay into
 * @param accountType   {@code bankgiro} or {@code plusgiro} (Sweden)
 * @param amount        the amount
 * @param currencyCode  ISO 4217 currency code
 * @param message       the payment message, a KID or a text
 */
public record CashOnDelivery(String accountNumber, Optional<String> accountType, BigDecimal amount,
                             String currencyCode, Optional<PaymentMessage> message) {

    /**
     * Requires every part (blank text is reported by {@link BookingRules}); the amount keeps its
     * scale, as given.
     *
     * @throws IllegalArgumentException if the amount is beyond the range of Bring's numbers
     *                                  ({@link Decimals#canonical})
     *
     * @param accountNumber the account to pay into
     * @param accountType   {@code bankgiro} or {@code plusgiro} (Sweden)
     * @param amount        the amount
     * @param currencyCode  ISO 4217 currency code
     * @param message       the payment message, a KID or a text
     */
    public CashOnDelivery {
        Objects.requireNonNull(accountNumber, "accountNumber");
        accountType = Objects.requireNonNull(accountType, "accountType").filter(s -> !s.isBlank());
        Decimals.canonical(amount, "amount"); // refuses null and numbers far beyond Bring's
        Objects.requireNonNull(currencyCode, "currencyCode");
        Objects.requireNonNull(message, "message");
    }

    /**
     * The message that goes with a cash-on-delivery payment.
     *
     * @param value the KID number or text
     * @param type  {@code kid} or {@code text}
     */
    public record PaymentMessage(String value, String type) {

        /** A KID (customer identification number) message. */
        public static final String KID = "kid";
        /** A free text message. */
        public static final String TEXT = "text";

        /**
         * Requires both parts.
         *
         * @param value the KID number or text
         * @param type  {@code kid} or {@code text}
         */
        public PaymentMessage {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(type, "type");
        }
    }

    /**
     * Whether the amount has at most two decimals, as Bring requires.
     *
     * @return whether the amount is valid money
     */
    public boolean hasTwoDecimalsAtMost() {
        return Decimals.canonical(amount, "amount").scale() <= 2;
    }
}
