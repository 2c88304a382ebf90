package dev.accolade.adapter.out.jdbc;

import java.util.Optional;

/**
 * What an index must do for a list: narrow the rows by a column the list filters on, or deliver the rows
 * in the list's order so that its limit ends the read, or either where no one index can do both, or both
 * at once, so that a page reads its own rows alone however many the filter selects.
 *
 * @param narrowedBy the {@code table.column} an index must be searched on, when the list filters on one
 * @param orderSuffices whether an index that delivers the order, without a sort step, serves the list too
 * @param inOrder whether the index that narrows must also deliver the order, without a sort step
 */
record IndexUse(Optional<String> narrowedBy, boolean orderSuffices, boolean inOrder) {

    /** A list without a narrowing filter: an index delivers its order. */
    static IndexUse ordered() {
        return new IndexUse(Optional.empty(), true, false);
    }

    /** A list an index narrows by a column: one index exists for the filter and the order together. */
    static IndexUse narrowedBy(String table, String column) {
        return new IndexUse(Optional.of(table + "." + column), false, false);
    }

    /** A list one index both narrows by a column and delivers in order: no sort step, whatever the filter holds. */
    static IndexUse narrowedInOrder(String table, String column) {
        return new IndexUse(Optional.of(table + "." + column), false, true);
    }

    /** A list an index either narrows by a column or delivers in order, where no index does both. */
    static IndexUse narrowedOrOrdered(String table, String column) {
        return new IndexUse(Optional.of(table + "." + column), true, false);
    }

    /** The same use, content with the narrowing without the order. */
    IndexUse anyOrder() {
        return new IndexUse(narrowedBy, orderSuffices, false);
    }

    /** The table of the narrowing column. */
    Optional<String> narrowingTable() {
        return narrowedBy.map(qualified -> qualified.substring(0, qualified.indexOf('.')));
    }

    /** The narrowing column, without its table. */
    Optional<String> narrowingColumn() {
        return narrowedBy.map(qualified -> qualified.substring(qualified.indexOf('.') + 1));
    }

    @Override
    public String toString() {
        return narrowedBy.map(column -> "narrowed by " + column + (orderSuffices ? " or ordered" : "")
                + (inOrder ? " and in order" : ""))
                .orElse("ordered");
    }
}
