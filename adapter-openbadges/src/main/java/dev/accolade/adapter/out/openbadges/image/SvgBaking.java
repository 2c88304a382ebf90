package dev.accolade.adapter.out.openbadges.image;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Bakes an Open Badges assertion (2.0) or credential (3.0) into an SVG as the first child of the root element, and
 * reads it back. Baking edits the text in place: the rest of the image is kept character for character.
 */
public final class SvgBaking {

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
    private static final String VERIFY = "verify";

    private SvgBaking() {
    }

    /**
     * The SVG with {@code <openbadges:assertion verify="…"><![CDATA[…]]></openbadges:assertion>} (namespace
     * {@code http://openbadges.org}) as the root's first child, replacing any existing assertion element.
     *
     * @param verify the assertion's URL, or the signed assertion; not blank
     * @param assertionJson the assertion JSON; may be empty (a signed assertion needs none)
     * @throws IllegalArgumentException when the SVG is not acceptable, or a value is blank, too long, or holds a
     *     character XML does not allow
     */
    public static String bakeAssertion(String svg, String verify, String assertionJson) {
        requireNonNull(svg, "svg");
        requireBakeable(verify, "the verify value");
        requireBakeable(assertionJson, "the assertion");
        if (verify.isBlank()) {
            throw new IllegalArgumentException("the verify value is blank");
        }
        return bake(svg, SvgBadgeElement.ASSERTION, " " + VERIFY + "=\"" + XmlText.escape(verify) + "\"",
                assertionJson);
    }

    /**
     * The SVG with {@code <openbadges:credential><![CDATA[…]]></openbadges:credential>} (namespace
     * {@code https://purl.imsglobal.org/ob/v3p0}) as the root's first child, replacing any existing credential
     * element.
     *
     * @param credential the credential JSON or VC-JWT; not blank
     * @throws IllegalArgumentException when the SVG is not acceptable, or the credential is blank, too long, or
     *     holds a character XML does not allow
     */
    public static String bakeCredential(String svg, String credential) {
        requireNonNull(svg, "svg");
        requireBakeable(credential, "the credential");
        if (credential.isBlank()) {
            throw new IllegalArgumentException("the credential is blank");
        }
        return bake(svg, SvgBadgeElement.CREDENTIAL, "", credential);
    }

    /**
     * The Open Badges 2.0 assertion baked into the SVG; empty when there is none.
     *
     * @throws IllegalArgumentException when the SVG is not acceptable or has more than one assertion element
     */
    public static Optional<SvgAssertion> unbakeAssertion(String svg) {
        return baked(parseSvg(svg), SvgBadgeElement.ASSERTION)
                .map(element -> new SvgAssertion(element.getAttribute(VERIFY), content(element)));
    }

    /**
     * The Open Badges 3.0 credential baked into the SVG; empty when there is none.
     *
     * @throws IllegalArgumentException when the SVG is not acceptable or has more than one credential element
     */
    public static Optional<String> unbakeCredential(String svg) {
        return baked(parseSvg(svg), SvgBadgeElement.CREDENTIAL).map(SvgBaking::content);
    }

    private static String bake(String svg, SvgBadgeElement kind, String attributes, String text) {
        parseSvg(svg);
        XmlLayout.Found found = XmlLayout.find(svg, kind.namespace(), kind.localName());
        String boundOnRoot = found.root().namespaces().get(SvgBadgeElement.PREFIX);
        String onRoot = boundOnRoot == null ? kind.namespaceDeclaration() : "";
        String onElement = boundOnRoot == null || boundOnRoot.equals(kind.namespace())
                ? "" : kind.namespaceDeclaration();
        String element = "<" + kind.qualifiedName() + onElement + attributes + ">" + XmlText.cdata(text)
                + "</" + kind.qualifiedName() + ">";
        return SvgSplice.insertFirstChild(svg, found, onRoot, element);
    }

    private static void requireBakeable(String value, String what) {
        XmlText.requireXmlCharacters(value, what);
        if (value.length() > ImageLimits.MAX_TEXT_SIZE) {
            throw new IllegalArgumentException(what + " is longer than " + ImageLimits.MAX_TEXT_SIZE
                    + " characters");
        }
    }

    private static Document parseSvg(String svg) {
        Document document = SafeXml.parse(svg, "the SVG");
        Element root = document.getDocumentElement();
        String namespace = root.getNamespaceURI();
        if (!"svg".equals(root.getLocalName()) || !(namespace == null || SVG_NAMESPACE.equals(namespace))) {
            throw new IllegalArgumentException("not an SVG image: the root element is not <svg>");
        }
        return document;
    }

    private static Optional<Element> baked(Document document, SvgBadgeElement kind) {
        NodeList elements = document.getElementsByTagNameNS(kind.namespace(), kind.localName());
        if (elements.getLength() > 1) {
            throw new IllegalArgumentException("the SVG has " + elements.getLength() + " " + kind.qualifiedName()
                    + " elements");
        }
        return elements.getLength() == 0 ? Optional.empty() : Optional.of((Element) elements.item(0));
    }

    /**
     * The text and CDATA directly inside the element. Around CDATA, whitespace-only text before the first and
     * after the last section is layout and is ignored; content without CDATA is stripped.
     */
    private static String content(Element element) {
        NodeList children = element.getChildNodes();
        int first = -1;
        int last = -1;
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() == Node.CDATA_SECTION_NODE) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            boolean isText = child.getNodeType() == Node.TEXT_NODE
                    || child.getNodeType() == Node.CDATA_SECTION_NODE;
            boolean layout = first >= 0 && (i < first || i > last) && child.getNodeValue().isBlank();
            if (isText && !layout) {
                text.append(child.getNodeValue());
            }
        }
        return first < 0 ? text.toString().strip() : text.toString();
    }
}
