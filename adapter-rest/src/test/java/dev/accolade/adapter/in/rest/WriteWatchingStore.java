package dev.accolade.adapter.in.rest;

import dev.accolade.application.port.out.StorePorts;
import dev.accolade.application.port.out.TransactionPort;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A store that remembers every repository write that was committed (a write in a unit of work that failed
 * rolls back and is forgotten), so that a test can tell whether a refused request changed anything.
 */
public final class WriteWatchingStore implements StorePorts {

    private static final Pattern WRITES = Pattern.compile("(insert|update|delete|save|pin).*");

    private final StorePorts store;
    private final List<String> committed = new CopyOnWriteArrayList<>();
    private final ThreadLocal<List<String>> pending = new ThreadLocal<>();

    /** Watches this store. */
    public WriteWatchingStore(StorePorts store) {
        this.store = store;
    }

    /** The committed writes since the last {@link #forget()}, each as {@code Repository.method}. */
    public List<String> committedWrites() {
        return List.copyOf(committed);
    }

    /** Forgets the writes seen so far. */
    public void forget() {
        committed.clear();
    }

    @Override
    public <T> T port(Class<T> type) {
        T part = store.port(type);
        if (type == TransactionPort.class) {
            return type.cast(watched((TransactionPort) part));
        }
        if (!type.getSimpleName().endsWith("Repository")) {
            return part;
        }
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, arguments) -> {
                    try {
                        Object result = method.invoke(part, arguments);
                        if (WRITES.matcher(method.getName()).matches()) {
                            wrote(type.getSimpleName() + "." + method.getName());
                        }
                        return result;
                    } catch (InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                }));
    }

    private void wrote(String write) {
        List<String> unit = pending.get();
        if (unit == null) {
            committed.add(write);
        } else {
            unit.add(write);
        }
    }

    private TransactionPort watched(TransactionPort transactions) {
        return new TransactionPort() {
            @Override
            public <R> R inTransaction(Supplier<R> work) {
                if (pending.get() != null) {
                    return transactions.inTransaction(work);
                }
                List<String> unit = new ArrayList<>();
                pending.set(unit);
                try {
                    R result = transactions.inTransaction(work);
                    committed.addAll(unit);
                    return result;
                } finally {
                    pending.remove();
                }
            }

            @Override
            public <R> R readOnly(Supplier<R> work) {
                return transactions.readOnly(work);
            }
        };
    }
}
