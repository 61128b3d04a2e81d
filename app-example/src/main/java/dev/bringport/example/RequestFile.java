package dev.bringport.example;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * A request body a write command sends: one of Bring's documented request documents in a file,
 * JSON or XML, read into a domain value by the library's document readers.
 */
final class RequestFile {

    private RequestFile() {
    }

    /**
     * Reads a file and the document in it.
     *
     * @param file   the path as given on the command line
     * @param reader the document reader, e.g. {@code BookingDocuments::bookingRequest}
     * @param <T>    the domain value
     * @return the value
     * @throws InputException if the file cannot be read or holds no such document
     */
    static <T> T read(String file, Function<byte[], T> reader) {
        byte[] body;
        try {
            body = Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (IOException e) {
            throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        try {
            return reader.apply(body);
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": " + e.getMessage(), e);
        }
    }
}
