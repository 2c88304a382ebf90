package dev.accolade.application.category;

/** The relations the category hierarchy answers. */
public enum CategoryRelation {
    /** The parent chain, from the immediate parent up to the root. */
    PARENTS,
    /** The immediate children, in order. */
    CHILDREN,
    /** All siblings, in order, the category itself excluded. */
    SIBLINGS,
    /** The siblings that follow the category, in order. */
    SIBLINGS_NEXT,
    /** The siblings that precede the category, in order. */
    SIBLINGS_PREV
}
