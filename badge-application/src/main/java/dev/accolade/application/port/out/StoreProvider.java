package dev.accolade.application.port.out;

/**
 * A store adapter found on the class path through {@link java.util.ServiceLoader}, so that
 * {@code Accolade.inMemory()} works without the application depending on any adapter.
 */
public interface StoreProvider {

    /** The store's name, such as {@code memory}. */
    String name();

    /** A new, empty store. */
    StorePorts open();
}
