package dev.bringport.example;

import dev.bringport.adapter.rest.document.IgnoredField;
import dev.bringport.adapter.rest.document.RequestDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The request files of the write commands: one of Bring's documented request documents in a
 * file, JSON or XML, read within {@link RequestDocument#MAX_BYTES} (from a file, a pipe or a
 * device, never whole) and into a domain value by the library's document readers. Each field the
 * document gives that will not be sent is told to the warnings, or, with {@code --strict}, refuses
 * the file. All of it before anything is sent.
 */
final class RequestFile {

    private final boolean strict;
    private final Consumer<IgnoredField> warnings;

    /**
     * @param strict   whether a field that would not be sent refuses the file ({@code --strict})
     * @param warnings told of each such field otherwise
     */
    RequestFile(boolean strict, Consumer<IgnoredField> warnings) {
        this.strict = strict;
        this.warnings = warnings;
    }

    /**
     * Reads a file and the document in it.
     *
     * @param file   the path as given on the command line
     * @param reader the document reader, e.g. {@code BookingDocuments::readBookingRequest}
     * @param <T>    the domain value
     * @return the value
     * @throws InputException if the file cannot be read, holds no such document, or (strict) gives
     *                        a field that would not be sent
     */
    <T> T read(String file, Function<byte[], RequestDocument<T>> reader) {
        RequestDocument<T> document;
        try {
            document = reader.apply(body(file));
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": " + e.getMessage(), e);
        }
        List<IgnoredField> ignored = document.ignored();
        if (strict && !ignored.isEmpty()) {
            throw new InputException(file + ": refused (--strict): " + ignored.size() + (ignored.size() == 1
                    ? " field" : " fields") + " would not be sent", ignored);
        }
        ignored.forEach(warnings);
        return document.value();
    }

    private static byte[] body(String file) {
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw new InputException(file + ": is a directory, not a request file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return RequestDocument.readBody(in);
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(file + ": cannot be read (permission denied)");
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        } catch (IllegalArgumentException tooLong) {
            throw new InputException(file + ": refused: it is " + tooLong.getMessage(), tooLong);
        }
    }
}
