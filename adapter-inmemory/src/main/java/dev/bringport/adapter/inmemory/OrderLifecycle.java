package dev.bringport.adapter.inmemory;

import dev.bringport.domain.Quantity;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.OrderStatus;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.domain.order.PackingListRules;
import dev.bringport.domain.order.SenderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What happens to an order at Bring as it is placed, replaced, picked, packed and deleted, in
 * Order Management and in the warehouse together. Called under {@link InMemoryBring}'s write lock.
 */
final class OrderLifecycle {

    private OrderLifecycle() {
    }

    /**
     * A seeded order: lines keep the remaining quantity they carry (what is missing of the ordered
     * quantity counts as packed); status Received unless given.
     */
    static Orders.Stored seeded(Order order) {
        Map<String, BigDecimal> packed = new HashMap<>();
        for (OrderLine line : order.lines()) {
            BigDecimal ordered = line.quantity().map(Quantity::value).orElse(line.remaining());
            BigDecimal done = ordered.subtract(line.remaining());
            if (done.signum() > 0) {
                packed.put(Orders.lineKey(line), done);
            }
        }
        Order placed = withBringState(order, order.lines(), order.status());
        return new Orders.Stored(placed, List.of(), packed);
    }

    /**
     * A sent order, replacing what Bring held (if anything): on each line, what remains is its
     * quantity less what was packed of that line before; the status stays what Bring had.
     */
    static Orders.Stored sent(Order order, Optional<Orders.Stored> before) {
        Map<String, BigDecimal> packed = before.map(Orders.Stored::packed).orElse(Map.of());
        List<OrderLine> lines = order.lines().stream().map(line -> {
            BigDecimal ordered = line.quantity().map(Quantity::value).orElse(BigDecimal.ZERO);
            BigDecimal done = packed.getOrDefault(Orders.lineKey(line), BigDecimal.ZERO);
            return line.withRemainingQuantity(ordered.subtract(done).max(BigDecimal.ZERO));
        }).toList();
        Order placed = withBringState(order, lines, before.flatMap(s -> s.order().status()));
        return new Orders.Stored(placed, before.map(Orders.Stored::packingLists).orElse(List.of()), packed);
    }

    private static Order withBringState(Order order, List<OrderLine> lines, Optional<OrderStatus> status) {
        List<OrderLine> withRemaining = lines.stream().map(l -> l.withRemainingQuantity(l.remaining())).toList();
        return order.withLines(withRemaining)
                .withStatus(status.orElse(OrderStatus.RECEIVED))
                .withSenderStatus(SenderStatus.of(withRemaining));
    }

    /** Places or replaces an order; a warehouse order holds its stock anew. */
    static void place(InMemoryBring bring, Orders.Key key, Orders.Stored stored) {
        Instant now = bring.now();
        bring.warehouse().release(key, now);
        bring.orders().put(key, stored);
        if (stored.order().warehouse().isPresent()) {
            bring.warehouse().reserve(key, stored.order(), now);
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
        Map<String, BigDecimal> packedPerLine = new HashMap<>();
        for (PackingListItem item : list.items()) {
            stored.order().line(item.orderLineId(), item.articleLineId()).ifPresent(line ->
                    packedPerLine.merge(Orders.lineKey(line), item.quantity(), BigDecimal::add));
        }
        if (packed.warehouse().isPresent()) {
            bring.warehouse().ship(key, stored.order(), list, bring.now());
            if (packed.senderStatus().orElse(SenderStatus.OPEN) == SenderStatus.LOCKED) {
                packed = packed.withStatus(OrderStatus.SHIPPED);
            }
        }
        bring.orders().put(key, stored.withPackingList(packed, list, packedPerLine));
    }

    /** The warehouse picks an order. */
    static void pick(InMemoryBring bring, Orders.Key key) {
        Orders.Stored stored = bring.orders().find(key).filter(s -> s.order().warehouse().isPresent())
                .orElseThrow(() -> new IllegalArgumentException("no warehouse order " + key));
        bring.warehouse().pick(key, bring.now());
        bring.orders().put(key, new Orders.Stored(stored.order().withStatus(OrderStatus.PICKED), stored.packingLists(),
                stored.packed()));
    }
}
