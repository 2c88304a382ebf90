package dev.accolade.adapter.in.rest.compat.achievemint;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The export of {@code export_achievements}: a ZIP holding {@code achievement-<id>.xml} per
 * achievement, each the Achievement type in XML (schema in {@code docs/compat/achievemint.md}).
 */
final class AchievementXml {

    /** The namespace of the exported documents. */
    static final String NAMESPACE = "urn:accolade:achievemint:achievement:1";

    private AchievementXml() {
    }

    /** The ZIP of these achievements, in order. */
    static byte[] zip(List<Wire.Achievement> achievements) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Wire.Achievement achievement : achievements) {
                zip.putNextEntry(new ZipEntry("achievement-" + achievement.id() + ".xml"));
                zip.write(document(achievement));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** One achievement as a well-formed UTF-8 XML document. */
    static byte[] document(Wire.Achievement achievement) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("achievement");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("id", Long.toString(achievement.id()));
            element(xml, "award_date", achievement.awardDate());
            element(xml, "award_date_utc", Instant.ofEpochSecond(achievement.awardDate()).toString());
            user(xml, achievement.user());
            template(xml, achievement.template());
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("an achievement could not be written as XML", e);
        }
        return bytes.toByteArray();
    }

    private static void user(XMLStreamWriter xml, Wire.User user) throws XMLStreamException {
        xml.writeStartElement("user");
        if (user.id() != null) {
            xml.writeAttribute("id", user.id().toString());
        }
        element(xml, "email", user.email());
        element(xml, "status", user.status());
        element(xml, "avatar", user.avatar());
        xml.writeEndElement();
    }

    private static void template(XMLStreamWriter xml, Wire.Template template) throws XMLStreamException {
        xml.writeStartElement("template");
        xml.writeAttribute("id", Long.toString(template.id()));
        element(xml, "name", template.name());
        element(xml, "description", template.description());
        element(xml, "icon", template.icon());
        xml.writeStartElement("categories");
        for (Wire.Category category : template.categories()) {
            xml.writeStartElement("category");
            xml.writeAttribute("id", Long.toString(category.id()));
            xml.writeCharacters(category.name());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        element(xml, "difficulty", Double.toString(template.difficulty()));
        element(xml, "credibility", Double.toString(template.credibility()));
        element(xml, "status", template.status());
        xml.writeStartElement("attachments");
        for (Wire.Attachment attachment : template.attachments()) {
            xml.writeEmptyElement("attachment");
            xml.writeAttribute("name", attachment.name());
            xml.writeAttribute("url", attachment.url());
        }
        xml.writeEndElement();
        element(xml, "featured", Boolean.toString(template.featured()));
        element(xml, "publish_date", template.publishDate());
        xml.writeEndElement();
    }

    /** An element with text, left out when the value is null. */
    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement(name);
        xml.writeCharacters(value.toString());
        xml.writeEndElement();
    }
}
