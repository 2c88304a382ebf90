package dev.accolade.adapter.out.jdbc;

import dev.accolade.domain.template.TitleSearch;

/**
 * A title search as SQL: {@code LIKE} on a column of {@link TitleSearch#fold folded} titles, with the
 * search folded alike and {@code %}, {@code _} and the escape character itself escaped, so that every
 * character of the search is taken literally. The escape is {@code !}, which neither database nor JDBI
 * reads specially in a literal.
 */
final class TitleLike {

    /** The parameter the pattern is bound to. */
    static final String PARAMETER = "title_pattern";

    private static final char ESCAPE = '!';

    private TitleLike() {
    }

    /** The condition that a folded title column contains the bound search. */
    static String on(String foldedColumn) {
        return foldedColumn + " LIKE :" + PARAMETER + " ESCAPE '" + ESCAPE + "'";
    }

    /** The pattern that matches any folded title containing the search. */
    static String pattern(TitleSearch search) {
        StringBuilder pattern = new StringBuilder("%");
        for (char c : search.folded().toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }
}
