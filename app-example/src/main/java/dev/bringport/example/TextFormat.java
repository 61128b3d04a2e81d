package dev.bringport.example;

import dev.bringport.domain.BringTime;
import dev.bringport.domain.ErrorDefinition;
import dev.bringport.domain.Money;
import dev.bringport.domain.Quantity;
import dev.bringport.domain.booking.BookedPackage;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.BookingCustomer;
import dev.bringport.domain.order.Address;
import dev.bringport.domain.order.ArticleId;
import dev.bringport.domain.order.Description;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.domain.order.Party;
import dev.bringport.domain.pickup.PickupConfirmation;
import dev.bringport.domain.warehouse.ArticleBalance;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** How the tool shows domain values to a person. Times are shown in Norway. */
final class TextFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BringTime.ZONE);

    private TextFormat() {
    }

    static String time(Instant at) {
        return TIME.format(at);
    }

    static String order(Order order) {
        StringBuilder s = new StringBuilder("Order ").append(order.orderId())
                .append(" (").append(order.updateIndicator().bringName()).append(")");
        order.status().ifPresent(status -> s.append(", status ").append(status));
        order.senderStatus().ifPresent(status -> s.append(", sender status ").append(status));
        order.warehouse().ifPresent(w -> s.append(", warehouse ").append(w));
        s.append('\n');
        order.dates().forEach(d -> s.append("  ").append(d.subClass()).append(": ").append(time(d.at())).append('\n'));
        order.termsOfDelivery().forEach(t -> s.append("  Terms of delivery: ").append(t.conditionCode().orElse("?"))
                .append(t.codeList().map(l -> " (" + l + ")").orElse("")).append('\n'));
        if (!order.references().isEmpty()) {
            s.append("  References: ").append(order.references().stream()
                    .map(r -> r.type() + " " + r.number()).collect(Collectors.joining(", "))).append('\n');
        }
        order.parties().forEach(p -> s.append("  ").append(String.format("%-17s", p.role())).append(party(p)).append('\n'));
        s.append(lines(order.lines()));
        return s.toString().stripTrailing();
    }

    private static String party(Party p) {
        String name = p.name().orElse("") + p.partyId().map(id -> " (" + id + ")").orElse("");
        String address = p.addresses().stream().filter(a -> !a.isEmpty()).findFirst().map(TextFormat::address).orElse("");
        return Stream.of(name.strip(), address).filter(x -> !x.isBlank()).collect(Collectors.joining(", "));
    }

    private static String address(Address a) {
        String street = a.street().orElse(String.join(" ", a.addressLines()));
        String place = Stream.of(a.postalCode(), a.city(), a.countryCode()).flatMap(Optional::stream)
                .collect(Collectors.joining(" "));
        return Stream.of(street, place).filter(x -> !x.isBlank()).collect(Collectors.joining(", "));
    }

    static String lines(List<OrderLine> lines) {
        StringBuilder s = new StringBuilder(String.format("  %-5s %-22s %-40s %10s %10s %12s%n",
                "line", "article", "description", "ordered", "remaining", "unit price"));
        for (OrderLine l : lines) {
            s.append(String.format("  %-5s %-22s %-40s %10s %10s %12s%n", l.articleLineId(), articles(l.articleIds()),
                    l.articleName().or(() -> l.description().map(Description::text)).orElse(""),
                    l.quantity().map(TextFormat::quantity).orElse("-"),
                    l.remainingQuantity().map(BigDecimal::toPlainString).orElse("-"),
                    l.unitPrice().map(TextFormat::money).orElse("-")));
        }
        return s.toString().stripTrailing();
    }

    private static String articles(List<ArticleId> ids) {
        return ids.stream().map(ArticleId::value).collect(Collectors.joining("/"));
    }

    private static String quantity(Quantity q) {
        return q.value().toPlainString() + q.unitCode().map(u -> " " + u).orElse("");
    }

    private static String money(Money m) {
        return m.amount().toPlainString() + m.currency().map(c -> " " + c).orElse("");
    }

    static String packingLists(List<PackingList> lists) {
        if (lists.isEmpty()) {
            return "No packing lists.";
        }
        return lists.stream().map(TextFormat::packingList).collect(Collectors.joining("\n"));
    }

    static String packingList(PackingList list) {
        return "Consignment " + list.consignmentId() + list.packageId().map(p -> ", package " + p).orElse("") + ": "
                + list.items().stream().map(TextFormat::item).collect(Collectors.joining(", "));
    }

    private static String item(PackingListItem i) {
        return "line " + i.orderLineId().map(o -> o + "/").orElse("") + i.articleLineId() + " x " + i.quantity().toPlainString();
    }

    static String errorCodes(List<ErrorDefinition> codes) {
        return codes.stream().map(d -> String.format("%-45s %s%s", d.code(), d.message(),
                d.suffixable().filter(Boolean::booleanValue).map(x -> " (suffixable)").orElse("")))
                .collect(Collectors.joining("\n"));
    }

    static String balances(List<ArticleBalance> balances) {
        if (balances.isEmpty()) {
            return "No articles.";
        }
        StringBuilder s = new StringBuilder(String.format("%-10s %-40s %10s %10s %10s %10s%n",
                "article", "name", "physical", "allocated", "in order", "free"));
        balances.forEach(b -> s.append(String.format("%-10s %-40s %10s %10s %10s %10s%n", b.articleNumber(),
                b.articleName().orElse(""), b.physicalBalance().toPlainString(), b.allocatedBalance().toPlainString(),
                b.inOrderBalance().toPlainString(), b.freeBalance().toPlainString())));
        return s.toString().stripTrailing();
    }

    static String customers(List<BookingCustomer> customers) {
        return customers.stream().map(c -> "Customer " + c.customerNumber() + " (" + c.name() + ") from "
                + c.countryCode() + ": " + String.join(", ", c.products())).collect(Collectors.joining("\n"));
    }

    static String confirmation(BookingConfirmation c) {
        return "Consignment " + c.consignmentNumber() + c.correlationId().map(id -> " (" + id + ")").orElse("")
                + "\n  packages: " + c.packages().stream().map(BookedPackage::packageNumber).collect(Collectors.joining(", "))
                + "\n  tracking: " + c.links().tracking()
                + c.links().labels().map(l -> "\n  label:    " + l).orElse("")
                + c.expectedDelivery().map(d -> "\n  expected delivery: " + time(d)).orElse("");
    }

    static String pickup(PickupConfirmation c) {
        return "Pickup " + c.status() + ": between " + time(c.earliestPickup())
                + c.latestPickup().map(l -> " and " + time(l)).orElse("")
                + c.packageNumber().map(p -> ", package " + p).orElse("");
    }
}
