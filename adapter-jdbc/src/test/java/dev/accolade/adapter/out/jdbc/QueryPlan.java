package dev.accolade.adapter.out.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a database plans to do for one query, reduced to what the plan tests check: how each table is
 * read, and whether the rows are sorted after reading rather than read in order from an index.
 *
 * @param text the plan as the database printed it, for failure messages
 * @param reads how each table reference in the query is read
 * @param sortsAfterReading whether a sort step orders the rows, so that no index delivered the order
 */
record QueryPlan(String text, List<QueryPlan.TableRead> reads, boolean sortsAfterReading) {

    /**
     * How one table is read.
     *
     * @param table the table's name, lower case
     * @param index the index it is read through, or empty for a scan of the whole table
     * @param condition what the index is searched for, empty when the whole index is read
     */
    record TableRead(String table, Optional<String> index, String condition) {

        /** Normalizes the names to lower case. */
        TableRead {
            table = table.toLowerCase(Locale.ROOT);
            index = index.map(name -> name.toLowerCase(Locale.ROOT));
            condition = condition.toLowerCase(Locale.ROOT);
        }

        /** Whether the index is searched on this column rather than read whole. */
        boolean searches(String column) {
            return condition.matches("(?s).*\\b" + column.toLowerCase(Locale.ROOT) + "\\b.*");
        }
    }

    /**
     * What keeps indexes from serving a list, nothing when they do: no table in the plan may be scanned
     * whole, and an index must be searched on the column the list narrows by or, where that suffices,
     * the listed table must be read through an index in the list's order, without a sort step.
     */
    List<String> indexProblems(String table, IndexUse use) {
        List<String> problems = new ArrayList<>();
        reads.stream().filter(read -> read.index().isEmpty())
                .forEach(read -> problems.add("table " + read.table() + " is scanned whole"));
        List<TableRead> listed = reads.stream().filter(read -> read.table().equals(table)).toList();
        if (listed.isEmpty()) {
            problems.add("the plan does not read " + table);
        }
        boolean narrowed = use.narrowedBy().isPresent() && reads.stream()
                .anyMatch(read -> read.table().equals(use.narrowingTable().orElseThrow()) && read.index().isPresent()
                        && read.searches(use.narrowingColumn().orElseThrow()));
        boolean ordered = use.orderSuffices() && !sortsAfterReading && !listed.isEmpty()
                && listed.stream().allMatch(read -> read.index().isPresent());
        if (narrowed && use.inOrder() && sortsAfterReading) {
            problems.add("no index " + use + " serves it: the rows " + table + " is read by are sorted after reading");
        }
        if (!narrowed && !ordered) {
            problems.add("no index " + use + " serves it: " + table + " is read " + listed.stream()
                    .map(read -> "through " + read.index().orElse("no index") + " searched on '" + read.condition()
                            + "'").toList() + (sortsAfterReading ? " and then sorted" : " in index order"));
        }
        return problems;
    }
}
