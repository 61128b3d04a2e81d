package dev.bringport.ports.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.domain.booking.ConsignmentLinks;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A simulated Bring's label links point at itself; the path asked for names Bring's link again. */
class LabelLinksTest {

    private static final URI HOST = URI.create("http://127.0.0.1:8080");

    private static ConsignmentLinks links(String label) {
        return new ConsignmentLinks(Optional.of(URI.create(label)), Optional.empty(),
                Optional.of(URI.create("https://api.bring.com/waybill/id/w.pdf")), URI.create("https://sporing.bring.no/sporing.html?q=1"));
    }

    private static BookingConfirmation confirmation(ConsignmentLinks links, Optional<ConsignmentLinks> returnLinks) {
        return new BookingConfirmation(Optional.of("c-1"), "70438101015432113", links, Optional.empty(), Optional.empty(),
                List.of(), Optional.empty(), Optional.empty(), returnLinks.map(l -> "70438101015432114"), returnLinks);
    }

    @Test
    void bringsLabelLinksAndTheReturnsPointAtTheHostAndNothingElseChanges() {
        BookingConfirmation served = LabelLinks.onHost(confirmation(links("https://api.bring.com/labels/id/ab%20c.pdf"),
                Optional.of(links("https://api.bring.com/labels/id/r.pdf"))), HOST);

        assertThat(served.links().labels()).hasValue(URI.create("http://127.0.0.1:8080/labels/id/ab%20c.pdf"));
        assertThat(served.returnLinks().flatMap(ConsignmentLinks::labels)).hasValue(URI.create("http://127.0.0.1:8080/labels/id/r.pdf"));
        assertThat(served.links().waybill()).hasValue(URI.create("https://api.bring.com/waybill/id/w.pdf"));
        assertThat(served.links().tracking()).isEqualTo(URI.create("https://sporing.bring.no/sporing.html?q=1"));
        assertThat(served.consignmentNumber()).isEqualTo("70438101015432113");
    }

    @Test
    void aLinkElsewhereIsLeftAlone() {
        BookingConfirmation served = LabelLinks.onHost(confirmation(links("https://labels.example/labels/id/x.pdf"),
                Optional.empty()), HOST);

        assertThat(served.links().labels()).hasValue(URI.create("https://labels.example/labels/id/x.pdf"));
    }

    @Test
    void thePathAskedForIsBringsLink() {
        assertThat(LabelLinks.atBring("/labels/id/ab%20c.pdf")).isEqualTo(URI.create("https://api.bring.com/labels/id/ab%20c.pdf"));
    }
}
