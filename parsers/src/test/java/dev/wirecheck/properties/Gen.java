package dev.wirecheck.properties;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Makes a value from the choices of a {@link Source}. Because the value depends on
 * nothing else, any generator built from these combinators shrinks without code of its
 * own: the runner shrinks the choices and calls the generator again.
 */
@FunctionalInterface
public interface Gen<T> {

    T generate(Source source);

    default <R> Gen<R> map(Function<? super T, ? extends R> f) {
        return s -> f.apply(generate(s));
    }

    /** A generator whose shape depends on an earlier value (a length, a type, a version). */
    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
        return s -> f.apply(generate(s)).generate(s);
    }

    /** Values that pass {@code keep}; the example is rejected after 100 misses in a row. */
    default Gen<T> filter(Predicate<? super T> keep) {
        return s -> {
            for (int i = 0; i < 100; i++) {
                T v = generate(s);
                if (keep.test(v)) {
                    return v;
                }
            }
            throw Source.reject("filter rejected 100 values in a row");
        };
    }
}
