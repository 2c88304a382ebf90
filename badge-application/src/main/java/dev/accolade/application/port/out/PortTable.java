package dev.accolade.application.port.out;

import static java.util.Objects.requireNonNull;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The parts of a store, each filed under the port it implements, checked once to hold every port
 * {@link StorePorts} names, once each; a store answers {@link StorePorts#port(Class)} from it.
 */
public final class PortTable {

    /** The port types {@link StorePorts}' accessors name. */
    private static final Set<Class<?>> PORTS = Arrays.stream(StorePorts.class.getMethods())
            .filter(Method::isDefault).filter(method -> method.getParameterCount() == 0)
            .filter(method -> !Modifier.isStatic(method.getModifiers())).map(Method::getReturnType)
            .collect(Collectors.toUnmodifiableSet());

    private final Map<Class<?>, Object> byPort;

    private PortTable(Map<Class<?>, Object> byPort) {
        this.byPort = Map.copyOf(byPort);
    }

    /**
     * The table of these parts, each filed under every port of {@link StorePorts} it implements; a
     * programming error when a port is missing or given twice.
     */
    public static PortTable of(Object... parts) {
        Map<Class<?>, Object> byPort = new HashMap<>();
        for (Object part : List.of(parts)) {
            List<Class<?>> implemented = PORTS.stream().filter(port -> port.isInstance(part)).toList();
            if (implemented.isEmpty()) {
                throw new IllegalArgumentException(part.getClass().getName() + " implements no store port");
            }
            for (Class<?> port : implemented) {
                if (byPort.putIfAbsent(port, part) != null) {
                    throw new IllegalArgumentException(port.getSimpleName() + " is given twice");
                }
            }
        }
        Set<String> missing = PORTS.stream().filter(port -> !byPort.containsKey(port)).map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("a store provides every port; missing " + missing);
        }
        return new PortTable(byPort);
    }

    /** The part filed under this port. */
    public <T> T get(Class<T> port) {
        Object part = byPort.get(requireNonNull(port, "port"));
        if (part == null) {
            throw new IllegalArgumentException(port.getName() + " is not a store port");
        }
        return port.cast(part);
    }
}
