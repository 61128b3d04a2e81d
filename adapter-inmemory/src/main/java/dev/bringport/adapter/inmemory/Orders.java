package dev.bringport.adapter.inmemory;

import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.OrderLine;
import dev.bringport.domain.order.PackingList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Order Management's state: which user owns each Order Management customer and which users are
 * its suppliers, and the orders by customer and order id with their packing lists. Not
 * thread-safe: used under {@link InMemoryBring}'s lock.
 */
final class Orders {

    /** Orders are unique in combination with their customer number. */
    record Key(String customerId, String orderId) {
    }

    /**
     * An order as Bring holds it, with the packing lists added to it (oldest first) and what they
     * packed of each line.
     */
    record Stored(Order order, List<PackingList> packingLists, Map<String, BigDecimal> packed) {
        Stored {
            packingLists = List.copyOf(packingLists);
            packed = Map.copyOf(packed);
        }

        Stored withPackingList(Order packedOrder, PackingList list, Map<String, BigDecimal> morePacked) {
            List<PackingList> lists = new ArrayList<>(packingLists);
            lists.add(list);
            Map<String, BigDecimal> all = new HashMap<>(packed);
            morePacked.forEach((line, quantity) -> all.merge(line, quantity, BigDecimal::add));
            return new Stored(packedOrder, lists, all);
        }
    }

    /** Who may act for a customer. */
    enum Access {
        /** Only the user who owns the customer: sending its orders, reading its stock. */
        OWNER,
        /** The owner or one of the customer's suppliers: reading its orders, packing them. */
        OWNER_OR_SUPPLIER
    }

    private final Map<String, String> ownerByCustomer = new HashMap<>();
    private final Map<String, Set<String>> suppliersByCustomer = new HashMap<>();
    private final Map<Key, Stored> orders = new LinkedHashMap<>();

    /** The key of a line within its order: order line set and article line id. */
    static String lineKey(OrderLine line) {
        return line.orderLineId().orElse("") + "/" + line.articleLineId();
    }

    void addCustomer(String customerId, String userId) {
        ownerByCustomer.put(customerId, userId);
    }

    void addCustomerIfAbsent(String customerId, String userId) {
        ownerByCustomer.putIfAbsent(customerId, userId);
    }

    void addSupplier(String customerId, String userId) {
        suppliersByCustomer.computeIfAbsent(customerId, c -> new HashSet<>()).add(userId);
    }

    boolean isCustomer(String customerId) {
        return ownerByCustomer.containsKey(customerId);
    }

    Optional<String> owner(String customerId) {
        return Optional.ofNullable(ownerByCustomer.get(customerId));
    }

    boolean mayAct(String userId, String customerId, Access access) {
        return userId.equals(ownerByCustomer.get(customerId)) || access == Access.OWNER_OR_SUPPLIER
                && suppliersByCustomer.getOrDefault(customerId, Set.of()).contains(userId);
    }

    Optional<Stored> find(Key key) {
        return Optional.ofNullable(orders.get(key));
    }

    void put(Key key, Stored stored) {
        orders.put(key, stored);
    }

    void remove(Key key) {
        orders.remove(key);
    }
}
