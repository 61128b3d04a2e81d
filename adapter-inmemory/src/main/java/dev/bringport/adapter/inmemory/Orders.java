package dev.bringport.adapter.inmemory;

import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.PackingList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Order Management's state: which user each Order Management customer belongs to, and the
 * orders by customer and order id with their packing lists. Not thread-safe: used under
 * {@link InMemoryBring}'s lock.
 */
final class Orders {

    /** Orders are unique in combination with their customer number. */
    record Key(String customerId, String orderId) {
    }

    /** An order as Bring holds it, with the packing lists added to it, oldest first. */
    record Stored(Order order, List<PackingList> packingLists) {
        Stored {
            packingLists = List.copyOf(packingLists);
        }

        Stored withPackingList(Order packed, PackingList list) {
            List<PackingList> lists = new ArrayList<>(packingLists);
            lists.add(list);
            return new Stored(packed, lists);
        }
    }

    private final Map<String, String> ownerByCustomer = new HashMap<>();
    private final Map<Key, Stored> orders = new LinkedHashMap<>();

    void addCustomer(String customerId, String userId) {
        ownerByCustomer.put(customerId, userId);
    }

    void addCustomerIfAbsent(String customerId, String userId) {
        ownerByCustomer.putIfAbsent(customerId, userId);
    }

    boolean isCustomer(String customerId) {
        return ownerByCustomer.containsKey(customerId);
    }

    Optional<String> owner(String customerId) {
        return Optional.ofNullable(ownerByCustomer.get(customerId));
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

    Map<Key, Stored> all() {
        return Map.copyOf(orders);
    }
}
