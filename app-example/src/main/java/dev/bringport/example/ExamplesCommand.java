package dev.bringport.example;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code examples <dir>}: writes Bring's documented request bodies for the write commands, byte
 * for byte as Bring published them, ready to hand to the command that sends each; and the
 * {@code README.md} that names where each comes from and what to change before sending it to Bring.
 */
final class ExamplesCommand {

    static final List<String> USAGE = List.of("examples <dir>");

    /**
     * A request file and the command that sends it.
     *
     * @param file    the file's name
     * @param command the command
     */
    record Example(String file, String command) {
    }

    /** The files, in the order of Bring's usage pattern. */
    static final List<Example> EXAMPLES = List.of(
            new Example("CreateOrderRequest.json", "om create-order"),
            new Example("CreateOrderRequest.xml", "om create-order"),
            new Example("bookingRequest.json", "booking book"),
            new Example("bookingRequest.xml", "booking book"),
            new Example("CreatePackagingListRequest.xml", "om add-packing-list"),
            new Example("CreateEventRequest.xml", "om event"),
            new Example("pickupOrderRequest.json", "pickup order"),
            new Example("pickupOrderRequest.xml", "pickup order"));

    private static final String README = "README.md";

    Result run(List<String> args) {
        if (args.size() != 2) {
            throw new UsageException("usage: examples <dir>");
        }
        Path directory;
        try {
            directory = Path.of(args.get(1));
        } catch (InvalidPathException e) {
            throw new UsageException("not a directory name: " + args.get(1));
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new InputException(directory + ": cannot be made a directory (" + e + ")", e);
        }
        List<Map<String, String>> written = new ArrayList<>();
        for (Example example : EXAMPLES) {
            Path file = write(directory, example.file());
            written.add(Map.of("file", file.toString(), "command", example.command() + " " + file));
        }
        write(directory, README);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("directory", directory.toString());
        value.put("examples", written);
        return new Result(value, "Bring's documented request files, written to " + directory + " (its " + README
                + " says where each comes from):\n" + written.stream().map(w -> "  " + w.get("command"))
                .collect(Collectors.joining("\n")));
    }

    /** A new file: an existing one is never overwritten. */
    private static Path write(Path directory, String name) {
        Path file = directory.resolve(name);
        try {
            Files.write(file, resource(name), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return file;
        } catch (FileAlreadyExistsException e) {
            throw new InputException(file + ": exists already; give a new or empty directory");
        } catch (IOException e) {
            throw new InputException(file + ": cannot be written (" + e + ")", e);
        }
    }

    /**
     * One of the files, as the tool carries it.
     *
     * @param name its name
     * @return its bytes
     */
    static byte[] resource(String name) {
        try (InputStream in = ExamplesCommand.class.getResourceAsStream("examples/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the tool carries no example " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
