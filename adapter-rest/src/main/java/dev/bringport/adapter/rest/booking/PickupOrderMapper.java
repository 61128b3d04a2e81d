package dev.bringport.adapter.rest.booking;

import dev.bringport.domain.pickup.PickupAddress;
import dev.bringport.domain.pickup.PickupCustomer;
import dev.bringport.domain.pickup.PickupDetails;
import dev.bringport.domain.pickup.PickupItems;
import dev.bringport.domain.pickup.PickupOrder;
import dev.bringport.domain.pickup.PickupService;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Maps a {@link PickupOrder} to Bring's {@code pickupOrderRequest} document and back. Written the
 * current way ({@code service}, {@code pickupDetails.packages/pallets/postContainers}, ready-at
 * time as {@code HH:mm}). Read from any of the three ways:
 * <ul>
 *   <li>current: each kind of goods item as it is;</li>
 *   <li>deprecated counts in {@code pickupDetails}: {@code numberOfPackages} with the total
 *       {@code weightInGrams} and {@code volumeInDm3} become packages, {@code numberOfPallets}
 *       pallets, {@code numberOfPostContainers} post containers;</li>
 *   <li>oldest: {@code parcelsInformation} and {@code parcelsInternationalInformation} are a PARCEL
 *       pickup, {@code cargoInformation} a CARGO pickup; their totals go with the packages (with
 *       the pallets when there are no packages).</li>
 * </ul>
 * In the deprecated ways a count of 0 asks for nothing and reads as absent. Ways cannot be
 * combined (Bring's rule); a missing test indicator, service or time zone that cannot be read
 * is refused.
 */
final class PickupOrderMapper {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private PickupOrderMapper() {
    }

    /**
     * The document for an order.
     *
     * @param order the order
     * @return the document
     */
    static PickupOrderDocument toDocument(PickupOrder order) {
        PickupAddress a = order.address();
        PickupDetails d = order.details();
        return new PickupOrderDocument(order.testIndicator(), order.service().name(),
                new PickupOrderDocument.CustomerInformation(order.customer().customerNumber(), order.customer().companyName()),
                new PickupOrderDocument.PickupAddress(a.street(), a.postalCode(), a.email(), a.phoneNumber(), a.city(),
                        a.contactName().orElse(null), a.messageToDriver().orElse(null),
                        a.deliveryInstruction().orElse(null)),
                order.pickupDate().map(LocalDate::toString).orElse(null),
                order.readyAt().map(PickupOrderMapper::time).orElse(null),
                order.timeZone().map(ZoneId::getId).orElse(null), null, order.countryCode(), null, null,
                d.isEmpty() ? null : new PickupOrderDocument.PickupDetails(items(d.packages()), items(d.pallets()),
                        items(d.postContainers()), null, null, null, null, null));
    }

    /** {@code HH:mm} as the Booking page writes it; seconds only when there are any. */
    private static String time(LocalTime time) {
        LocalTime minutes = time.withNano(0);
        return minutes.getSecond() == 0 ? HOURS_MINUTES.format(minutes) : minutes.toString();
    }

    private static PickupOrderDocument.Items items(Optional<PickupItems> items) {
        return items.map(i -> new PickupOrderDocument.Items(i.count(), i.weightInGrams().orElse(null),
                i.volumeInDm3().orElse(null))).orElse(null);
    }

    /**
     * The order a document holds.
     *
     * @param document the document, in any of the three ways
     * @return the order
     * @throws IllegalArgumentException for what the order cannot hold, naming the field
     */
    static PickupOrder toDomain(PickupOrderDocument document) {
        if (document.testIndicator() == null) {
            throw new IllegalArgumentException("testIndicator must be true or false: it decides whether Bring "
                    + "picks up for real, so the library does not guess it");
        }
        long oldest = Stream.of(document.parcelsInformation(), document.cargoInformation(),
                document.parcelsInternationalInformation()).filter(Objects::nonNull).count();
        if (oldest > 1) {
            throw new IllegalArgumentException("give one of parcelsInformation, cargoInformation and "
                    + "parcelsInternationalInformation, not " + oldest);
        }
        if (oldest == 1 && document.pickupDetails() != null) {
            throw new IllegalArgumentException("pickupDetails cannot be combined with the deprecated "
                    + "parcelsInformation, cargoInformation or parcelsInternationalInformation");
        }
        Optional<PickupService> service = Optional.ofNullable(document.service()).map(PickupOrderMapper::service);
        PickupService kind;
        PickupDetails details;
        if (oldest == 1) {
            PickupService implied = document.cargoInformation() != null ? PickupService.CARGO : PickupService.PARCEL;
            if (service.isPresent() && service.get() != implied) {
                throw new IllegalArgumentException("service " + service.get() + " contradicts the deprecated "
                        + (implied == PickupService.CARGO ? "cargoInformation" : "parcels information") + " given");
            }
            kind = implied;
            details = oldestDetails(document);
        } else {
            kind = service.orElseThrow(() -> new IllegalArgumentException("service must be PARCEL or CARGO"));
            details = Optional.ofNullable(document.pickupDetails()).map(PickupOrderMapper::details)
                    .orElse(new PickupDetails(Optional.empty(), Optional.empty(), Optional.empty()));
        }
        PickupOrderDocument.PickupAddress a = Optional.ofNullable(document.pickupAddress())
                .orElse(new PickupOrderDocument.PickupAddress(null, null, null, null, null, null, null, null));
        PickupOrderDocument.CustomerInformation c = Optional.ofNullable(document.customerInformation())
                .orElse(new PickupOrderDocument.CustomerInformation(null, null));
        return new PickupOrder(text(document.countryCode()), new PickupCustomer(text(c.customerNumber()),
                text(c.companyName())),
                new PickupAddress(text(a.street()), text(a.postalCode()), text(a.city()), text(a.email()),
                        text(a.phoneNumber()), Optional.ofNullable(a.contactName()), Optional.ofNullable(a.message()),
                        Optional.ofNullable(a.deliveryInstruction())),
                Optional.ofNullable(document.pickupDate()).map(date -> parsed("pickupDate", date, LocalDate::parse)),
                Optional.ofNullable(document.pickupIsReadyAtTime()).map(time -> parsed("pickupIsReadyAtTime", time,
                        LocalTime::parse)),
                Optional.ofNullable(document.pickupTimeZone()).map(zone -> parsed("pickupTimeZone", zone, ZoneId::of)),
                details, kind, document.testIndicator());
    }

    private static PickupService service(String value) {
        try {
            return PickupService.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("service '" + value + "' is not one of "
                    + Arrays.toString(PickupService.values()), e);
        }
    }

    private static PickupDetails details(PickupOrderDocument.PickupDetails d) {
        boolean items = d.packages() != null || d.pallets() != null || d.postContainers() != null;
        boolean counts = d.numberOfPackages() != null || d.numberOfPallets() != null || d.numberOfPostContainers() != null
                || d.weightInGrams() != null || d.volumeInDm3() != null;
        if (items && counts) {
            throw new IllegalArgumentException("pickupDetails cannot combine packages, pallets or postContainers with "
                    + "the deprecated numberOfPackages, numberOfPallets, numberOfPostContainers, weightInGrams or volumeInDm3");
        }
        if (items) {
            return new PickupDetails(items(d.packages()), items(d.pallets()), items(d.postContainers()));
        }
        return new PickupDetails(counted(d.numberOfPackages(), d.weightInGrams(), d.volumeInDm3()),
                counted(d.numberOfPallets(), null, null), counted(d.numberOfPostContainers(), null, null));
    }

    private static Optional<PickupItems> items(PickupOrderDocument.Items i) {
        return Optional.ofNullable(i).map(items -> new PickupItems(items.count() == null ? 0 : items.count(),
                Optional.ofNullable(items.weightInGrams()), Optional.ofNullable(items.volumeInDm3())));
    }

    private static PickupDetails oldestDetails(PickupOrderDocument document) {
        PickupOrderDocument.Counts c = Stream.of(document.parcelsInformation(), document.cargoInformation(),
                document.parcelsInternationalInformation()).filter(Objects::nonNull).findFirst().orElseThrow();
        boolean packages = c.numberOfPackages() != null && c.numberOfPackages() > 0;
        return new PickupDetails(
                counted(c.numberOfPackages(), packages ? c.weightInGrams() : null, packages ? c.volumeInDm3() : null),
                counted(c.numberOfPallets(), packages ? null : c.weightInGrams(), packages ? null : c.volumeInDm3()),
                counted(c.numberOfPostContainers(), null, null));
    }

    /** A deprecated count with its totals; nothing when the count is absent or 0 and there are no totals. */
    private static Optional<PickupItems> counted(Integer count, Integer weightInGrams, BigDecimal volumeInDm3) {
        int n = count == null ? 0 : count;
        if (n == 0 && weightInGrams == null && volumeInDm3 == null) {
            return Optional.empty();
        }
        return Optional.of(new PickupItems(n, Optional.ofNullable(weightInGrams), Optional.ofNullable(volumeInDm3)));
    }

    private static <T> T parsed(String field, String value, Function<String, T> parser) {
        try {
            return parser.apply(value.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(field + " '" + value + "' cannot be read: " + e.getMessage(), e);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
