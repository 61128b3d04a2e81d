package dev.bringport.adapter.inmemory;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;

import dev.bringport.domain.order.SenderStatus;
import dev.bringport.ports.InvalidRequestException;
import dev.bringport.ports.contract.BringFixture;
import dev.bringport.ports.contract.OrderManagementContract;
import dev.bringport.ports.contract.PickupsContract;
import dev.bringport.ports.order.OrderManagement;
import dev.bringport.ports.pickup.Pickups;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Proves the contract suite states rules rather than passing anything: run against adapters that
 * each break one of Bring's rules, exactly the contract tests about that rule fail.
 */
class ContractCatchesRuleBreakingAdaptersTest {

    @Test
    void anAdapterThatAcceptsNegativePackingQuantitiesFailsTheContract() {
        Events tests = run(AcceptsNegativeQuantities.class);

        tests.assertThatEvents().haveExactly(1,
                event(test("aPackingListWithANegativeQuantityIsRejected"), finishedWithFailure()));
        tests.failed().assertThatEvents().hasSize(1);
    }

    @Test
    void anAdapterWhoseOrdersNeverLockFailsTheContract() {
        Events tests = run(NeverLocks.class);

        tests.assertThatEvents().haveExactly(1, event(test("packingEveryLineLocksTheOrder"), finishedWithFailure()));
        tests.failed().assertThatEvents().hasSize(1);
    }

    @Test
    void anAdapterThatTakesPickupsInThePastFailsTheContract() {
        Events tests = run(AcceptsPickupsInThePast.class);

        tests.assertThatEvents().haveExactly(1, event(test("aPickupInThePastIsRejected"), finishedWithFailure()));
        tests.failed().assertThatEvents().hasSize(1);
    }

    private static Events run(Class<?> contract) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(contract)).execute().testEvents();
    }

    /** Wraps a port, letting one method misbehave. */
    private static <T> T breaking(Class<T> port, T real, String method, InvocationHandler broken) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, m, args) -> {
            if (m.getName().equals(method)) {
                return broken.invoke(real, m, args);
            }
            try {
                return m.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    private static Object swallowingInvalidRequests(Object real, java.lang.reflect.Method m, Object[] args,
                                                    String code) throws Throwable {
        try {
            return m.invoke(real, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidRequestException invalid
                    && invalid.codes().stream().anyMatch(c -> c.value().equals(code))) {
                return null;
            }
            throw e.getCause();
        }
    }

    static class AcceptsNegativeQuantities extends OrderManagementContract {
        @Override
        protected BringFixture newFixture() {
            return new InMemoryFixture() {
                @Override
                public OrderManagement orderManagement() {
                    return breaking(OrderManagement.class, super.orderManagement(), "addPackingList",
                            (real, m, args) -> swallowingInvalidRequests(real, m, args, "PO_INPUT_011"));
                }
            };
        }
    }

    static class NeverLocks extends OrderManagementContract {
        @Override
        protected BringFixture newFixture() {
            return new InMemoryFixture() {
                @Override
                public OrderManagement orderManagement() {
                    return breaking(OrderManagement.class, super.orderManagement(), "senderStatus",
                            (real, m, args) -> {
                                try {
                                    m.invoke(real, args);
                                    return SenderStatus.OPEN;
                                } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            });
                }
            };
        }
    }

    static class AcceptsPickupsInThePast extends PickupsContract {
        @Override
        protected BringFixture newFixture() {
            return new InMemoryFixture() {
                @Override
                public Pickups pickups() {
                    return breaking(Pickups.class, super.pickups(), "orderPickup",
                            (real, m, args) -> swallowingInvalidRequests(real, m, args, "PICKUP-INPUT-007"));
                }
            };
        }
    }
}
