package dev.bringport.ports;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation a port method stands for. Routing, fallback and shadowing decide per operation,
 * so every port method carries it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface BringOperation {

    /**
     * The operation.
     *
     * @return the operation
     */
    Operation value();
}
