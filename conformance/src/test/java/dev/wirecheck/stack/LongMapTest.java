package dev.wirecheck.stack;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The index's key map agrees with {@link HashMap} over many puts and removals (removal shifts probe runs back). */
class LongMapTest {
    @Test
    void agreesWithHashMapThroughPutsAndRemovals() {
        LongMap<Long> map = new LongMap<>();
        Map<Long, Long> oracle = new HashMap<>();
        Random random = new Random(9);
        for (int step = 0; step < 200_000; step++) {
            // few distinct keys, some sharing low bits: long probe runs, wrap-around, removals inside them
            long key = random.nextInt(3000) * (random.nextBoolean() ? 1L : 1L << 40);
            if (random.nextInt(3) == 0) {
                map.remove(key);
                oracle.remove(key);
            } else {
                map.put(key, (long) step);
                oracle.put(key, (long) step);
            }
            if (step % 1000 == 0) {
                for (long k = 0; k < 3000; k++) {
                    assertEquals(oracle.get(k), map.get(k));
                    assertEquals(oracle.get(k << 40), map.get(k << 40));
                }
            }
            assertEquals(oracle.size(), map.size());
        }
    }

    /** Every long is a key, the extremes too (free slots are marked by a missing value, not a key). */
    @Test
    void theExtremeLongsAreKeysLikeAnyOther() {
        LongMap<String> map = new LongMap<>();
        long[] keys = {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE};
        for (long k : keys) {
            map.put(k, "v" + k);
        }
        assertEquals(keys.length, map.size());
        for (long k : keys) {
            assertEquals("v" + k, map.get(k));
        }
        map.remove(Long.MIN_VALUE);
        assertEquals(null, map.get(Long.MIN_VALUE));
        assertEquals("v0", map.get(0));
        assertEquals(keys.length - 1, map.size());
    }
}
