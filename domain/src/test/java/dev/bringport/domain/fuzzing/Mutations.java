package dev.bringport.domain.fuzzing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Documents damaged the ways a broken or hostile server damages them: bytes flipped, inserted,
 * deleted, duplicated or cut off; elements and fields dropped; values replaced by values of
 * another type (a number by an object, text by a list, anything by null or an enormous number).
 * Each mutant starts from one of the documented examples, so most of it still looks right.
 */
public final class Mutations {

    private static final List<String> VALUES = List.of("null", "[]", "{}", "[1,2]", "{\"a\":1}", "\"\"", "\"x\"", "-1",
        "0", "1e999999999", "-1E-999999999", "99999999999999999999999999", "true", "\"2026-13-45T99:99:99Z\"",
        "\"\\u0000\"", "<x/>", "&amp;", "&#0;", "&#xD800;", "<![CDATA[]]>", "<!-- -->", "");
    private static final Pattern START_TAG = Pattern.compile("<([A-Za-z][\\w:.-]*)[^>]*>");
    private static final Pattern JSON_VALUE = Pattern.compile("\":\\s*(\"[^\"]*\"|-?[\\d.eE+-]+|true|false|null|\\{|\\[)");
    private static final Pattern XML_TEXT = Pattern.compile(">([^<]+)</");

    private Mutations() {
    }

    /**
     * One of the documents, mutated one to four times.
     *
     * @param random    the source
     * @param documents the documents to start from
     * @return the mutant
     */
    public static byte[] mutant(Random random, List<byte[]> documents) {
        byte[] mutant = documents.get(random.nextInt(documents.size()));
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            mutant = mutate(random, mutant);
        }
        return mutant;
    }

    /**
     * Arbitrary bytes, a third of them starting like XML and a third like JSON.
     *
     * @param random the source
     * @return the bytes
     */
    public static byte[] arbitrary(Random random) {
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        int kind = random.nextInt(3);
        if (kind > 0 && bytes.length > 0) {
            bytes[0] = (byte) (kind == 1 ? '<' : '{');
        }
        return bytes;
    }

    /**
     * One mutation of a document.
     *
     * @param random   the source
     * @param document the document
     * @return the mutant
     */
    public static byte[] mutate(Random random, byte[] document) {
        if (document.length == 0) {
            return VALUES.get(random.nextInt(VALUES.size())).getBytes(StandardCharsets.UTF_8);
        }
        int at = random.nextInt(document.length);
        int length = 1 + random.nextInt(Math.min(64, document.length - at));
        return switch (random.nextInt(10)) {
            case 0 -> flipBit(document, at, random);
            case 1 -> splice(document, at, 0, randomBytes(random));
            case 2 -> splice(document, at, length, new byte[0]);
            case 3 -> splice(document, at, 0, Arrays.copyOfRange(document, at, at + length));
            case 4 -> Arrays.copyOf(document, at);
            case 5 -> splice(document, at, random.nextInt(3), bytes(VALUES.get(random.nextInt(VALUES.size()))));
            case 6 -> dropElement(document, random);
            default -> replaceValue(document, random);
        };
    }

    private static byte[] flipBit(byte[] document, int at, Random random) {
        byte[] copy = document.clone();
        copy[at] ^= (byte) (1 << random.nextInt(8));
        return copy;
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(8)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] splice(byte[] document, int at, int remove, byte[] insert) {
        int removed = Math.min(remove, document.length - at);
        byte[] result = new byte[document.length - removed + insert.length];
        System.arraycopy(document, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(document, at + removed, result, at + insert.length, document.length - at - removed);
        return result;
    }

    /** An XML element (start tag to its end tag) or a JSON field, removed. */
    private static byte[] dropElement(byte[] document, Random random) {
        String text = new String(document, StandardCharsets.UTF_8);
        Matcher tag = START_TAG.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (tag.find()) {
            int end = text.indexOf("</" + tag.group(1) + ">", tag.end());
            if (end >= 0) {
                spans.add(new int[] {tag.start(), end + tag.group(1).length() + 3});
            } else if (text.charAt(tag.end() - 2) == '/') {
                spans.add(new int[] {tag.start(), tag.end()});
            }
        }
        Matcher field = JSON_VALUE.matcher(text);
        while (field.find()) {
            int name = text.lastIndexOf('"', field.start() - 1);
            boolean scalar = !field.group(1).equals("{") && !field.group(1).equals("[");
            if (name >= 0 && scalar) {
                spans.add(new int[] {name, field.end()});
            }
        }
        if (spans.isEmpty()) {
            return document;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        return bytes(text.substring(0, span[0]) + text.substring(span[1]));
    }

    /** A JSON value or an XML element's text replaced by a value of another type. */
    private static byte[] replaceValue(byte[] document, Random random) {
        String text = new String(document, StandardCharsets.UTF_8);
        Pattern pattern = random.nextBoolean() ? JSON_VALUE : XML_TEXT;
        Matcher value = pattern.matcher(text);
        List<int[]> spans = new ArrayList<>();
        while (value.find()) {
            spans.add(new int[] {value.start(1), value.end(1)});
        }
        if (spans.isEmpty()) {
            return document;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        String replacement = VALUES.get(random.nextInt(VALUES.size()));
        return bytes(text.substring(0, span[0]) + replacement + text.substring(span[1]));
    }
}
