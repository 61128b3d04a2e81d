package dev.bringport.domain.pickup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * An order for Bring to pick up goods (POST {@code /pickupOrder}).
 *
 * @param countryCode   the country of the pickup (required: {@code PICKUP-INPUT-010})
 * @param customer      the customer number and company ordering it
 * @param address       where to pick up
 * @param pickupDate    the date (required: {@code PICKUP-INPUT-006}; not in the past: {@code PICKUP-INPUT-007})
 * @param readyAt       the time the goods are ready ({@code pickupIsReadyAtTime})
 * @param timeZone      the time zone of date and time ({@code pickupTimeZone}); Europe/Oslo when absent
 * @param details       what to pick up
 * @param service       PARCEL or CARGO
 * @param testIndicator whether this is a test order, which Bring answers but does not carry out
 */
public record PickupOrder(String countryCode, PickupCustomer customer, PickupAddress address,
                          Optional<LocalDate> pickupDate, Optional<LocalTime> readyAt, Optional<ZoneId> timeZone,
                          PickupDetails details, PickupService service, boolean testIndicator) {

    /**
     * Requires every (possibly empty) part.
     *
     * @param countryCode   the country of the pickup (required: {@code PICKUP-INPUT-010})
     * @param customer      the customer number and company ordering it
     * @param address       where to pick up
     * @param pickupDate    the date (required: {@code PICKUP-INPUT-006}; not in the past: {@code PICKUP-INPUT-007})
     * @param readyAt       the time the goods are ready ({@code pickupIsReadyAtTime})
     * @param timeZone      the time zone of date and time ({@code pickupTimeZone}); Europe/Oslo when absent
     * @param details       what to pick up
     * @param service       PARCEL or CARGO
     * @param testIndicator whether this is a test order, which Bring answers but does not carry out
     */
    public PickupOrder {
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(customer, "customerInformation");
        Objects.requireNonNull(address, "pickupAddress");
        Objects.requireNonNull(pickupDate, "pickupDate");
        Objects.requireNonNull(readyAt, "pickupIsReadyAtTime");
        Objects.requireNonNull(timeZone, "pickupTimeZone");
        Objects.requireNonNull(details, "pickupDetails");
        Objects.requireNonNull(service, "service");
    }

    /**
     * Starts a pickup order.
     *
     * @param service PARCEL or CARGO
     * @return a builder; the order is a test order until {@link Builder#production()} is called
     */
    public static Builder builder(PickupService service) {
        return new Builder(service);
    }

    /** Builds a {@link PickupOrder}. */
    public static final class Builder {
        private final PickupService service;
        private String countryCode = "";
        private PickupCustomer customer = new PickupCustomer("", "");
        private PickupAddress address = PickupAddress.of("", "", "", "", "");
        private LocalDate pickupDate;
        private LocalTime readyAt;
        private ZoneId timeZone;
        private PickupDetails details = new PickupDetails(Optional.empty(), Optional.empty(), Optional.empty());
        private boolean testIndicator = true;

        private Builder(PickupService service) {
            this.service = Objects.requireNonNull(service, "service");
        }

        /**
         * Sets the country code, ISO 3166-1 alpha-2.
         *
         * @param value ISO 3166-1 alpha-2 country code
         * @return this builder
         */
        public Builder countryCode(String value) {
            countryCode = Objects.requireNonNull(value, "countryCode");
            return this;
        }

        /**
         * Sets the customer who orders the pickup.
         *
         * @param customerNumber the customer number
         * @param companyName    the company
         * @return this
         */
        public Builder customer(String customerNumber, String companyName) {
            customer = new PickupCustomer(customerNumber, companyName);
            return this;
        }

        /**
         * Sets where to pick up.
         *
         * @param value where to pick up
         * @return this builder
         */
        public Builder address(PickupAddress value) {
            address = Objects.requireNonNull(value, "address");
            return this;
        }

        /**
         * Sets the pickup date.
         *
         * @param value the pickup date
         * @return this builder
         */
        public Builder pickupDate(LocalDate value) {
            pickupDate = value;
            return this;
        }

        /**
         * Sets when the goods are ready.
         *
         * @param value when the goods are ready
         * @return this builder
         */
        public Builder readyAt(LocalTime value) {
            readyAt = value;
            return this;
        }

        /**
         * Sets the time zone of date and time.
         *
         * @param value the time zone of date and time
         * @return this builder
         */
        public Builder timeZone(ZoneId value) {
            timeZone = value;
            return this;
        }

        /**
         * Sets what to pick up.
         *
         * @param value what to pick up
         * @return this builder
         */
        public Builder details(PickupDetails value) {
            details = Objects.requireNonNull(value, "details");
            return this;
        }

        /**
         * Makes this a production order that Bring carries out.
         *
         * @return this builder
         */
        public Builder production() {
            testIndicator = false;
            return this;
        }

        /** {@return the pickup order} */
        public PickupOrder build() {
            return new PickupOrder(countryCode, customer, address, Optional.ofNullable(pickupDate),
                    Optional.ofNullable(readyAt), Optional.ofNullable(timeZone), details, service, testIndicator);
        }
    }
}
