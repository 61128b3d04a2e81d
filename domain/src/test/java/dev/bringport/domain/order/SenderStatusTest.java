package dev.bringport.domain.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.bringport.domain.Quantity;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** OPEN while an order is not fully delivered, LOCKED once it is (GET /senderStatus). */
class SenderStatusTest {

    private static OrderLine line(String articleLineId, long ordered, String remaining) {
        OrderLine.Builder line = OrderLine.builder(articleLineId).quantity(Quantity.of(ordered, "STK"));
        if (remaining != null) {
            line.remainingQuantity(new BigDecimal(remaining));
        }
        return line.build();
    }

    @Test
    void lockedWhenNothingRemainsOnAnyLine() {
        // Bring's order items example: lines 1..3 of 4, 1 and 3, remaining 0 each
        List<OrderLine> lines = List.of(line("1", 4, "0"), line("2", 1, "0"), line("3", 3, "0.00"));

        assertThat(SenderStatus.of(lines)).isEqualTo(SenderStatus.LOCKED);
    }

    @Test
    void openWhileOneLineHasSomethingLeft() {
        List<OrderLine> lines = List.of(line("1", 4, "0"), line("2", 1, "0.5"), line("3", 3, "0"));

        assertThat(SenderStatus.of(lines)).isEqualTo(SenderStatus.OPEN);
    }

    @Test
    void aLineWithoutRemainingQuantityStillHasItsOrderedQuantityLeft() {
        assertThat(SenderStatus.of(List.of(line("1", 4, "0"), line("2", 1, null)))).isEqualTo(SenderStatus.OPEN);
    }

    @Test
    void anOrderWithoutLinesIsNotFullyDelivered() {
        assertThat(SenderStatus.of(List.of())).isEqualTo(SenderStatus.OPEN);
    }

    @ParameterizedTest
    @CsvSource({"OPEN, OPEN", "LOCKED, LOCKED", "locked, LOCKED", "' Open ', OPEN"})
    void fromBring(String value, SenderStatus status) {
        assertThat(SenderStatus.fromBring(value)).isEqualTo(status);
    }

    @Test
    void anotherValueIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> SenderStatus.fromBring("DELIVERED"));
    }
}
