package dev.accolade.adapter.out.jdbc;

/** Checks that an update replaced exactly the one row it names, as the repositories' contracts require. */
final class Updates {

    private Updates() {
    }

    static void expectOne(String row, int updated) {
        if (updated != 1) {
            throw new IllegalStateException("no row to update: " + row);
        }
    }
}
