package dev.bringport.example;

import dev.bringport.adapter.rest.booking.BookingDocuments;
import dev.bringport.domain.booking.BookingConfirmation;
import dev.bringport.ports.booking.Booking;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code booking customers|error-codes}, {@code booking book <file>} with Bring's documented
 * {@code bookingRequest} body (JSON or XML), and {@code booking label} that saves a consignment's
 * label PDF.
 */
final class BookingCommands {

    static final List<String> USAGE = List.of(
            "booking customers",
            "booking error-codes",
            "booking book <bookingRequest file>",
            "booking label <consignmentNumber|labelLink> --out <file.pdf>");

    private static final String LABEL_USAGE = "booking label <consignmentNumber|labelLink> --out <file.pdf>";

    private final Booking booking;
    private final RequestFile files;
    private final LabelJournal journal;
    private final PrintStream notes;

    BookingCommands(Booking booking, RequestFile files, LabelJournal journal, PrintStream notes) {
        this.booking = booking;
        this.files = files;
        this.journal = journal;
        this.notes = notes;
    }

    Result run(List<String> args) {
        String command = args.isEmpty() ? "" : args.get(0);
        return switch (command) {
            case "customers" -> {
                Arguments.require(args, 0, "booking customers");
                var customers = booking.customers();
                yield new Result(customers, TextFormat.customers(customers));
            }
            case "error-codes" -> {
                Arguments.require(args, 0, "booking error-codes");
                var codes = booking.errorCodes();
                yield new Result(codes, TextFormat.errorCodes(codes));
            }
            case "book" -> {
                Arguments.require(args, 1, "booking book <bookingRequest file>");
                BookingConfirmation confirmation = booking.book(files.read(args.get(1),
                        BookingDocuments::readBookingRequest));
                confirmation.links().labels().ifPresent(link -> remember(confirmation.consignmentNumber(), link));
                yield new Result(confirmation, TextFormat.confirmation(confirmation));
            }
            case "label" -> label(args);
            default -> throw UsageException.unknown("booking command", command,
                    USAGE.stream().map(line -> line.split(" ")[1]).toList());
        };
    }

    /** The booking is made: a journal that cannot be written is a warning, never a failure that invites a second booking. */
    private void remember(String consignmentNumber, URI link) {
        try {
            journal.remember(consignmentNumber, link);
        } catch (UncheckedIOException e) {
            notes.println("warning: consignment " + consignmentNumber + " is booked, but its label link could not be "
                    + "kept for 'booking label' (" + e.getMessage() + "): give the label link instead");
        }
    }

    private Result label(List<String> args) {
        if (args.size() != 4 || !args.get(2).equals("--out")) {
            throw new UsageException("usage: " + LABEL_USAGE);
        }
        String consignment = args.get(1);
        Path out = Path.of(args.get(3));
        URI link = labelLink(consignment);
        byte[] pdf;
        try {
            pdf = booking.label(link);
        } catch (IllegalArgumentException refused) { // a link the adapter will not send credentials to
            throw new InputException(refused.getMessage(), refused);
        }
        write(out, pdf);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("labelLink", link.toString());
        value.put("file", out.toString());
        value.put("bytes", pdf.length);
        return new Result(value, "Label saved to " + out + " (" + pdf.length + " bytes).");
    }

    /** A link is used as it is; a consignment number is looked up among the bookings made with this tool. */
    private URI labelLink(String consignment) {
        if (consignment.contains("://")) {
            try {
                return URI.create(consignment);
            } catch (IllegalArgumentException notALink) {
                throw new InputException("not a label link: " + consignment, notALink);
            }
        }
        Optional<URI> link;
        try {
            link = journal.labelLink(consignment);
        } catch (UncheckedIOException e) {
            throw new InputException(e.getMessage() + ": give the label link instead", e);
        }
        return link.orElseThrow(() -> new InputException("no label link known for consignment " + consignment
                + ": it was not booked with this tool (" + journal.file() + "); give the label link from its "
                + "booking confirmation instead"));
    }

    /** Written to a temporary file next to the target and moved into place: never half a PDF. */
    private static void write(Path out, byte[] pdf) {
        Path directory = out.toAbsolutePath().getParent();
        try {
            Path temporary = Files.createTempFile(directory, out.getFileName().toString(), ".part");
            try {
                Files.write(temporary, pdf);
                Files.move(temporary, out, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new InputException("cannot write the label to " + out + " (" + e.getMessage() + ")", e);
        }
    }
}
