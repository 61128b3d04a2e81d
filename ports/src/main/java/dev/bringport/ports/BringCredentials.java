package dev.bringport.ports;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The three things every call to Bring carries: the Mybring login ({@code X-Mybring-API-Uid}),
 * the API key ({@code X-Mybring-API-Key}) and the URL of the service that uses the API
 * ({@code X-Bring-Client-URL}). The key never appears in {@link #toString()}, logs or failures.
 *
 * @param userId    the Mybring login, an e-mail address
 * @param apiKey    the API key: a secret
 * @param clientUrl the URL of the calling service
 */
public record BringCredentials(String userId, String apiKey, URI clientUrl) {

    /** Environment variable of the Mybring login. */
    public static final String USER_ID_VARIABLE = "BRING_API_UID";
    /** Environment variable of the API key. */
    public static final String API_KEY_VARIABLE = "BRING_API_KEY";
    /** Environment variable of the client URL. */
    public static final String CLIENT_URL_VARIABLE = "BRING_CLIENT_URL";
    /** What stands for the API key wherever it would show. */
    public static final String MASK = "****";
    /** The header of the Mybring login. */
    public static final String USER_ID_HEADER = "X-Mybring-API-Uid";
    /** The header of the API key. */
    public static final String API_KEY_HEADER = "X-Mybring-API-Key";
    /** The header of the client URL. */
    public static final String CLIENT_URL_HEADER = "X-Bring-Client-URL";

    /**
     * Requires all three, none blank.
     *
     * @param userId    the Mybring login, an e-mail address
     * @param apiKey    the API key: a secret
     * @param clientUrl the URL of the calling service
     */
    public BringCredentials {
        requireText(userId, "userId");
        requireText(apiKey, "apiKey");
        Objects.requireNonNull(clientUrl, "clientUrl");
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /**
     * Reads the credentials from {@value #USER_ID_VARIABLE}, {@value #API_KEY_VARIABLE} and
     * {@value #CLIENT_URL_VARIABLE}.
     *
     * @param environment the environment, e.g. {@code System.getenv()}
     * @return the credentials
     * @throws IllegalArgumentException naming the first variable that is missing or blank
     */
    public static BringCredentials fromEnvironment(Map<String, String> environment) {
        for (String variable : List.of(USER_ID_VARIABLE, API_KEY_VARIABLE, CLIENT_URL_VARIABLE)) {
            String value = environment.get(variable);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("environment variable " + variable + " is not set: the real Bring "
                        + "transports need " + USER_ID_VARIABLE + ", " + API_KEY_VARIABLE + " and " + CLIENT_URL_VARIABLE);
            }
        }
        return new BringCredentials(environment.get(USER_ID_VARIABLE), environment.get(API_KEY_VARIABLE),
                URI.create(environment.get(CLIENT_URL_VARIABLE)));
    }

    /**
     * The three headers every call to Bring carries, by name, in this order:
     * {@value #USER_ID_HEADER}, {@value #API_KEY_HEADER}, {@value #CLIENT_URL_HEADER}. The map
     * holds the key: hand it to the HTTP request, never to a log.
     *
     * @return the headers' names and values
     */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(USER_ID_HEADER, userId);
        headers.put(API_KEY_HEADER, apiKey);
        headers.put(CLIENT_URL_HEADER, clientUrl.toString());
        return Collections.unmodifiableMap(headers);
    }

    /**
     * A text with the API key masked, for text the library did not write (an answer of Bring or
     * of a proxy, a SOAP fault, an exception quoting one) on its way into a failure or a log
     * line: some answers repeat the request, key and all. The key is found in any letter case and
     * in any form an answer may repeat it: JSON escapes (a backslash, {@code u} and four hex
     * digits), XML character references ({@code &#77;}, {@code &#x4D;}) and entities,
     * percent-encoding, split by CDATA sections, or a mix of these.
     *
     * @param text the text; may be null
     * @return the text with whatever stands for the key replaced by {@code ****} (the text itself
     *     when it holds no key); null for null
     */
    public String mask(String text) {
        return Masking.mask(text, apiKey);
    }

    @Override
    public String toString() {
        return "BringCredentials[userId=" + userId + ", apiKey=" + MASK + ", clientUrl=" + clientUrl + "]";
    }
}
