package dev.bringport.adapter.rest.order;

import static dev.bringport.adapter.rest.order.WireText.each;
import static dev.bringport.adapter.rest.order.WireText.orNull;
import static dev.bringport.adapter.rest.order.WireText.text;

import dev.bringport.domain.Money;
import dev.bringport.domain.order.AdditionalItem;
import dev.bringport.domain.order.Description;
import dev.bringport.domain.order.OrderDate;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Packing lists on the wire, both ways: a {@link PackingList} as the {@code CreatePackagingListRequest}
 * of POST {@code /packaginglist}, and the {@code GetPackagingListResponse} of GET
 * {@code /packaginglist} as packing lists. Each item is sent in its own {@code PackingListSet}
 * (with the item's {@code orderLineId}, if any), as Bring's example does; items read get the
 * {@code orderLineId} of their set. The request's date is a {@code DocumentDate}, its locale
 * {@code no}, as in Bring's example.
 */
final class PackingListMapper {

    /** The schema version Bring's examples send. */
    static final int SCHEMA_VERSION = 1;
    /** The locale Bring's request examples send. */
    static final String LOCALE = "no";

    private PackingListMapper() {
    }

    /**
     * The request that adds a packing list to an order.
     *
     * @param customerId the customer that owns the order ({@code CustomerNo})
     * @param orderId    the order ({@code PurchaseOrderNo})
     * @param list       the packing list
     * @param now        the request's date
     * @return the wire request
     */
    static CreatePackagingListRequest toWire(String customerId, String orderId, PackingList list, Instant now) {
        CreatePackagingListRequest request = new CreatePackagingListRequest();
        request.requestProperties = new CreatePackagingListRequest.RequestProperties();
        request.requestProperties.schemaVersion = SCHEMA_VERSION;
        request.requestProperties.locale = LOCALE;
        request.requestProperties.dateAndTimes = new PropertiesDate(OrderDate.DOCUMENT_DATE, WireTime.dateTime(now));
        request.customerNo = customerId;
        request.purchaseOrderNo = orderId;
        request.packingList = packingList(list);
        return request;
    }

    private static PackingListElements.PackingList packingList(PackingList list) {
        PackingListElements.PackingList wire = new PackingListElements.PackingList();
        wire.consignmentId = list.consignmentId();
        wire.packageId = orNull(list.packageId());
        List<PackingListElements.PackingListSet> sets = new ArrayList<>();
        for (PackingListItem item : list.items()) {
            PackingListElements.PackingListSet set = new PackingListElements.PackingListSet();
            set.orderLineId = orNull(item.orderLineId());
            PackingListElements.PackingListItem wireItem = new PackingListElements.PackingListItem();
            wireItem.articleLineId = item.articleLineId();
            wireItem.quantity = item.quantity();
            wireItem.articleNumber = orNull(item.articleNumber());
            wireItem.articleVendorNumber = orNull(item.articleVendorNumber());
            set.items = List.of(wireItem);
            sets.add(set);
        }
        wire.sets = sets.isEmpty() ? null : sets;
        if (!list.additionalItems().isEmpty()) {
            PackingListElements.AdditionalSet additional = new PackingListElements.AdditionalSet();
            additional.items = list.additionalItems().stream().map(PackingListMapper::additionalItem).toList();
            wire.additionalSets = List.of(additional);
        }
        return wire;
    }

    private static PackingListElements.AdditionalItem additionalItem(AdditionalItem item) {
        PackingListElements.AdditionalItem wire = new PackingListElements.AdditionalItem();
        wire.articleId = item.articleId();
        wire.quantity = item.quantity();
        wire.description = item.description().map(d -> new ItemDescription(d.text(), orNull(d.usageCode()))).orElse(null);
        wire.date = item.date().map(d -> new PropertiesDate(d.subClass(), WireTime.dateTime(d.at()))).orElse(null);
        wire.monetaryAmounts = item.unitPrice()
                .map(p -> new MonetaryAmounts(new Amount(p.amount(), orNull(p.currency())))).orElse(null);
        return wire;
    }

    /**
     * The packing lists of an answer, in Bring's order.
     *
     * @param answer the answer
     * @return the packing lists, empty when the order has none
     * @throws IllegalArgumentException for an item without a quantity
     */
    static List<PackingList> packingLists(GetPackagingListResponse answer) {
        if (answer.packagingListSet == null) {
            return List.of();
        }
        return each(answer.packagingListSet.packagingLists).stream().map(PackingListMapper::packingList).toList();
    }

    private static PackingList packingList(PackingListElements.PackingList wire) {
        List<PackingListItem> items = new ArrayList<>();
        for (PackingListElements.PackingListSet set : each(wire.sets)) {
            for (PackingListElements.PackingListItem item : each(set.items)) {
                items.add(new PackingListItem(text(set.orderLineId), text(item.articleLineId).orElse(""),
                        required(item.quantity, "PackingListItem " + item.articleLineId + " has no ArticleQuantity"),
                        text(item.articleNumber), text(item.articleVendorNumber)));
            }
        }
        List<AdditionalItem> additional = each(wire.additionalSets).stream().flatMap(s -> each(s.items).stream())
                .map(PackingListMapper::additionalItem).toList();
        return new PackingList(text(wire.consignmentId).orElse(""), text(wire.packageId), items, additional);
    }

    private static AdditionalItem additionalItem(PackingListElements.AdditionalItem wire) {
        Optional<Description> description = Optional.ofNullable(wire.description)
                .flatMap(d -> text(d.text).map(t -> new Description(t, text(d.usage))));
        Optional<OrderDate> date = Optional.ofNullable(wire.date).flatMap(d -> text(d.subClass)
                .flatMap(kind -> WireTime.instant(d.value).map(at -> new OrderDate(kind, at))));
        Optional<Money> price = Optional.ofNullable(wire.monetaryAmounts).map(a -> a.unitPrice)
                .filter(p -> p.value != null).map(p -> new Money(p.value, text(p.currencyIdentificationCode)));
        return new AdditionalItem(text(wire.articleId).orElse(""),
                required(wire.quantity, "PackingListAdditionalItem " + wire.articleId + " has no ArticleQuantity"),
                description, date, price);
    }

    private static BigDecimal required(BigDecimal value, String problem) {
        if (value == null) {
            throw new IllegalArgumentException(problem);
        }
        return value;
    }
}
