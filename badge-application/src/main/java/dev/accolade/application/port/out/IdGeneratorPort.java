package dev.accolade.application.port.out;

import java.util.ArrayList;
import java.util.List;

/** New ids: positive, unique within the store, below 2^53 so that JSON clients keep them exact. */
public interface IdGeneratorPort {

    /** A fresh id. */
    long nextId();

    /** This many fresh ids, in one call to the store where it can draw them at once. */
    default List<Long> nextIds(int count) {
        List<Long> drawn = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            drawn.add(nextId());
        }
        return drawn;
    }
}
