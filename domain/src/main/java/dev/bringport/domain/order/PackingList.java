package dev.bringport.domain.order;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A packing list a supplier adds to an order once it is picked and sent: the consignment
 * number of the shipment and what of the order it carries (POST {@code /packaginglist}).
 * One order can have several packing lists; together they reduce its lines' remaining quantities.
 *
 * @param consignmentId   the consignment number, e.g. from a booking (required: {@code PO_INPUT_007})
 * @param packageId       the package number, when the list is for one package
 * @param items           quantities of the order's lines
 * @param additionalItems articles packed that are not order lines
 */
public record PackingList(String consignmentId, Optional<String> packageId, List<PackingListItem> items,
                          List<AdditionalItem> additionalItems) {

    /**
     * Requires a (possibly blank, see {@link PackingListRules}) consignment id and copies the lists.
     *
     * @param consignmentId   the consignment number, e.g. from a booking (required: {@code PO_INPUT_007})
     * @param packageId       the package number, when the list is for one package
     * @param items           quantities of the order's lines
     * @param additionalItems articles packed that are not order lines
     */
    public PackingList {
        Objects.requireNonNull(consignmentId, "ConsignmentId");
        packageId = Objects.requireNonNull(packageId, "packageId").filter(s -> !s.isBlank());
        items = List.copyOf(items);
        additionalItems = List.copyOf(additionalItems);
    }

    /**
     * A packing list of order lines for a consignment.
     *
     * @param consignmentId the consignment number
     * @param items         the quantities packed
     * @return the packing list
     */
    public static PackingList of(String consignmentId, List<PackingListItem> items) {
        return new PackingList(consignmentId, Optional.empty(), items, List.of());
    }
}
