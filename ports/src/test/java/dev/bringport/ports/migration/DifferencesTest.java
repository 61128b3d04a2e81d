package dev.bringport.ports.migration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.domain.ErrorCode;
import dev.bringport.domain.Quantity;
import dev.bringport.domain.order.Order;
import dev.bringport.domain.order.PackingList;
import dev.bringport.domain.order.PackingListItem;
import dev.bringport.ports.BringError;
import dev.bringport.ports.Failure;
import dev.bringport.ports.NotFoundException;
import dev.bringport.ports.Operation;
import dev.bringport.ports.contract.ContractExamples;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Field-by-field comparison of answers. */
class DifferencesTest {

    @Test
    void equalAnswersHaveNoDifferences() {
        Order order = ContractExamples.order("o");
        assertThat(Differences.between(order, ContractExamples.order("o"))).isEmpty();
        assertThat(Differences.between(new BigDecimal("23.0"), new BigDecimal("23"))).isEmpty();
        assertThat(Differences.between(Optional.empty(), null)).isEmpty();
    }

    @Test
    void recordsListsAndOptionalsAreComparedByPath() {
        PackingList a = PackingList.of("70438101268018539", List.of(PackingListItem.of("1", BigDecimal.ONE)));
        PackingList b = new PackingList("70438101268018546", Optional.of("370438101268058536"),
                List.of(PackingListItem.of("1", BigDecimal.ONE), PackingListItem.of("2", BigDecimal.TEN)), List.of());

        assertThat(Differences.between(List.of(a), List.of(b))).containsExactly(
                new Difference("[0].consignmentId", "70438101268018539", "70438101268018546"),
                new Difference("[0].packageId", "(absent)", "370438101268058536"),
                new Difference("[0].items[1]", "(absent)",
                        "PackingListItem[orderLineId=Optional.empty, articleLineId=2, quantity=10, articleNumber=Optional.empty, articleVendorNumber=Optional.empty]"));
    }

    @Test
    void valuesOfDifferentTypesDiffer() {
        assertThat(Differences.between(Quantity.of(2, "STK"), "2")).hasSize(1);
        assertThat(Differences.between(Map.of("a", 1), Map.of("a", 2))).containsExactly(new Difference("[a]", "1", "2"));
    }

    @Test
    void failuresAreComparedByTypeAndCode() {
        NotFoundException notFound = new NotFoundException(Failure.of(Operation.GET_ORDER,
                List.of(BringError.of(ErrorCode.of("PO_STATE_001"), "Purchase order not found"))));
        NotFoundException otherText = new NotFoundException(Failure.of(Operation.GET_ORDER,
                List.of(BringError.of(ErrorCode.of("PO_STATE_001"), "Order not found"))));

        assertThat(Differences.between(notFound, otherText)).isEmpty();
        assertThat(Differences.between(notFound, ContractExamples.order("o"))).singleElement()
                .satisfies(d -> assertThat(d.primary()).isEqualTo("NotFoundException[PO_STATE_001]"));
    }
}
