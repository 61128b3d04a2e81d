package dev.bringport.example.architecture.badhexagon.ports.redis;

import io.github.bucket4j.Bucket;
import io.lettuce.core.RedisClient;

/** Bucket4j and Lettuce where the ports allow them: the rule must not report it. */
public interface SharedBudget {
    Bucket bucket(RedisClient redis);
}
