package dev.bringport.adapter.inmemory;

import dev.bringport.domain.order.ArticleId;
import dev.bringport.domain.order.ArticleIdType;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.domain.warehouse.ArticleBalance;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bring's warehouse: article balances per customer, and the stock each warehouse order holds.
 * An order addressed to a warehouse reserves free stock (in-order balance); picking allocates it;
 * a packing list ships it (physical balance). Every move keeps
 * {@code free = physical - allocated - inOrder} as it was and no balance below zero. Not
 * thread-safe: used under {@link InMemoryBring}'s lock.
 */
final class Warehouse {

    /** What an order line holds of an article. */
    private record Reservation(String articleNumber, BigDecimal inOrder, BigDecimal allocated) {
    }

    private final Map<String, Map<String, ArticleBalance>> stock = new HashMap<>();
    private final Map<Orders.Key, Map<String, Reservation>> reservations = new HashMap<>();

    void put(String customerId, List<ArticleBalance> balances) {
        Map<String, ArticleBalance> articles = stock.computeIfAbsent(customerId, c -> new LinkedHashMap<>());
        balances.forEach(b -> articles.put(b.articleNumber(), b));
    }

    List<ArticleBalance> balances(String customerId) {
        return List.copyOf(stock.getOrDefault(customerId, Map.of()).values());
    }

    /** Reserves what remains on each line of a warehouse order, as far as there is free stock. */
    void reserve(Orders.Key key, Order order, Instant now) {
        Map<String, ArticleBalance> articles = stock.getOrDefault(key.customerId(), Map.of());
        Map<String, Reservation> held = new HashMap<>();
        for (OrderLine line : order.lines()) {
            Optional<String> article = articleNumber(line).filter(articles::containsKey);
            if (article.isEmpty()) {
                continue;
            }
            ArticleBalance b = articles.get(article.get());
            BigDecimal take = line.remaining().min(b.freeBalance()).max(BigDecimal.ZERO);
            articles.put(b.articleNumber(), move(b, BigDecimal.ZERO, BigDecimal.ZERO, take, take.negate(), now));
            held.put(Orders.lineKey(line), new Reservation(b.articleNumber(), take, BigDecimal.ZERO));
        }
        reservations.put(key, held);
    }

    /**
     * Gives back what an order holds (the order is deleted or replaced); never more than the
     * balance still shows, as stock may have been re-counted since.
     */
    void release(Orders.Key key, Instant now) {
        Map<String, Reservation> held = reservations.remove(key);
        if (held == null) {
            return;
        }
        Map<String, ArticleBalance> articles = stock.getOrDefault(key.customerId(), Map.of());
        held.values().forEach(r -> articles.computeIfPresent(r.articleNumber(), (n, b) -> {
            BigDecimal allocated = r.allocated().min(b.allocatedBalance()).max(BigDecimal.ZERO);
            BigDecimal inOrder = r.inOrder().min(b.inOrderBalance()).max(BigDecimal.ZERO);
            return move(b, BigDecimal.ZERO, allocated.negate(), inOrder.negate(), allocated.add(inOrder), now);
        }));
    }

    /** The warehouse picks an order: what it holds in order becomes allocated. */
    void pick(Orders.Key key, Instant now) {
        Map<String, Reservation> held = reservations.getOrDefault(key, Map.of());
        Map<String, ArticleBalance> articles = stock.getOrDefault(key.customerId(), Map.of());
        held.replaceAll((line, r) -> {
            articles.computeIfPresent(r.articleNumber(), (n, b) -> move(b, BigDecimal.ZERO, r.inOrder(),
                    r.inOrder().negate(), BigDecimal.ZERO, now));
            return new Reservation(r.articleNumber(), BigDecimal.ZERO, r.allocated().add(r.inOrder()));
        });
    }

    /** Ships what a packing list packs: from the line's allocation, then its in-order stock, then free stock. */
    void ship(Orders.Key key, Order order, PackingList list, Instant now) {
        Map<String, Reservation> held = reservations.computeIfAbsent(key, k -> new HashMap<>());
        Map<String, ArticleBalance> articles = stock.getOrDefault(key.customerId(), Map.of());
        for (PackingListItem item : list.items()) {
            Optional<OrderLine> line = order.line(item.orderLineId(), item.articleLineId());
            Optional<String> article = line.flatMap(Warehouse::articleNumber).filter(articles::containsKey);
            if (article.isEmpty()) {
                continue;
            }
            ArticleBalance b = articles.get(article.get());
            Reservation r = held.getOrDefault(Orders.lineKey(line.get()),
                    new Reservation(b.articleNumber(), BigDecimal.ZERO, BigDecimal.ZERO));
            BigDecimal rest = item.quantity();
            BigDecimal fromAllocated = rest.min(r.allocated()).min(b.allocatedBalance()).max(BigDecimal.ZERO);
            rest = rest.subtract(fromAllocated);
            BigDecimal fromInOrder = rest.min(r.inOrder()).min(b.inOrderBalance()).max(BigDecimal.ZERO);
            rest = rest.subtract(fromInOrder);
            BigDecimal fromFree = rest.min(b.freeBalance()).max(BigDecimal.ZERO);
            BigDecimal shipped = fromAllocated.add(fromInOrder).add(fromFree).min(b.physicalBalance());
            articles.put(b.articleNumber(), move(b, shipped.negate(), fromAllocated.negate(), fromInOrder.negate(),
                    fromFree.negate(), now));
            held.put(Orders.lineKey(line.get()), new Reservation(b.articleNumber(),
                    r.inOrder().subtract(fromInOrder), r.allocated().subtract(fromAllocated)));
        }
    }

    private static ArticleBalance move(ArticleBalance b, BigDecimal physical, BigDecimal allocated, BigDecimal inOrder,
                                       BigDecimal free, Instant now) {
        return new ArticleBalance(b.articleNumber(), b.articleName(), b.physicalBalance().add(physical),
                b.allocatedBalance().add(allocated), b.inOrderBalance().add(inOrder), b.freeBalance().add(free),
                b.created(), Optional.of(now));
    }

    /** The warehouse knows an article by the customer's own number: the line's CustomerItemNo. */
    private static Optional<String> articleNumber(OrderLine line) {
        return line.articleIds().stream().filter(a -> a.type().equals(ArticleIdType.CUSTOMER_ITEM_NO))
                .map(ArticleId::value).findFirst();
    }
}
