package dev.accolade.application.port.out;

/** What templates are listed by; ties are broken by id. */
public enum TemplateSort {
    /** By id. */
    ID,
    /** By the working title. */
    NAME,
    /** By creation time. */
    CREATED
}
