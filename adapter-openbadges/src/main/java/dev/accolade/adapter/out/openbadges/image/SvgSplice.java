package dev.accolade.adapter.out.openbadges.image;

import static java.util.Objects.requireNonNull;

/** Edits the text of an XML document in place: adds to the root start tag, inserts a first child, cuts elements. */
final class SvgSplice {

    private SvgSplice() {
    }

    /**
     * The document with {@code rootAttributes} added to the root start tag right after its name, {@code child}
     * inserted as the root's first child, and the elements {@code found} lists cut out; every other character
     * is kept as it was.
     */
    static String insertFirstChild(String xml, XmlLayout.Found found, String rootAttributes, String child) {
        requireNonNull(xml, "xml");
        requireNonNull(rootAttributes, "rootAttributes");
        requireNonNull(child, "child");
        XmlLayout.RootTag root = found.root();
        StringBuilder out = new StringBuilder(xml.length() + rootAttributes.length() + child.length() + 16);
        out.append(xml, 0, root.nameEnd()).append(rootAttributes);
        if (root.selfClosing()) {
            int slash = root.end() - 2;
            out.append(xml, root.nameEnd(), slash).append('>').append(child)
                    .append("</").append(root.qualifiedName()).append('>')
                    .append(xml, root.end(), xml.length());
            return out.toString();
        }
        out.append(xml, root.nameEnd(), root.end()).append(child);
        int position = root.end();
        for (XmlLayout.Span cut : found.elements()) {
            out.append(xml, position, cut.start());
            position = cut.end();
        }
        return out.append(xml, position, xml.length()).toString();
    }
}
