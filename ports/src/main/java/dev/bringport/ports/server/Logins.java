package dev.bringport.ports.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * Which API keys Bring accepts for a Mybring user. The door asks only once all three credential
 * headers are there.
 */
@FunctionalInterface
public interface Logins {

    /**
     * Whether Bring accepts a user's key.
     *
     * @param userId the Mybring login ({@code X-Mybring-API-Uid}), not blank
     * @param apiKey the API key ({@code X-Mybring-API-Key}), not blank
     * @return whether the user is logged in
     */
    boolean accepts(String userId, String apiKey);

    /**
     * Any user with any key: a sandbox that needs no account.
     *
     * @return the logins
     */
    static Logins anyKey() {
        return new Logins() {
            @Override
            public boolean accepts(String userId, String apiKey) {
                return true;
            }

            @Override
            public String toString() {
                return "any key";
            }
        };
    }

    /**
     * Any user, with one key only. The key is compared in constant time and never shown.
     *
     * @param apiKey the one key accepted
     * @return the logins
     * @throws IllegalArgumentException if the key is blank
     */
    static Logins onlyKey(String apiKey) {
        Objects.requireNonNull(apiKey, "apiKey");
        if (apiKey.isBlank()) {
            throw new IllegalArgumentException("the API key the door accepts must not be blank");
        }
        byte[] accepted = apiKey.getBytes(StandardCharsets.UTF_8);
        return new Logins() {
            @Override
            public boolean accepts(String userId, String given) {
                return MessageDigest.isEqual(accepted, given.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public String toString() {
                return "one key";
            }
        };
    }
}
