package dev.accolade.adapter.out.openbadges.image;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses untrusted XML with the JDK's own parser, namespace-aware, with DOCTYPE declarations refused (so no
 * entity expansion, billion laughs or external entities), XInclude off, no external access, secure processing on,
 * and the size and nesting depth capped.
 */
final class SafeXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER_ENTITIES =
            "http://xml.org/sax/features/external-parameter-entities";
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";
    private static final String MAX_ELEMENT_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";

    private SafeXml() {
    }

    /**
     * The parsed document.
     *
     * @throws IllegalArgumentException when the text is too long, is not well-formed, or has a DOCTYPE
     */
    static Document parse(String xml, String what) {
        requireNonNull(xml, what);
        if (xml.length() > ImageLimits.MAX_IMAGE_SIZE) {
            throw new IllegalArgumentException(what + " is longer than " + ImageLimits.MAX_IMAGE_SIZE + " characters");
        }
        DocumentBuilder builder = newBuilder();
        try {
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException(what + " is not acceptable XML: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(what + " could not be parsed as XML", e);
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setCoalescing(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
            factory.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
            factory.setFeature(LOAD_EXTERNAL_DTD, false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setAttribute(MAX_ELEMENT_DEPTH, Integer.toString(ImageLimits.MAX_SVG_DEPTH));
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new Refusing());
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed");
            });
            return builder;
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the JDK's XML parser does not support secure settings", e);
        }
    }

    /** Turns every parser warning and error into a refusal, and prints nothing (the default prints to stderr). */
    private static final class Refusing implements ErrorHandler {

        @Override
        public void warning(SAXParseException exception) {
            // A warning does not make the document unacceptable.
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }
}
