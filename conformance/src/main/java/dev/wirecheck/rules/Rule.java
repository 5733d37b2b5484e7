package dev.wirecheck.rules;

import dev.wirecheck.check.Level;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The citation of a conformance rule, written on its class so the rule reads like the line
 * of the RFC it checks. {@code level} is the RFC 2119 keyword of that line: the lower-case
 * "must" of an RFC that does not adopt RFC 2119 (768, 791, 792, 826, 1034, 1035, 4291,
 * 8200) is recorded as MUST, a requirement written without any keyword as {@link Level#NO_KEYWORD}. Every rule has a
 * row in docs/rule-citations.md quoting the sentence (CitationTableTest keeps the two in step).
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
