package dev.bringport.example.architecture.badhexagon.ports;

import io.github.bucket4j.Bucket;

/** Breaks "Bucket4j and Lettuce in the ports' redis package only": a bucket in a port's class. */
public interface SharedBucketPort {
    Bucket bucket();
}
