package dev.wirecheck.rules;

import dev.wirecheck.check.Level;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The citation of a conformance rule, written on its class so the rule reads like the line
 * of the RFC it checks. {@code level} is the RFC 2119 keyword of that line; RFC 791, 792, 768
 * and 826 predate RFC 2119 and write a lower-case "must", recorded here as MUST.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Rule {
    String id();

    int rfc();

    String section();

    Level level();

    String summary();

    String protocol();
}
