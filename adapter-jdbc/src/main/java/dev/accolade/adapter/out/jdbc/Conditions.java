package dev.accolade.adapter.out.jdbc;

import dev.accolade.application.paging.TimeWindow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jdbi.v3.core.statement.Query;

/**
 * The WHERE conditions of a list query together with the values they bind, collected side by side so
 * that a condition and its parameter cannot drift apart.
 */
final class Conditions {

    private final List<String> conditions = new ArrayList<>();
    private final List<Consumer<Query>> bindings = new ArrayList<>();

    /** A condition that binds nothing. */
    Conditions add(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A condition that binds one named value. */
    Conditions add(String condition, String name, Object value) {
        conditions.add(condition);
        bindings.add(query -> query.bind(name, value));
        return this;
    }

    /** A condition on a present filter, binding the value it maps to; nothing when the filter is absent. */
    <T> Conditions when(Optional<T> filter, String condition, String name, Function<T, Object> value) {
        filter.ifPresent(present -> add(condition, name, value.apply(present)));
        return this;
    }

    /** The conditions that keep a time column within a window: at or after its start, before its end. */
    Conditions within(String column, TimeWindow window) {
        return when(window.since(), column + " >= :since", "since", since -> since)
                .when(window.before(), column + " < :before", "before", before -> before);
    }

    /** A condition with an {@code IN (<name>)} list, when the values are not empty; nothing otherwise. */
    Conditions whenAny(Collection<?> values, String condition, String name) {
        if (!values.isEmpty()) {
            conditions.add(condition);
            List<?> copy = List.copyOf(values);
            bindings.add(query -> query.bindList(name, copy));
        }
        return this;
    }

    /** The conditions joined with AND; always true when there are none. */
    @Override
    public String toString() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions);
    }

    /** The query with every value bound. */
    Query bound(Query query) {
        bindings.forEach(binding -> binding.accept(query));
        return query;
    }
}
