package dev.bringport.example;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The label links of the consignments this tool has booked, so that {@code booking label} can
 * take a consignment number: Bring's label link carries an id of its own, not the consignment
 * number, and Bring offers no lookup from one to the other. Kept in
 * {@code bringport/label-links.properties} under the user's state directory
 * ({@code $XDG_STATE_HOME}, default {@code ~/.local/state}); written whole to a temporary file
 * and moved into place, so a crash never leaves half a journal. The links hold no credentials.
 */
final class LabelJournal {

    /** The variable naming the user's state directory (the XDG base directory specification). */
    static final String STATE_HOME = "XDG_STATE_HOME";
    private static final String FILE = "label-links.properties";

    private final Path file;

    LabelJournal(Path directory) {
        this.file = directory.resolve(FILE);
    }

    /**
     * The journal in the state directory the environment names.
     *
     * @param environment the environment variables
     * @return the journal
     */
    static LabelJournal in(Map<String, String> environment) {
        String home = environment.get(STATE_HOME);
        Path stateHome = home == null || home.isBlank() ? Path.of(System.getProperty("user.home"), ".local", "state")
                : Path.of(home);
        return new LabelJournal(stateHome.resolve("bringport"));
    }

    /**
     * Remembers a consignment's label link.
     *
     * @param consignmentNumber the consignment number
     * @param labelLink         its label link
     */
    synchronized void remember(String consignmentNumber, URI labelLink) {
        Properties links = load();
        links.setProperty(consignmentNumber, labelLink.toString());
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), FILE, ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                links.store(out, "label links of consignments booked with bringport-example");
            }
            move(temporary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + " (" + e + ")", e);
        }
    }

    /**
     * The label link of a consignment booked with this tool.
     *
     * @param consignmentNumber the consignment number
     * @return its link, if it was booked here
     */
    synchronized Optional<URI> labelLink(String consignmentNumber) {
        return Optional.ofNullable(load().getProperty(consignmentNumber)).map(URI::create);
    }

    /** Where the journal is kept. */
    Path file() {
        return file;
    }

    private Properties load() {
        Properties links = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            links.load(in);
        } catch (NoSuchFileException none) {
            return links;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " (" + e + ")", e);
        } catch (IllegalArgumentException malformed) { // Properties.load on a damaged file
            throw new UncheckedIOException("cannot read " + file + " (" + malformed.getMessage() + ")",
                    new IOException(malformed));
        }
        return links;
    }

    private void move(Path temporary) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
