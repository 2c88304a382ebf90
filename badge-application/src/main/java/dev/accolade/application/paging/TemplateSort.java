package dev.accolade.application.paging;

/** What templates are listed by; ties are broken by id. */
public enum TemplateSort {
    /** By id. */
    ID,
    /** By the title: the working one, or the live one for a public query. */
    NAME,
    /** By creation time. */
    CREATED
}
