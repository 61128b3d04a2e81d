package dev.bringport.ports.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.bringport.ports.server.FrontDoor.Admission;
import dev.bringport.ports.server.FrontDoor.Tally;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Bring's door, by a clock the test moves: who is let in (three headers, a key Bring accepts),
 * and a user's 19th arrival within any second answered as throttled.
 */
class FrontDoorTest {

    private static final long MILLI = 1_000_000L;
    private static final String CLIENT = "https://shop.example";

    private final AtomicLong now = new AtomicLong(7 * MILLI);

    private FrontDoor door(Logins logins, int limit) {
        return new FrontDoor(logins, limit, now::get);
    }

    private static Admission admitAs(FrontDoor door, String user) {
        return door.admit(user, "any-key", CLIENT);
    }

    @Test
    void withoutAllThreeHeadersNobodyIsLoggedIn() {
        FrontDoor door = door(Logins.anyKey(), FrontDoor.BRING_LIMIT);

        assertThat(door.admit(null, "key", CLIENT)).isEqualTo(Admission.NOT_LOGGED_IN);
        assertThat(door.admit("me@example.com", null, CLIENT)).isEqualTo(Admission.NOT_LOGGED_IN);
        assertThat(door.admit("me@example.com", "key", null)).isEqualTo(Admission.NOT_LOGGED_IN);
        assertThat(door.admit(" ", "key", CLIENT)).as("a blank header is none").isEqualTo(Admission.NOT_LOGGED_IN);
        assertThat(door.admit("me@example.com", "", CLIENT)).isEqualTo(Admission.NOT_LOGGED_IN);
        assertThat(door.admit("me@example.com", "key", CLIENT)).isEqualTo(Admission.ADMITTED);
    }

    @Test
    void anyKeyLetsInEveryNonEmptyKeyAndOnlyKeyOnlyThatOne() {
        FrontDoor any = door(Logins.anyKey(), FrontDoor.BRING_LIMIT);
        FrontDoor only = door(Logins.onlyKey("s3cret"), FrontDoor.BRING_LIMIT);

        assertThat(any.admit("a@example.com", "whatever", CLIENT)).isEqualTo(Admission.ADMITTED);
        assertThat(only.admit("a@example.com", "s3cret", CLIENT)).isEqualTo(Admission.ADMITTED);
        assertThat(only.admit("b@example.com", "s3cret", CLIENT)).as("any user with that key").isEqualTo(Admission.ADMITTED);
        assertThat(only.admit("a@example.com", "s3cret ", CLIENT)).isEqualTo(Admission.NOT_LOGGED_IN);
        assertThat(only.admit("a@example.com", "S3CRET", CLIENT)).isEqualTo(Admission.NOT_LOGGED_IN);
        assertThat(only.loggedIn("a@example.com", "s3cret", CLIENT)).isTrue();
        assertThat(only.loggedIn("a@example.com", "wrong", CLIENT)).isFalse();
    }

    @Test
    void theKeyItAcceptsIsNeverShown() {
        Logins only = Logins.onlyKey("s3cret-key-42");

        assertThat(only.toString()).doesNotContain("s3cret-key-42");
        assertThat(door(only, 18).toString()).doesNotContain("s3cret-key-42");
        assertThatIllegalArgumentException().as("a blank key").isThrownBy(() -> Logins.onlyKey(" "));
    }

    @Test
    void theNineteenthArrivalWithinASecondIsThrottledAndTheTwentiethToo() {
        FrontDoor door = door(Logins.anyKey(), FrontDoor.BRING_LIMIT);

        for (int i = 1; i <= 18; i++) {
            assertThat(admitAs(door, "a@example.com")).as("arrival %d", i).isEqualTo(Admission.ADMITTED);
            now.addAndGet(50 * MILLI);
        }
        // the first arrived 900 ms ago: this is the 19th within a second
        assertThat(admitAs(door, "a@example.com")).isEqualTo(Admission.THROTTLED);
        assertThat(admitAs(door, "b@example.com")).as("another user counts alone").isEqualTo(Admission.ADMITTED);
        now.addAndGet(50 * MILLI);
        // the first arrived 950 ms ago; a throttled arrival is an arrival too
        assertThat(admitAs(door, "a@example.com")).isEqualTo(Admission.THROTTLED);
        now.addAndGet(50 * MILLI);
        // the first arrived a second ago and no longer counts; 19 others did within the second
        assertThat(admitAs(door, "a@example.com")).isEqualTo(Admission.THROTTLED);
    }

    @Test
    void aSecondAfterABurstTheUserIsLetInAgain() {
        FrontDoor door = door(Logins.anyKey(), 2);

        assertThat(admitAs(door, "a@example.com")).isEqualTo(Admission.ADMITTED);
        assertThat(admitAs(door, "a@example.com")).isEqualTo(Admission.ADMITTED);
        assertThat(admitAs(door, "a@example.com")).isEqualTo(Admission.THROTTLED);
        now.addAndGet(999 * MILLI);
        assertThat(admitAs(door, "a@example.com")).as("three arrived within the last 999 ms").isEqualTo(Admission.THROTTLED);
        now.addAndGet(1000 * MILLI);
        assertThat(admitAs(door, "a@example.com")).isEqualTo(Admission.ADMITTED);
    }

    @Test
    void withoutALimitNobodyIsThrottledAndTheLimitCanChange() {
        FrontDoor door = door(Logins.anyKey(), FrontDoor.NO_LIMIT);
        for (int i = 0; i < 1000; i++) {
            assertThat(admitAs(door, "a@example.com")).isEqualTo(Admission.ADMITTED);
        }

        door.limit(1);
        now.addAndGet(1000 * MILLI);

        assertThat(admitAs(door, "a@example.com")).isEqualTo(Admission.ADMITTED);
        assertThat(admitAs(door, "a@example.com")).isEqualTo(Admission.THROTTLED);
        assertThatIllegalArgumentException().isThrownBy(() -> door.limit(0));
    }

    @Test
    void itCountsEveryRequestAndEveryThrottledOnePerUserUntilItForgets() {
        FrontDoor door = door(Logins.anyKey(), 1);
        admitAs(door, "a@example.com");
        admitAs(door, "a@example.com");
        admitAs(door, "b@example.com");
        door.admit(null, null, null);

        assertThat(door.total()).isEqualTo(new Tally(4, 1));
        assertThat(door.byUser()).isEqualTo(Map.of("a@example.com", new Tally(2, 1), "b@example.com", new Tally(1, 0)));

        door.forget();

        assertThat(door.total()).isEqualTo(new Tally(0, 0));
        assertThat(door.byUser()).isEmpty();
        now.addAndGet(1000 * MILLI);
        assertThat(admitAs(door, "a@example.com")).isEqualTo(Admission.ADMITTED);
    }

    @Test
    void aFloodOfUserIdsIsCountedWithoutHoldingEveryOne() {
        FrontDoor door = door(Logins.anyKey(), FrontDoor.BRING_LIMIT);

        for (int i = 0; i < FrontDoor.USERS_COUNTED + 500; i++) {
            admitAs(door, "user-" + i + "@example.com");
        }

        assertThat(door.total().requests()).isEqualTo(FrontDoor.USERS_COUNTED + 500);
        assertThat(door.byUser()).hasSize(FrontDoor.USERS_COUNTED + 1)
                .containsEntry(FrontDoor.OTHER_USERS, new Tally(500, 0));
        now.addAndGet(1000 * MILLI);
        admitAs(door, "late@example.com");
        assertThat(door.usersWithin()).as("users whose arrivals are still within a second").isEqualTo(1);
    }
}
