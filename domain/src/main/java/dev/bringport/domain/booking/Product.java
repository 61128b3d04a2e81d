package dev.bringport.domain.booking;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The product (service) a consignment is booked with, under a customer number ({@code product}).
 *
 * @param id                            the product id, e.g. {@code 5000}, {@code PICKUP_PARCEL},
 *                                      {@code CARGO_INTERNATIONAL} (required: {@code BOOK-INPUT-018})
 * @param customerNumber                the API customer number (required: {@code BOOK-INPUT-019}),
 *                                      at most 35 characters
 * @param additionalServices            additional services
 * @param customs                       the EDI customs declaration
 * @param incotermRule                  the Incoterms rule (Cargo International)
 * @param messageForRecipient           a message for the recipient (Oil Express), at most 400 characters
 * @param nonStandardCourierProductCode the product code of a customized courier service
 *                                      (required with {@code NON_STANDARD_COURIER}: {@code BOOK-INPUT-081})
 * @param deliveryOption                delivery attempts option, e.g. {@code TWO_DELIVERIES_THEN_PIB}
 * @param whoPaysInvoice                which party pays the invoice
 * @param explicitAdditionalServices    Bring's {@code explicitAdditionalServices} flag, sent as given
 *                                      (in Bring's {@code doubleIndoor_NO} example; its meaning is not
 *                                      documented)
 */
public record Product(String id, String customerNumber, List<AdditionalService> additionalServices,
                      Optional<CustomsDeclaration> customs, Optional<Incoterm> incotermRule,
                      Optional<String> messageForRecipient, Optional<String> nonStandardCourierProductCode,
                      Optional<String> deliveryOption, Optional<WhoPaysInvoice> whoPaysInvoice,
                      Optional<Boolean> explicitAdditionalServices) {

    /**
     * Requires id and customer number (blank ones are reported by {@link BookingRules}).
     *
     * @param id                            the product id, e.g. {@code 5000}, {@code PICKUP_PARCEL}, {@code
     *                                      CARGO_INTERNATIONAL} (required: {@code BOOK-INPUT-018})
     * @param customerNumber                the API customer number (required: {@code BOOK-INPUT-019}), at
     *                                      most 35 characters
     * @param additionalServices            additional services
     * @param customs                       the EDI customs declaration
     * @param incotermRule                  the Incoterms rule (Cargo International)
     * @param messageForRecipient           a message for the recipient (Oil Express), at most 400 characters
     * @param nonStandardCourierProductCode the product code of a customized courier service (required with
     *                                      {@code NON_STANDARD_COURIER}: {@code BOOK-INPUT-081})
     * @param deliveryOption                delivery attempts option, e.g. {@code TWO_DELIVERIES_THEN_PIB}
     * @param whoPaysInvoice                which party pays the invoice
     * @param explicitAdditionalServices    Bring's {@code explicitAdditionalServices} flag, sent as given (in
     *                                      Bring's {@code doubleIndoor_NO} example; its meaning is not
     *                                      documented)
     */
    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerNumber, "customerNumber");
        additionalServices = List.copyOf(additionalServices);
        Objects.requireNonNull(customs, "customs");
        Objects.requireNonNull(incotermRule, "incotermRule");
        messageForRecipient = Objects.requireNonNull(messageForRecipient, "messageForRecipient").filter(s -> !s.isBlank());
        nonStandardCourierProductCode = Objects.requireNonNull(nonStandardCourierProductCode,
                "nonStandardCourierProductCode").filter(s -> !s.isBlank());
        deliveryOption = Objects.requireNonNull(deliveryOption, "deliveryOption").filter(s -> !s.isBlank());
        Objects.requireNonNull(whoPaysInvoice, "whoPaysInvoice");
        Objects.requireNonNull(explicitAdditionalServices, "explicitAdditionalServices");
    }

    /**
     * A product without the {@code explicitAdditionalServices} flag.
     *
     * @param id                            the product id
     * @param customerNumber                the API customer number
     * @param additionalServices            additional services
     * @param customs                       the EDI customs declaration
     * @param incotermRule                  the Incoterms rule (Cargo International)
     * @param messageForRecipient           a message for the recipient (Oil Express)
     * @param nonStandardCourierProductCode the product code of a customized courier service
     * @param deliveryOption                delivery attempts option
     * @param whoPaysInvoice                which party pays the invoice
     */
    public Product(String id, String customerNumber, List<AdditionalService> additionalServices,
                   Optional<CustomsDeclaration> customs, Optional<Incoterm> incotermRule,
                   Optional<String> messageForRecipient, Optional<String> nonStandardCourierProductCode,
                   Optional<String> deliveryOption, Optional<WhoPaysInvoice> whoPaysInvoice) {
        this(id, customerNumber, additionalServices, customs, incotermRule, messageForRecipient,
                nonStandardCourierProductCode, deliveryOption, whoPaysInvoice, Optional.empty());
    }

    /**
     * Starts a product.
     *
     * @param id             the product id
     * @param customerNumber the customer number
     * @return a builder
     */
    public static Builder builder(String id, String customerNumber) {
        return new Builder(id, customerNumber);
    }

    /**
     * A product without additional services or other options.
     *
     * @param id             the product id
     * @param customerNumber the customer number
     * @return the product
     */
    public static Product of(String id, String customerNumber) {
        return builder(id, customerNumber).build();
    }

    /** Builds a {@link Product}. */
    public static final class Builder {
        private final String id;
        private final String customerNumber;
        private final List<AdditionalService> additionalServices = new ArrayList<>();
        private CustomsDeclaration customs;
        private Incoterm incotermRule;
        private String messageForRecipient;
        private String nonStandardCourierProductCode;
        private String deliveryOption;
        private WhoPaysInvoice whoPaysInvoice;
        private Boolean explicitAdditionalServices;

        private Builder(String id, String customerNumber) {
            this.id = id;
            this.customerNumber = customerNumber;
        }

        /**
         * Adds an additional service.
         *
         * @param value an additional service
         * @return this
         */
        public Builder additionalService(AdditionalService value) {
            additionalServices.add(Objects.requireNonNull(value, "additionalService"));
            return this;
        }

        /**
         * Sets the customs declaration.
         *
         * @param value the customs declaration
         * @return this
         */
        public Builder customs(CustomsDeclaration value) {
            customs = value;
            return this;
        }

        /**
         * Sets the Incoterms rule.
         *
         * @param value the Incoterms rule
         * @return this
         */
        public Builder incotermRule(Incoterm value) {
            incotermRule = value;
            return this;
        }

        /**
         * Sets a message for the recipient.
         *
         * @param value a message for the recipient
         * @return this
         */
        public Builder messageForRecipient(String value) {
            messageForRecipient = value;
            return this;
        }

        /**
         * Sets the customized courier product code.
         *
         * @param value the customized courier product code
         * @return this
         */
        public Builder nonStandardCourierProductCode(String value) {
            nonStandardCourierProductCode = value;
            return this;
        }

        /**
         * Sets delivery attempts option.
         *
         * @param value delivery attempts option
         * @return this
         */
        public Builder deliveryOption(String value) {
            deliveryOption = value;
            return this;
        }

        /**
         * Sets which party pays.
         *
         * @param value which party pays
         * @return this
         */
        public Builder whoPaysInvoice(WhoPaysInvoice value) {
            whoPaysInvoice = value;
            return this;
        }

        /**
         * Bring's {@code explicitAdditionalServices} flag, sent as given.
         *
         * @param value the flag, may be null for none
         * @return this
         */
        public Builder explicitAdditionalServices(Boolean value) {
            explicitAdditionalServices = value;
            return this;
        }

        /**
         * Builds the product.
         *
         * @return the product
         */
        public Product build() {
            return new Product(id, customerNumber, additionalServices, Optional.ofNullable(customs),
                    Optional.ofNullable(incotermRule), Optional.ofNullable(messageForRecipient),
                    Optional.ofNullable(nonStandardCourierProductCode), Optional.ofNullable(deliveryOption),
                    Optional.ofNullable(whoPaysInvoice), Optional.ofNullable(explicitAdditionalServices));
        }
    }
}
