package dev.accolade.adapter.out.openbadges.image;

/** The elements that carry a baked badge in an SVG, with their namespace. */
enum SvgBadgeElement {

    /** Open Badges 2.0: {@code <openbadges:assertion verify="…">} with the assertion JSON as content. */
    ASSERTION("http://openbadges.org", "assertion"),

    /** Open Badges 3.0: {@code <openbadges:credential>} with the credential JSON or VC-JWT as content. */
    CREDENTIAL("https://purl.imsglobal.org/ob/v3p0", "credential");

    /** The prefix the baked element is written with. */
    static final String PREFIX = "openbadges";

    private final String namespace;
    private final String localName;

    SvgBadgeElement(String namespace, String localName) {
        this.namespace = namespace;
        this.localName = localName;
    }

    /** The namespace URI. */
    String namespace() {
        return namespace;
    }

    /** The name without prefix. */
    String localName() {
        return localName;
    }

    /** The name as written: {@code openbadges:assertion} or {@code openbadges:credential}. */
    String qualifiedName() {
        return PREFIX + ":" + localName;
    }

    /** The namespace declaration, with a leading space, to add to a start tag. */
    String namespaceDeclaration() {
        return " xmlns:" + PREFIX + "=\"" + XmlText.escape(namespace) + "\"";
    }
}
