package dev.bringport.adapter.inmemory;

import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.OrderStatus;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.domain.order.PackingListRules;
import dev.bringport.domain.order.SenderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What happens to an order at Bring as it is placed, replaced, picked, packed and deleted, in
 * Order Management and in the warehouse together. Called under {@link InMemoryBring}'s write lock.
 */
final class OrderLifecycle {

    private OrderLifecycle() {
    }

    /** A seeded order: lines keep the remaining quantity they carry; status Received unless given. */
    static Order asSeeded(Order order) {
        return withBringState(order, order.lines());
    }

    /** A sent order: on each line, what remains is its quantity less what earlier packing lists packed. */
    static Order asSent(Order order, List<PackingList> packed) {
        List<OrderLine> lines = order.lines().stream().map(line -> {
            BigDecimal already = packed.stream().flatMap(list -> list.items().stream())
                    .filter(item -> line.isLine(item.orderLineId(), item.articleLineId()))
                    .map(PackingListItem::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal ordered = line.quantity().map(q -> q.value()).orElse(BigDecimal.ZERO);
            return line.withRemainingQuantity(ordered.subtract(already).max(BigDecimal.ZERO));
        }).toList();
        return withBringState(order, lines);
    }

    private static Order withBringState(Order order, List<OrderLine> lines) {
        List<OrderLine> withRemaining = lines.stream().map(l -> l.withRemainingQuantity(l.remaining())).toList();
        return order.withLines(withRemaining)
                .withStatus(order.status().orElse(OrderStatus.RECEIVED))
                .withSenderStatus(SenderStatus.of(withRemaining));
    }

    /** Places or replaces an order, keeping its packing lists; a warehouse order holds its stock anew. */
    static void place(InMemoryBring bring, Orders.Key key, Order order) {
        Instant now = bring.now();
        List<PackingList> lists = bring.orders().find(key).map(Orders.Stored::packingLists).orElse(List.of());
        bring.warehouse().release(key, now);
        bring.orders().put(key, new Orders.Stored(order, lists));
        if (order.warehouse().isPresent()) {
            bring.warehouse().reserve(key, order, now);
        }
    }

    /** Deletes an order; a warehouse order gives back its stock. */
    static void delete(InMemoryBring bring, Orders.Key key) {
        bring.warehouse().release(key, bring.now());
        bring.orders().remove(key);
    }

    /** Adds a valid packing list: lines and sender status change, a warehouse order ships its stock. */
    static void pack(InMemoryBring bring, Orders.Key key, Orders.Stored stored, PackingList list) {
        Order packed = PackingListRules.pack(list, stored.order());
        if (packed.warehouse().isPresent()) {
            bring.warehouse().ship(key, stored.order(), list, bring.now());
            if (packed.senderStatus().orElse(SenderStatus.OPEN) == SenderStatus.LOCKED) {
                packed = packed.withStatus(OrderStatus.SHIPPED);
            }
        }
        bring.orders().put(key, stored.withPackingList(packed, list));
    }

    /** The warehouse picks an order. */
    static void pick(InMemoryBring bring, Orders.Key key) {
        Orders.Stored stored = bring.orders().find(key).filter(s -> s.order().warehouse().isPresent())
                .orElseThrow(() -> new IllegalArgumentException("no warehouse order " + key));
        bring.warehouse().pick(key, bring.now());
        bring.orders().put(key, new Orders.Stored(stored.order().withStatus(OrderStatus.PICKED), stored.packingLists()));
    }
}
