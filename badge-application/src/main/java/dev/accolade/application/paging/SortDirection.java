package dev.accolade.application.paging;

/** Which way a sorted list runs. */
public enum SortDirection {
    /** Smallest first. */
    ASC,
    /** Largest first. */
    DESC
}
