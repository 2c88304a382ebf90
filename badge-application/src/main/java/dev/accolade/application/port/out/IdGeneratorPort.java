package dev.accolade.application.port.out;

/** New ids: positive, unique within the store, below 2^53 so that JSON clients keep them exact. */
public interface IdGeneratorPort {

    /** A fresh id. */
    long nextId();
}
