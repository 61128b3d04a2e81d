package example.depot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bringport.adapter.inmemory.InMemoryBring;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The depot's tests hand it the in-memory Bring, without Guice. */
class StockTest {

    private final Stock stock = new Stock(InMemoryBring.withDemoData().warehousing());

    @Test
    void theFreeBalanceIsTheWarehousingPagesExample() {
        assertEquals("5300363: 251", stock.free("10000000000", "5300363"));
        assertEquals("0000000: none", stock.free("10000000000", "0000000"));
    }

    @Test
    void noGuiceIsOnTheClassPath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("com.google.inject.Module"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("com.google.common.collect.ImmutableList"));
    }

    @Test
    void productionNeedsCredentials() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Stock.atBring(Map.of()));
        assertTrue(refused.getMessage().contains("BRING_API_UID"), refused.getMessage());
    }
}
