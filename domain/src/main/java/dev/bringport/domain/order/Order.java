package dev.bringport.domain.order;

import dev.bringport.domain.BringSpelling;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An order in Order Management (or in Bring's warehouse): what a customer publishes and what
 * its suppliers read. An order is unique in combination with its customer number.
 *
 * @param orderId          {@code Order orderId}
 * @param updateIndicator  {@code OrderSet updateIndicator}: Original, Update or Deletion
 * @param status           {@code OrderStatus} as Bring reports it, when it does
 * @param senderStatus     {@code SenderStatus} as Bring reports it, when it does (the SOAP
 *                         interface includes it in the order)
 * @param references       order references
 * @param dates            order dates ({@code DocumentDate}, {@code DeliveryDateRequested}...)
 * @param termsOfDelivery  terms of delivery
 * @param transportService the transport service
 * @param transportLeg     the transport leg
 * @param parties          the parties
 * @param lines            the order lines
 */
public record Order(String orderId, UpdateIndicator updateIndicator, Optional<OrderStatus> status,
                    Optional<SenderStatus> senderStatus, List<Reference> references, List<OrderDate> dates,
                    List<TermsOfDelivery> termsOfDelivery, Optional<TransportService> transportService,
                    Optional<TransportLeg> transportLeg, List<Party> parties, List<OrderLine> lines) {

    /**
     * Requires an order id (an order without one cannot be stored or read) and copies the lists.
     *
     * @param orderId          {@code Order orderId}
     * @param updateIndicator  {@code OrderSet updateIndicator}: Original, Update or Deletion
     * @param status           {@code OrderStatus} as Bring reports it, when it does
     * @param senderStatus     {@code SenderStatus} as Bring reports it, when it does (the SOAP
     *                         interface includes it in the order)
     * @param references       order references
     * @param dates            order dates ({@code DocumentDate}, {@code DeliveryDateRequested}...)
     * @param termsOfDelivery  terms of delivery
     * @param transportService the transport service
     * @param transportLeg     the transport leg
     * @param parties          the parties
     * @param lines            the order lines
     */
    public Order {
        Objects.requireNonNull(orderId, "orderId");
        if (orderId.isBlank()) {
            throw new IllegalArgumentException("orderId must not be blank");
        }
        Objects.requireNonNull(updateIndicator, "updateIndicator");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(senderStatus, "senderStatus");
        references = List.copyOf(references);
        dates = List.copyOf(dates);
        termsOfDelivery = List.copyOf(termsOfDelivery);
        Objects.requireNonNull(transportService, "transportService");
        Objects.requireNonNull(transportLeg, "transportLeg");
        parties = List.copyOf(parties);
        lines = List.copyOf(lines);
    }

    /**
     * The party in a role.
     *
     * @param role the role
     * @return the first party in that role
     */
    public Optional<Party> party(PartyRole role) {
        return parties.stream().filter(p -> p.role().equals(role)).findFirst();
    }

    /**
     * The date of a kind.
     *
     * @param subClass the kind in either spelling, e.g. {@link OrderDate#DOCUMENT_DATE} or {@code DOCUMENT_DATE}
     * @return the first date of that kind
     */
    public Optional<Instant> date(String subClass) {
        String kind = BringSpelling.camelCase(subClass);
        return dates.stream().filter(d -> d.subClass().equals(kind)).map(OrderDate::at).findFirst();
    }

    /**
     * The warehouse the order is addressed to: the performing unit's party id, as an order is sent,
     * or else the {@code WS} (warehouse storage location) reference, as Bring reports it.
     *
     * @return the warehouse id, e.g. {@code BERGER}, when the order goes to Bring's warehouse
     */
    public Optional<String> warehouse() {
        return party(PartyRole.PERFORMING_UNIT).flatMap(Party::partyId)
                .or(() -> references.stream().filter(r -> r.type().equals(Reference.WAREHOUSE_STORAGE_LOCATION))
                        .map(Reference::number).filter(n -> !n.isBlank()).findFirst());
    }

    /**
     * The line a packing list item refers to, when exactly one line matches it. An item without
     * an order line id is ambiguous when several order line sets share its article line id.
     *
     * @param orderLineId   the item's order line id
     * @param articleLineId the item's article line id
     * @return the line, empty when no line or more than one matches
     */
    public Optional<OrderLine> line(Optional<String> orderLineId, String articleLineId) {
        List<OrderLine> matching = lines.stream().filter(l -> l.isLine(orderLineId, articleLineId)).limit(2).toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    /**
     * The same order with other lines (for example after packing reduced their remaining quantity).
     *
     * @param newLines the lines
     * @return a copy
     */
    public Order withLines(List<OrderLine> newLines) {
        return new Order(orderId, updateIndicator, status, senderStatus, references, dates, termsOfDelivery,
                transportService, transportLeg, parties, newLines);
    }

    /**
     * The same order with another status.
     *
     * @param newStatus the status
     * @return a copy
     */
    public Order withStatus(OrderStatus newStatus) {
        return new Order(orderId, updateIndicator, Optional.of(newStatus), senderStatus, references, dates,
                termsOfDelivery, transportService, transportLeg, parties, lines);
    }

    /**
     * The same order with another sender status.
     *
     * @param newSenderStatus the sender status
     * @return a copy
     */
    public Order withSenderStatus(SenderStatus newSenderStatus) {
        return new Order(orderId, updateIndicator, status, Optional.of(newSenderStatus), references, dates,
                termsOfDelivery, transportService, transportLeg, parties, lines);
    }

    /**
     * Starts an order.
     *
     * @param orderId the order id
     * @return a builder, with update indicator Original
     */
    public static Builder builder(String orderId) {
        return new Builder(orderId);
    }

    /**
     * Starts a copy of this order, to change some of it.
     *
     * @return a builder holding everything of this order
     */
    public Builder toBuilder() {
        Builder b = new Builder(orderId).updateIndicator(updateIndicator);
        status.ifPresent(b::status);
        senderStatus.ifPresent(b::senderStatus);
        references.forEach(b::reference);
        dates.forEach(b::date);
        termsOfDelivery.forEach(b::termsOfDelivery);
        transportService.ifPresent(b::transportService);
        transportLeg.ifPresent(b::transportLeg);
        parties.forEach(b::party);
        lines.forEach(b::line);
        return b;
    }

    /** Builds an {@link Order}. */
    public static final class Builder {
        private final String orderId;
        private UpdateIndicator updateIndicator = UpdateIndicator.ORIGINAL;
        private OrderStatus status;
        private SenderStatus senderStatus;
        private final List<Reference> references = new ArrayList<>();
        private final List<OrderDate> dates = new ArrayList<>();
        private final List<TermsOfDelivery> termsOfDelivery = new ArrayList<>();
        private TransportService transportService;
        private TransportLeg transportLeg;
        private final List<Party> parties = new ArrayList<>();
        private final List<OrderLine> lines = new ArrayList<>();

        private Builder(String orderId) {
            this.orderId = orderId;
        }

        /**
         * Sets whether the message is the Original order, an Update or a Deletion.
         *
         * @param value Original, Update or Deletion
         * @return this builder
         */
        public Builder updateIndicator(UpdateIndicator value) {
            updateIndicator = Objects.requireNonNull(value, "updateIndicator");
            return this;
        }

        /**
         * Sets {@code OrderStatus}.
         *
         * @param value {@code OrderStatus}
         * @return this builder
         */
        public Builder status(OrderStatus value) {
            status = value;
            return this;
        }

        /**
         * Sets {@code SenderStatus}.
         *
         * @param value {@code SenderStatus}
         * @return this builder
         */
        public Builder senderStatus(SenderStatus value) {
            senderStatus = value;
            return this;
        }

        /**
         * Adds a reference.
         *
         * @param value a reference
         * @return this builder
         */
        public Builder reference(Reference value) {
            references.add(Objects.requireNonNull(value, "reference"));
            return this;
        }

        /**
         * Adds a date.
         *
         * @param value a date
         * @return this builder
         */
        public Builder date(OrderDate value) {
            dates.add(Objects.requireNonNull(value, "date"));
            return this;
        }

        /**
         * Sets the document date (when the order was booked).
         *
         * @param value the document date (when the order was booked)
         * @return this builder
         */
        public Builder documentDate(Instant value) {
            return date(new OrderDate(OrderDate.DOCUMENT_DATE, value));
        }

        /**
         * Sets the requested delivery date.
         *
         * @param value the requested delivery date
         * @return this builder
         */
        public Builder deliveryDateRequested(Instant value) {
            return date(new OrderDate(OrderDate.DELIVERY_DATE_REQUESTED, value));
        }

        /**
         * Adds terms of delivery.
         *
         * @param value terms of delivery
         * @return this builder
         */
        public Builder termsOfDelivery(TermsOfDelivery value) {
            termsOfDelivery.add(Objects.requireNonNull(value, "termsOfDelivery"));
            return this;
        }

        /**
         * Sets the transport service.
         *
         * @param value the transport service
         * @return this builder
         */
        public Builder transportService(TransportService value) {
            transportService = value;
            return this;
        }

        /**
         * Sets the transport leg.
         *
         * @param value the transport leg
         * @return this builder
         */
        public Builder transportLeg(TransportLeg value) {
            transportLeg = value;
            return this;
        }

        /**
         * Adds a party.
         *
         * @param value a party
         * @return this builder
         */
        public Builder party(Party value) {
            parties.add(Objects.requireNonNull(value, "party"));
            return this;
        }

        /**
         * Adds a line.
         *
         * @param value a line
         * @return this builder
         */
        public Builder line(OrderLine value) {
            lines.add(Objects.requireNonNull(value, "line"));
            return this;
        }

        /** {@return the order} */
        public Order build() {
            return new Order(orderId, updateIndicator, Optional.ofNullable(status), Optional.ofNullable(senderStatus),
                    references, dates, termsOfDelivery, Optional.ofNullable(transportService),
                    Optional.ofNullable(transportLeg), parties, lines);
        }
    }
}
