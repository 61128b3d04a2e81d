package dev.bringport.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile XML for every place an adapter reads XML: a well-formed document (one of Bring's
 * examples) turned into an attack, and the means to prove the attack failed. A secret file is
 * what an external entity would try to read; a listening socket on 127.0.0.1 is where an
 * external entity or DTD would connect; both are checked after every case: the secret must
 * appear in no result, message or cause, and the socket must have accepted no connection.
 */
public final class HostileXml implements AutoCloseable {

    /** How long a refusal may take: generous, it only proves that nothing hangs or expands. */
    public static final Duration DEADLINE = Duration.ofSeconds(30);
    /** How deep {@link Attack#DEEP_NESTING} nests. */
    public static final int DEEP = 100_000;

    /** The attacks. */
    public enum Attack {
        /** An internal DTD declaring an entity the document uses. */
        INTERNAL_DTD,
        /** An external entity naming a local file. */
        EXTERNAL_FILE_ENTITY,
        /** An external entity naming a URL on 127.0.0.1. */
        EXTERNAL_NETWORK_ENTITY,
        /** A DOCTYPE whose external subset is a URL on 127.0.0.1. */
        EXTERNAL_NETWORK_DTD,
        /** Parameter entities: a local file and a remote DTD that would send it out. */
        PARAMETER_ENTITIES,
        /** "Billion laughs": ten levels of entities, each ten times the one below. */
        BILLION_LAUGHS,
        /** A file entity behind more than 4 KiB of comments, past where a DOCTYPE is looked for. */
        DTD_AFTER_LONG_PROLOG,
        /** A file entity in a UTF-16 document, where a UTF-8 look at the prolog sees no DOCTYPE. */
        DTD_IN_UTF16,
        /** {@value #DEEP} nested elements inside the root. */
        DEEP_NESTING;

        /**
         * The charset of the attack's bytes.
         *
         * @return UTF-16 for {@link #DTD_IN_UTF16}, else UTF-8
         */
        public Charset charset() {
            return this == DTD_IN_UTF16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8;
        }
    }

    /** What the internal DTD's entity expands to; its declaration spells it with character references, so only an expansion shows it. */
    private static final String EXPANDED_INTERNAL = "declared-in-a-dtd";
    private static final Pattern FIRST_TEXT = Pattern.compile(">\\s*([^<\\s])");

    private final String secret = "secret-" + UUID.randomUUID();
    private final Path secretFile;
    private final ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    /**
     * Writes the secret file into a directory and starts listening on 127.0.0.1.
     *
     * @param directory a temporary directory
     */
    public HostileXml(Path directory) {
        try {
            secretFile = Files.writeString(directory.resolve("secret.txt"), secret);
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        acceptor = new Thread(this::accept, "hostile-xml-probe");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Counts every connection and answers it with a small DTD, so that a parser that connects does not hang. */
    private void accept() {
        while (!listener.isClosed()) {
            try (Socket socket = listener.accept()) {
                connections.incrementAndGet();
                socket.setSoTimeout(2_000);
                InputStream in = socket.getInputStream();
                byte[] request = new byte[4096];
                in.read(request);
                OutputStream out = socket.getOutputStream();
                out.write(("HTTP/1.0 200 OK\r\nContent-Type: application/xml-dtd\r\n\r\n<!ENTITY probe \"connected\">")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedOrBroken) {
                // closed when the test ends; a broken exchange was still counted
            }
        }
    }

    /** @return the content of the secret file */
    public String secret() {
        return secret;
    }

    /** @return the connections the probe accepted so far */
    public int connections() {
        return connections.get();
    }

    /** @return a URL on 127.0.0.1 that counts connections */
    public String probeUrl(String name) {
        return "http://127.0.0.1:" + listener.getLocalPort() + "/" + name;
    }

    /**
     * A well-formed document turned into an attack: a DOCTYPE before its root element, the
     * entity it declares used in the first text of the document, or deep nesting inside the root.
     *
     * @param attack   the attack
     * @param document the document, UTF-8, with or without XML declaration
     * @return the attack's bytes, in {@link Attack#charset()}
     */
    public byte[] attack(Attack attack, byte[] document) {
        String xml = new String(document, StandardCharsets.UTF_8);
        if (xml.startsWith("\uFEFF")) {
            xml = xml.substring(1);
        }
        if (xml.startsWith("<?xml")) {
            xml = xml.substring(xml.indexOf("?>") + 2);
        }
        int rootStart = rootStart(xml);
        int rootEnd = xml.indexOf('>', rootStart) + 1;
        String root = xml.substring(rootStart + 1).split("[\\s/>]", 2)[0];
        String body = attack == Attack.DEEP_NESTING ? xml.substring(0, rootEnd) + "<a>".repeat(DEEP) + "x"
                + "</a>".repeat(DEEP) + xml.substring(rootEnd) : withEntityUse(xml, rootEnd, attack);
        String declaration = "<?xml version=\"1.0\" encoding=\"" + attack.charset().name() + "\"?>\n";
        String prolog = switch (attack) {
            case INTERNAL_DTD -> "<!DOCTYPE " + root + " [<!ENTITY hostile \"" + EXPANDED_INTERNAL.replace("-", "&#45;") + "\">]>";
            case EXTERNAL_FILE_ENTITY, DTD_IN_UTF16 -> fileEntity(root);
            case EXTERNAL_NETWORK_ENTITY -> "<!DOCTYPE " + root + " [<!ENTITY hostile SYSTEM \""
                    + probeUrl("entity") + "\">]>";
            case EXTERNAL_NETWORK_DTD -> "<!DOCTYPE " + root + " SYSTEM \"" + probeUrl("external.dtd") + "\">";
            case PARAMETER_ENTITIES -> "<!DOCTYPE " + root + " [<!ENTITY % file SYSTEM \"" + secretFile.toUri()
                    + "\"><!ENTITY % remote SYSTEM \"" + probeUrl("parameter.dtd") + "\">%remote;]>";
            case BILLION_LAUGHS -> billionLaughs(root);
            case DTD_AFTER_LONG_PROLOG -> "<!--" + "x".repeat(5_000) + "-->" + fileEntity(root);
            case DEEP_NESTING -> "";
        };
        return (declaration + prolog + body).getBytes(attack.charset());
    }

    private String fileEntity(String root) {
        return "<!DOCTYPE " + root + " [<!ENTITY hostile SYSTEM \"" + secretFile.toUri() + "\">]>";
    }

    private static String billionLaughs(String root) {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY lol0 \"lol\">");
        for (int level = 1; level <= 9; level++) {
            dtd.append("<!ENTITY lol").append(level).append(" \"")
                    .append(("&lol" + (level - 1) + ";").repeat(10)).append("\">");
        }
        return dtd.append("<!ENTITY hostile \"").append("&lol9;".repeat(10)).append("\">]>").toString();
    }

    /** The document with {@code &hostile;} before its first text (or as the root's first content), for attacks that declare it. */
    private static String withEntityUse(String xml, int rootEnd, Attack attack) {
        if (attack == Attack.EXTERNAL_NETWORK_DTD || attack == Attack.PARAMETER_ENTITIES) {
            return xml;
        }
        Matcher text = FIRST_TEXT.matcher(xml);
        int at = text.find(rootEnd) ? text.start(1) : rootEnd;
        return xml.substring(0, at) + "&hostile;" + xml.substring(at);
    }

    private static int rootStart(String xml) {
        int i = 0;
        while (true) {
            int start = xml.indexOf('<', i);
            if (start < 0) {
                throw new IllegalArgumentException("not an XML document");
            }
            if (xml.startsWith("<!--", start)) {
                i = xml.indexOf("-->", start) + 3;
            } else if (xml.startsWith("<?", start)) {
                i = xml.indexOf("?>", start) + 2;
            } else {
                return start;
            }
        }
    }

    /**
     * The entry points a test class attacks: its parameterized tests that run every attack.
     *
     * @param test the test class
     * @return how many of its methods take their arguments from {@code @EnumSource(Attack.class)}
     */
    public static int entryPointsAttackedBy(Class<?> test) {
        return (int) Arrays.stream(test.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(EnumSource.class)
                && m.getAnnotation(EnumSource.class).value() == Attack.class).count();
    }

    /**
     * JSON nested {@code depth} levels deep, objects and arrays in turn.
     *
     * @param depth how deep
     * @return the UTF-8 bytes
     */
    public static byte[] deeplyNestedJson(int depth) {
        StringBuilder json = new StringBuilder(depth * 8);
        for (int i = 0; i < depth; i++) {
            json.append(i % 2 == 0 ? "{\"a\":" : "[");
        }
        json.append('1');
        for (int i = depth - 1; i >= 0; i--) {
            json.append(i % 2 == 0 ? '}' : ']');
        }
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Runs what reads an attack and checks that it was refused: it threw the expected failure
     * within {@link #DEADLINE} (not an {@link Error} such as {@link StackOverflowError}), the
     * secret is in no message or cause, and the probe accepted no connection.
     *
     * @param expected the failure the entry point documents
     * @param read     reads the attack and returns what it read
     * @param <T>      the failure
     * @return the failure, for further checks
     */
    public <T extends Throwable> T assertRefused(Class<T> expected, ThrowingSupplier<?> read) {
        Throwable thrown = assertTimeoutPreemptively(DEADLINE, () -> {
            try {
                Object value = read.get();
                throw new AssertionError("the attack was read instead of refused: " + value);
            } catch (AssertionError notRefused) {
                throw notRefused;
            } catch (Throwable refused) {
                return refused;
            }
        }, "the attack was not refused within " + DEADLINE);
        assertThat(thrown).as("what the attack ended in").isInstanceOf(expected);
        assertThat(everything(thrown)).as("messages and causes").doesNotContain(secret).doesNotContain(EXPANDED_INTERNAL)
                .doesNotContain("lollollollol");
        assertThat(connections()).as("connections to " + probeUrl("")).isZero();
        return expected.cast(thrown);
    }

    /** Every message, description and stack of a failure and its causes and suppressed failures. */
    private static String everything(Throwable thrown) {
        List<String> parts = new ArrayList<>();
        collect(thrown, parts, 0);
        return String.join("\n", parts);
    }

    private static void collect(Throwable t, List<String> parts, int depth) {
        if (t == null || depth > 20) {
            return;
        }
        parts.add(t.toString());
        for (Throwable suppressed : t.getSuppressed()) {
            collect(suppressed, parts, depth + 1);
        }
        if (t.getCause() != t) {
            collect(t.getCause(), parts, depth + 1);
        }
    }

    @Override
    public void close() {
        try {
            listener.close();
            acceptor.join(2_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
