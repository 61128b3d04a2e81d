package dev.bringport.domain.booking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A consignment to book ({@code consignments[0]}: Bring books one consignment per request).
 * What Bring requires is checked by {@link BookingRules}, which lists every violation with its code.
 *
 * @param correlationId                     your id for the consignment (e.g. your order number),
 *                                          echoed in the answer
 * @param shippingDateTime                  when the goods are ready for transport
 *                                          (required: {@code BOOK-INPUT-012})
 * @param customerSpecifiedDeliveryDateTime the delivery date the customer chose (5600, PA_DOREN, Oil Express)
 * @param customerSpecifiedDispatchDateTime the dispatch date the customer chose (3622)
 * @param deliveryWindow                    the delivery window the customer chose (home delivery)
 * @param parties                           sender, recipient and the other parties
 * @param product                           the product under a customer number (required: {@code BOOK-INPUT-008})
 * @param packages                          the packages (at least one: {@code BOOK-INPUT-009})
 * @param returnProduct                     the return service booked along with it
 * @param purchaseOrderNumbers              purchase order numbers the consignment delivers
 * @param generateQrCodes                   whether QR codes are wanted in addition to the label
 */
public record Consignment(Optional<String> correlationId, Optional<Instant> shippingDateTime,
                          Optional<Instant> customerSpecifiedDeliveryDateTime,
                          Optional<Instant> customerSpecifiedDispatchDateTime, Optional<DeliveryWindow> deliveryWindow,
                          Parties parties, Optional<Product> product, List<BookingPackage> packages,
                          Optional<ReturnProduct> returnProduct, List<String> purchaseOrderNumbers,
                          Optional<Boolean> generateQrCodes) {

    /**
     * Requires every (possibly empty) part and copies the lists.
     *
     * @param correlationId                     your id for the consignment (e.g. your order number),
     *                                          echoed in the answer
     * @param shippingDateTime                  when the goods are ready for transport
     *                                          (required: {@code BOOK-INPUT-012})
     * @param customerSpecifiedDeliveryDateTime the delivery date the customer chose (5600, PA_DOREN, Oil Express)
     * @param customerSpecifiedDispatchDateTime the dispatch date the customer chose (3622)
     * @param deliveryWindow                    the delivery window the customer chose (home delivery)
     * @param parties                           sender, recipient and the other parties
     * @param product                           the product under a customer number (required: {@code BOOK-INPUT-008})
     * @param packages                          the packages (at least one: {@code BOOK-INPUT-009})
     * @param returnProduct                     the return service booked along with it
     * @param purchaseOrderNumbers              purchase order numbers the consignment delivers
     * @param generateQrCodes                   whether QR codes are wanted in addition to the label
     */
    public Consignment {
        correlationId = Objects.requireNonNull(correlationId, "correlationId").filter(s -> !s.isBlank());
        Objects.requireNonNull(shippingDateTime, "shippingDateTime");
        Objects.requireNonNull(customerSpecifiedDeliveryDateTime, "customerSpecifiedDeliveryDateTime");
        Objects.requireNonNull(customerSpecifiedDispatchDateTime, "customerSpecifiedDispatchDateTime");
        Objects.requireNonNull(deliveryWindow, "deliveryWindow");
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(product, "product");
        packages = List.copyOf(packages);
        Objects.requireNonNull(returnProduct, "returnProduct");
        purchaseOrderNumbers = List.copyOf(purchaseOrderNumbers);
        Objects.requireNonNull(generateQrCodes, "generateQrCodes");
    }

    /**
     * Starts a consignment.
     *
     * @return a builder with nothing set
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Consignment}; anything left unset is reported by {@link BookingRules} if Bring requires it. */
    public static final class Builder {
        private String correlationId;
        private Instant shippingDateTime;
        private Instant customerSpecifiedDeliveryDateTime;
        private Instant customerSpecifiedDispatchDateTime;
        private DeliveryWindow deliveryWindow;
        private Parties parties = Parties.NONE;
        private Product product;
        private final List<BookingPackage> packages = new ArrayList<>();
        private ReturnProduct returnProduct;
        private final List<String> purchaseOrderNumbers = new ArrayList<>();
        private Boolean generateQrCodes;

        private Builder() {
        }

        /**
         * Your id for the consignment.
         *
         * @param value your id for the consignment
         * @return this
         */
        public Builder correlationId(String value) {
            correlationId = value;
            return this;
        }

        /**
         * When the goods are ready for transport.
         *
         * @param value when the goods are ready for transport
         * @return this
         */
        public Builder shippingDateTime(Instant value) {
            shippingDateTime = value;
            return this;
        }

        /**
         * The delivery date the customer chose.
         *
         * @param value the delivery date the customer chose
         * @return this
         */
        public Builder customerSpecifiedDeliveryDateTime(Instant value) {
            customerSpecifiedDeliveryDateTime = value;
            return this;
        }

        /**
         * The dispatch date the customer chose.
         *
         * @param value the dispatch date the customer chose
         * @return this
         */
        public Builder customerSpecifiedDispatchDateTime(Instant value) {
            customerSpecifiedDispatchDateTime = value;
            return this;
        }

        /**
         * The delivery window the customer chose.
         *
         * @param value the delivery window the customer chose
         * @return this
         */
        public Builder deliveryWindow(DeliveryWindow value) {
            deliveryWindow = value;
            return this;
        }

        /**
         * The sender.
         *
         * @param value the sender
         * @return this
         */
        public Builder sender(BookingParty value) {
            parties = parties.withSender(value);
            return this;
        }

        /**
         * The recipient.
         *
         * @param value the recipient
         * @return this
         */
        public Builder recipient(BookingParty value) {
            parties = parties.withRecipient(value);
            return this;
        }

        /**
         * The consignor.
         *
         * @param value the consignor
         * @return this
         */
        public Builder consignor(BookingParty value) {
            parties = parties.withConsignor(value);
            return this;
        }

        /**
         * The consignee.
         *
         * @param value the consignee
         * @return this
         */
        public Builder consignee(BookingParty value) {
            parties = parties.withConsignee(value);
            return this;
        }

        /**
         * The importer.
         *
         * @param value the importer
         * @return this
         */
        public Builder importer(BookingParty value) {
            parties = parties.withImporter(value);
            return this;
        }

        /**
         * The return address.
         *
         * @param value the return address
         * @return this
         */
        public Builder returnTo(BookingParty value) {
            parties = parties.withReturnTo(value);
            return this;
        }

        /**
         * The pickup point.
         *
         * @param value the pickup point
         * @return this
         */
        public Builder pickupPoint(PickupPoint value) {
            parties = parties.withPickupPoint(value);
            return this;
        }

        /**
         * The product.
         *
         * @param value the product
         * @return this
         */
        public Builder product(Product value) {
            product = value;
            return this;
        }

        /**
         * A package.
         *
         * @param value a package
         * @return this
         */
        public Builder addPackage(BookingPackage value) {
            packages.add(Objects.requireNonNull(value, "package"));
            return this;
        }

        /**
         * The return service.
         *
         * @param value the return service
         * @return this
         */
        public Builder returnProduct(ReturnProduct value) {
            returnProduct = value;
            return this;
        }

        /**
         * A purchase order number.
         *
         * @param value a purchase order number
         * @return this
         */
        public Builder purchaseOrderNumber(String value) {
            purchaseOrderNumbers.add(Objects.requireNonNull(value, "purchaseOrderNumber"));
            return this;
        }

        /**
         * Whether QR codes are wanted.
         *
         * @param value whether QR codes are wanted
         * @return this
         */
        public Builder generateQrCodes(boolean value) {
            generateQrCodes = value;
            return this;
        }

        /** {@return the consignment} */
        public Consignment build() {
            return new Consignment(Optional.ofNullable(correlationId), Optional.ofNullable(shippingDateTime),
                    Optional.ofNullable(customerSpecifiedDeliveryDateTime),
                    Optional.ofNullable(customerSpecifiedDispatchDateTime), Optional.ofNullable(deliveryWindow),
                    parties, Optional.ofNullable(product), packages, Optional.ofNullable(returnProduct),
                    purchaseOrderNumbers, Optional.ofNullable(generateQrCodes));
        }
    }
}
