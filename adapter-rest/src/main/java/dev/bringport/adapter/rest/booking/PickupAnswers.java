package dev.bringport.adapter.rest.booking;

import dev.bringport.adapter.rest.http.Answer;
import dev.bringport.adapter.rest.http.ErrorAnswers;
import dev.bringport.domain.pickup.PickupConfirmation;
import dev.bringport.ports.BringFailures;
import dev.bringport.ports.Operation;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * Reads the answer to a pickup order: the confirmation, or Bring's errors (which may come in a
 * 200 answer too) as a failure typed by their codes.
 */
final class PickupAnswers {

    private PickupAnswers() {
    }

    /**
     * The confirmation in a pickup answer.
     *
     * @param operation the operation
     * @param answer    a 2xx answer
     * @return the confirmation
     * @throws IOException if the answer is neither a confirmation nor errors
     * @throws dev.bringport.ports.BringException if Bring reported errors
     */
    static PickupConfirmation confirmation(Operation operation, Answer answer) throws IOException {
        PickupAnswerDocument document = DocumentReader.answer(answer.body(), answer.documentFormat(), "pickupOrderResponse",
                PickupAnswerDocument.class);
        if (BookingAnswers.hasErrors(document.errors())) {
            throw BringFailures.fromAnswer(ErrorAnswers.failure(operation, answer));
        }
        PickupAnswerDocument.Confirmation c = Optional.ofNullable(document.pickupConfirmation())
                .orElseThrow(() -> new IOException("the pickup answer holds neither a confirmation nor errors"));
        if (c.status() == null || c.earliestPickupDate() == null) {
            throw new IOException("the pickup confirmation has no " + (c.status() == null ? "status" : "earliestPickupDate"));
        }
        return new PickupConfirmation(c.status(), c.earliestPickupDate(), Optional.ofNullable(c.latestPickupDate()),
                Optional.ofNullable(c.url()).map(URI::create), Optional.ofNullable(c.packageNumber()));
    }
}
