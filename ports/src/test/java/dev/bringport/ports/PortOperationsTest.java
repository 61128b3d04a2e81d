package dev.bringport.ports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.ports.booking.Booking;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import dev.bringport.ports.warehouse.Warehousing;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every port method names its operation, and every operation has exactly one method in its capability's port. */
class PortOperationsTest {

    private static final Map<Capability, Class<?>> PORTS = Map.of(Capability.ORDER_MANAGEMENT, OrderManagement.class,
            Capability.WAREHOUSING, Warehousing.class, Capability.BOOKING, Booking.class, Capability.PICKUPS, Pickups.class);

    @Test
    void everyOperationIsOneMethodOfItsPort() {
        List<Operation> declared = new ArrayList<>();
        PORTS.forEach((capability, port) -> {
            for (Method method : port.getDeclaredMethods()) {
                BringOperation operation = method.getAnnotation(BringOperation.class);
                assertThat(operation).as("%s.%s names its operation", port.getSimpleName(), method.getName()).isNotNull();
                assertThat(operation.value().capability()).as("%s.%s", port.getSimpleName(), method.getName())
                        .isEqualTo(capability);
                declared.add(operation.value());
            }
        });
        assertThat(declared).containsExactlyInAnyOrder(Operation.values());
        assertThat(Arrays.stream(Operation.values()).filter(Operation::isWrite))
                .containsExactlyInAnyOrder(Operation.SEND_ORDER, Operation.ADD_PACKING_LIST, Operation.CREATE_TRANSPORT_ORDER,
                        Operation.SEND_EVENT, Operation.BOOK, Operation.ORDER_PICKUP);
    }
}
