package dev.accolade.adapter.in.rest;

import dev.accolade.application.paging.Page;
import dev.accolade.application.port.out.StorePorts;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A store that counts the rows its repositories hand back (the items of a page or a list, a found
 * one), so that a test can tell how much of the store a request read.
 */
public final class CountingStore implements StorePorts {

    private final StorePorts store;
    private final AtomicLong rows = new AtomicLong();

    /** Counts what this store's repositories read. */
    public CountingStore(StorePorts store) {
        this.store = store;
    }

    @Override
    public <T> T port(Class<T> type) {
        T part = store.port(type);
        if (!type.getSimpleName().endsWith("Repository")) {
            return part;
        }
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, arguments) -> {
                    try {
                        Object result = method.invoke(part, arguments);
                        rows.addAndGet(rowsIn(result));
                        return result;
                    } catch (InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                }));
    }

    /** How many rows the repositories have handed back since the last reset. */
    public long rows() {
        return rows.get();
    }

    /** Starts counting afresh. */
    public void reset() {
        rows.set(0);
    }

    private static long rowsIn(Object result) {
        if (result instanceof Page<?> page) {
            return page.items().size();
        }
        if (result instanceof Collection<?> list) {
            return list.size();
        }
        if (result instanceof Map<?, ?> map) {
            return map.size();
        }
        return result instanceof Optional<?> found && found.isPresent() ? 1 : 0;
    }
}
