package dev.accolade.adapter.out.jdbc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.common.AssetLocation;
import dev.accolade.domain.common.Attachment;
import dev.accolade.domain.common.FileFormat;
import dev.accolade.domain.common.ImageFormat;
import dev.accolade.domain.common.ImageRef;
import dev.accolade.domain.rule.CompositeRule;
import dev.accolade.domain.rule.DayTally.StreakUnit;
import dev.accolade.domain.rule.Metric;
import dev.accolade.domain.rule.Rule;
import dev.accolade.domain.rule.StreakRule;
import dev.accolade.domain.rule.ThresholdRule;
import dev.accolade.domain.template.TemplateDetails;
import dev.accolade.domain.template.TemplateId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The content of one template version as the JSON text of a {@code details} column. */
final class TemplateDetailsJson {

    private TemplateDetailsJson() {
    }

    static String write(TemplateDetails details) {
        ObjectNode json = Json.object();
        json.put("title", details.title());
        json.put("description", details.description());
        details.icon().ifPresent(icon -> json.set("icon", image(icon)));
        ArrayNode categories = json.putArray("categories");
        details.categories().forEach(category -> categories.add(category.value()));
        ArrayNode attachments = json.putArray("attachments");
        details.attachments().forEach(file -> attachments.add(Json.object().put("name", file.name())
                .put("format", file.format().name()).put("url", file.location().value())));
        json.put("criteria", details.criteria());
        details.type().ifPresent(type -> json.put("type", type));
        json.set("customFields", FieldValueJson.write(details.customFields()));
        json.put("featured", details.featured());
        json.put("repeatable", details.repeatable());
        json.put("acceptanceRequired", details.acceptanceRequired());
        details.rule().ifPresent(rule -> json.set("rule", rule(rule)));
        if (details.hidden()) {
            json.put("hidden", true);
        }
        if (details.points() > 0) {
            json.put("points", details.points());
        }
        return Json.print(json);
    }

    static TemplateDetails read(String text) {
        JsonNode json = Json.parse(text);
        List<CategoryId> categories = new ArrayList<>();
        json.get("categories").forEach(id -> categories.add(new CategoryId(id.longValue())));
        List<Attachment> attachments = new ArrayList<>();
        json.get("attachments").forEach(file -> attachments.add(new Attachment(file.get("name").textValue(),
                FileFormat.valueOf(file.get("format").textValue()), new AssetLocation(file.get("url").textValue()))));
        return new TemplateDetails(json.get("title").textValue(), json.get("description").textValue(),
                Optional.ofNullable(json.get("icon")).map(TemplateDetailsJson::image), categories, attachments,
                json.get("criteria").textValue(), Optional.ofNullable(json.get("type")).map(JsonNode::textValue),
                FieldValueJson.read(json.get("customFields")), json.get("featured").booleanValue(),
                json.get("repeatable").booleanValue(), json.get("acceptanceRequired").booleanValue(),
                Optional.ofNullable(json.get("rule")).map(TemplateDetailsJson::rule),
                json.path("hidden").asBoolean(false), json.path("points").asLong(0));
    }

    /** A rule as a JSON object of its kind and numbers. */
    static ObjectNode rule(Rule rule) {
        ObjectNode json = Json.object().put("kind", rule.kind());
        if (rule instanceof ThresholdRule threshold) {
            json.put("metric", threshold.metric().name()).put("atLeast", threshold.atLeast());
            if (threshold.windowed()) {
                json.put("withinDays", threshold.withinDays());
            }
        } else if (rule instanceof StreakRule streak) {
            json.put("metric", streak.metric().name()).put("length", streak.length())
                    .put("unit", streak.unit().name());
        } else {
            CompositeRule composite = (CompositeRule) rule;
            json.put("atLeast", composite.atLeast());
            ArrayNode templates = json.putArray("templates");
            composite.templates().forEach(id -> templates.add(id.value()));
        }
        return json;
    }

    /** The rule of a JSON object written by {@link #rule(Rule)}. */
    static Rule rule(JsonNode json) {
        String kind = json.get("kind").textValue();
        if (ThresholdRule.KIND.equals(kind)) {
            return new ThresholdRule(new Metric(json.get("metric").textValue()), json.get("atLeast").longValue(),
                    json.path("withinDays").asInt(0));
        }
        if (StreakRule.KIND.equals(kind)) {
            return new StreakRule(new Metric(json.get("metric").textValue()), json.get("length").intValue(),
                    StreakUnit.valueOf(json.get("unit").textValue()));
        }
        List<TemplateId> templates = new ArrayList<>();
        json.get("templates").forEach(id -> templates.add(new TemplateId(id.longValue())));
        return new CompositeRule(CompositeRule.Mode.ALL_OF.kind().equals(kind) ? CompositeRule.Mode.ALL_OF
                : CompositeRule.Mode.ANY_OF, templates, json.get("atLeast").intValue());
    }

    /** An image as a JSON object of its format and location. */
    static ObjectNode image(ImageRef image) {
        return Json.object().put("format", image.format().name()).put("url", image.location().value());
    }

    /** The image of a JSON object written by {@link #image(ImageRef)}. */
    static ImageRef image(JsonNode json) {
        return new ImageRef(ImageFormat.valueOf(json.get("format").textValue()),
                new AssetLocation(json.get("url").textValue()));
    }
}
