/**
 * A rate budget a fleet of instances shares on Redis
 * ({@link dev.bringport.ports.redis.RedisRateBudget}), through Bucket4j's Lettuce proxy manager.
 * Its libraries ({@code com.bucket4j:bucket4j_jdk17-core}, {@code bucket4j_jdk17-lettuce},
 * {@code io.lettuce:lettuce-core}) are optional dependencies of the ports: an application that
 * uses this package declares them; nothing else in the ports uses them.
 */
package dev.bringport.ports.redis;
