package dev.accolade.adapter.out.openbadges.image;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where things are in the text of an XML document already checked to be well-formed and DOCTYPE-free: the root
 * start tag, and the outermost elements with one namespace and local name. Lets a caller edit the text in place,
 * keeping everything else byte for byte.
 */
final class XmlLayout {

    private static final Map<String, String> PREDEFINED = Map.of("xml", "http://www.w3.org/XML/1998/namespace");

    /**
     * A range of the text.
     *
     * @param start the first character
     * @param end just past the last character
     */
    record Span(int start, int end) {
    }

    /**
     * The root element's start tag.
     *
     * @param qualifiedName the name as written, prefix included
     * @param nameEnd just past the name: where an attribute can be added
     * @param end just past the closing {@code >}
     * @param selfClosing whether the tag ends with {@code />} (the root has no content)
     * @param namespaces the namespace URI of every prefix the root declares ({@code ""} for the default)
     */
    record RootTag(String qualifiedName, int nameEnd, int end, boolean selfClosing, Map<String, String> namespaces) {
    }

    /**
     * What was found.
     *
     * @param root the root start tag
     * @param elements the outermost elements with the wanted name, start tag to end tag, in document order
     */
    record Found(RootTag root, List<Span> elements) {
    }

    private record Scope(Map<String, String> namespaces, boolean wanted, int start) {
    }

    private XmlLayout() {
    }

    /**
     * The root start tag and the outermost elements named {@code localName} in {@code namespace}.
     *
     * @throws IllegalArgumentException when the text turns out not to be well-formed or has a DOCTYPE
     */
    static Found find(String xml, String namespace, String localName) {
        requireNonNull(xml, "xml");
        Deque<Scope> open = new ArrayDeque<>();
        List<Span> elements = new ArrayList<>();
        RootTag root = null;
        boolean insideWanted = false;
        int position = xml.indexOf('<');
        while (position >= 0) {
            int next;
            if (xml.startsWith("<!--", position)) {
                next = after(xml, "-->", position + 4);
            } else if (xml.startsWith("<![CDATA[", position)) {
                next = after(xml, "]]>", position + 9);
            } else if (xml.startsWith("<?", position)) {
                next = after(xml, "?>", position + 2);
            } else if (xml.startsWith("<!", position)) {
                throw new IllegalArgumentException("the document has a DOCTYPE or other declaration");
            } else if (xml.startsWith("</", position)) {
                next = after(xml, ">", position + 2);
                if (open.isEmpty()) {
                    throw notWellFormed();
                }
                Scope closed = open.pop();
                if (closed.wanted()) {
                    elements.add(new Span(closed.start(), next));
                    insideWanted = false;
                }
            } else {
                StartTag tag = StartTag.read(xml, position);
                next = tag.end();
                if (root != null && open.isEmpty()) {
                    throw notWellFormed();
                }
                Map<String, String> namespaces = inScope(open.isEmpty() ? PREDEFINED : open.peek().namespaces(), tag);
                if (root == null) {
                    root = new RootTag(tag.name(), tag.nameEnd(), tag.end(), tag.selfClosing(),
                            declaredBy(tag));
                }
                boolean wanted = !insideWanted && localName.equals(localPart(tag.name()))
                        && namespace.equals(namespaces.get(prefix(tag.name())));
                if (tag.selfClosing()) {
                    if (wanted) {
                        elements.add(new Span(position, next));
                    }
                } else {
                    open.push(new Scope(namespaces, wanted, position));
                    insideWanted |= wanted;
                }
            }
            position = xml.indexOf('<', next);
        }
        if (root == null || !open.isEmpty()) {
            throw notWellFormed();
        }
        return new Found(root, List.copyOf(elements));
    }

    private static Map<String, String> inScope(Map<String, String> outer, StartTag tag) {
        Map<String, String> declared = declaredBy(tag);
        if (declared.isEmpty()) {
            return outer;
        }
        Map<String, String> merged = new HashMap<>(outer);
        merged.putAll(declared);
        return Map.copyOf(merged);
    }

    private static Map<String, String> declaredBy(StartTag tag) {
        Map<String, String> declared = new HashMap<>();
        tag.attributes().forEach((name, rawValue) -> {
            if (name.equals("xmlns")) {
                declared.put("", AttributeValues.decode(rawValue));
            } else if (name.startsWith("xmlns:")) {
                declared.put(name.substring("xmlns:".length()), AttributeValues.decode(rawValue));
            }
        });
        return Map.copyOf(declared);
    }

    private static String prefix(String qualifiedName) {
        int colon = qualifiedName.indexOf(':');
        return colon < 0 ? "" : qualifiedName.substring(0, colon);
    }

    private static String localPart(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.indexOf(':') + 1);
    }

    private static int after(String xml, String terminator, int from) {
        int found = xml.indexOf(terminator, from);
        if (found < 0) {
            throw notWellFormed();
        }
        return found + terminator.length();
    }

    static IllegalArgumentException notWellFormed() {
        return new IllegalArgumentException("the document is not well-formed XML");
    }
}
