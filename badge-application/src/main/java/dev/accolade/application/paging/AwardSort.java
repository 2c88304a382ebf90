package dev.accolade.application.paging;

/** What awards are listed by; ties are broken by id. */
public enum AwardSort {
    /** By id. */
    ID,
    /** By the title of the template's live version. */
    NAME,
    /** By award time. */
    AWARDED
}
