package dev.bringport.example;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Looks for secrets in text: each as it is, URL-encoded and Base64-encoded (standard and URL
 * alphabets), ignoring case. Remembers every sighting with the secret's name and where the text
 * came from, and counts the texts and lines it looked at.
 */
final class SecretSearch {

    /**
     * A secret seen in a text.
     *
     * @param secret  the secret's name
     * @param form    which form of it the text held
     * @param where   where the text came from
     * @param context the text around it
     */
    record Sighting(String secret, String form, String where, String context) {
        @Override
        public String toString() {
            return secret + " (" + form + ") in " + where + ": ..." + context + "...";
        }
    }

    /** A form of a secret to look for. */
    private record Form(String secret, String form) {
    }

    private final Map<String, Form> forms = new LinkedHashMap<>();
    private final List<Sighting> sightings = new ArrayList<>();
    private long texts;
    private long lines;

    /**
     * Looks for some secrets.
     *
     * @param secrets the secrets by name, each at least 8 characters long (shorter ones would be found by chance)
     */
    SecretSearch(Map<String, String> secrets) {
        secrets.forEach((name, secret) -> {
            if (secret.length() < 8) {
                throw new IllegalArgumentException("a secret this short would be found by chance: " + name);
            }
            byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
            forms.put(secret.toLowerCase(Locale.ROOT), new Form(name, "as is"));
            forms.putIfAbsent(URLEncoder.encode(secret, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT),
                    new Form(name, "URL-encoded"));
            forms.putIfAbsent(Base64.getEncoder().withoutPadding().encodeToString(bytes).toLowerCase(Locale.ROOT),
                    new Form(name, "Base64"));
            forms.putIfAbsent(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toLowerCase(Locale.ROOT),
                    new Form(name, "Base64, URL alphabet"));
        });
    }

    /**
     * Looks at a text.
     *
     * @param where where it came from, to name in a sighting
     * @param text  the text; null is looked at as "null"
     */
    synchronized void look(String where, String text) {
        String value = String.valueOf(text);
        texts++;
        lines += value.lines().count();
        String lower = value.toLowerCase(Locale.ROOT);
        forms.forEach((secret, form) -> {
            int at = lower.indexOf(secret);
            if (at >= 0) {
                int from = Math.max(0, at - 60);
                int to = Math.min(value.length(), at + secret.length() + 20);
                sightings.add(new Sighting(form.secret(), form.form(), Objects.requireNonNull(where),
                        value.substring(from, to).replace('\n', ' ').replace('\r', ' ')));
            }
        });
    }

    /** @return every sighting so far, in order */
    synchronized List<Sighting> sightings() {
        return List.copyOf(sightings);
    }

    /** @return how many texts were looked at */
    synchronized long texts() {
        return texts;
    }

    /** @return how many lines those texts had */
    synchronized long lines() {
        return lines;
    }
}
