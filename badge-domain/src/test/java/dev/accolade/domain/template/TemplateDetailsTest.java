package dev.accolade.domain.template;

import static dev.accolade.domain.testdata.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.accolade.domain.category.CategoryId;
import dev.accolade.domain.common.AssetLocation;
import dev.accolade.domain.common.Attachment;
import dev.accolade.domain.common.FileFormat;
import dev.accolade.domain.common.ImageFormat;
import dev.accolade.domain.common.ImageRef;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A template version's content: its limits, its normalisation and its builder. */
class TemplateDetailsTest {

    private static final Attachment RULES = new Attachment("rules", FileFormat.DOC,
            new AssetLocation("https://example.org/rules.doc"));

    private static List<CategoryId> categories(int count) {
        return LongStream.rangeClosed(1, count).mapToObj(CategoryId::new).toList();
    }

    @Test
    void a_title_alone_gives_empty_defaults() {
        TemplateDetails details = TemplateDetails.titled("Gold").build();

        assertThat(details.description()).isEmpty();
        assertThat(details.criteria()).isEmpty();
        assertThat(details.icon()).isEmpty();
        assertThat(details.type()).isEmpty();
        assertThat(details.categories()).isEmpty();
        assertThat(details.attachments()).isEmpty();
        assertThat(details.customFields()).isEqualTo(CustomFields.NONE);
        assertThat(details.featured()).isFalse();
        assertThat(details.repeatable()).isFalse();
        assertThat(details.acceptanceRequired()).isFalse();
    }

    @Test
    void the_title_is_trimmed() {
        assertThat(TemplateDetails.titled("  Gold  ").build().title()).isEqualTo("Gold");
    }

    @Test
    void a_blank_title_is_required() {
        assertInvalid(() -> TemplateDetails.titled(" ").build(), "title", "title_required");
    }

    @Test
    void a_title_of_200_characters_is_accepted() {
        assertThat(TemplateDetails.titled("t".repeat(TemplateDetails.MAX_TITLE_LENGTH)).build().title()).hasSize(200);
    }

    @Test
    void a_title_of_201_characters_is_refused() {
        assertInvalid(() -> TemplateDetails.titled("t".repeat(201)).build(), "title", "title_too_long");
    }

    @Test
    void a_title_on_two_lines_is_refused() {
        assertInvalid(() -> TemplateDetails.titled("Gold\nSilver").build(), "title", "title_invalid");
    }

    @Test
    void the_description_may_span_lines() {
        assertThat(TemplateDetails.titled("Gold").description("First.\nSecond.").build().description())
                .isEqualTo("First.\nSecond.");
    }

    @Test
    void a_description_of_1000_characters_is_accepted() {
        assertThat(TemplateDetails.titled("Gold").description("d".repeat(TemplateDetails.MAX_DESCRIPTION_LENGTH))
                .build().description()).hasSize(1000);
    }

    @Test
    void a_description_of_1001_characters_is_refused() {
        assertInvalid(() -> TemplateDetails.titled("Gold").description("d".repeat(1001)).build(), "description",
                "description_too_long");
    }

    @Test
    void criteria_of_1000_characters_are_accepted() {
        assertThat(TemplateDetails.titled("Gold").criteria("c".repeat(TemplateDetails.MAX_CRITERIA_LENGTH)).build()
                .criteria()).hasSize(1000);
    }

    @Test
    void criteria_of_1001_characters_are_refused() {
        assertInvalid(() -> TemplateDetails.titled("Gold").criteria("c".repeat(1001)).build(), "criteria",
                "criteria_too_long");
    }

    @Test
    void a_blank_type_becomes_none() {
        assertThat(TemplateDetails.titled("Gold").type("  ").build().type()).isEmpty();
    }

    @Test
    void a_type_of_50_characters_is_accepted() {
        assertThat(TemplateDetails.titled("Gold").type("k".repeat(TemplateDetails.MAX_TYPE_LENGTH)).build().type()
                .orElseThrow()).hasSize(50);
    }

    @Test
    void a_type_of_51_characters_is_refused() {
        assertInvalid(() -> TemplateDetails.titled("Gold").type("k".repeat(51)).build(), "type", "type_too_long");
    }

    @Test
    void twenty_categories_are_accepted() {
        assertThat(TemplateDetails.titled("Gold").categories(categories(20)).build().categories()).hasSize(20);
    }

    @Test
    void twenty_one_categories_are_refused() {
        assertInvalid(() -> TemplateDetails.titled("Gold").categories(categories(21)).build(), "categories",
                "categories_too_many");
    }

    @Test
    void repeated_categories_are_kept_once_in_their_first_order() {
        List<CategoryId> given = List.of(new CategoryId(2), new CategoryId(1), new CategoryId(2));

        assertThat(TemplateDetails.titled("Gold").categories(given).build().categories())
                .containsExactly(new CategoryId(2), new CategoryId(1));
    }

    @Test
    void an_empty_category_entry_is_refused() {
        assertInvalid(() -> TemplateDetails.titled("Gold").categories(Arrays.asList(new CategoryId(1), null)).build(),
                "categories", "categories_invalid");
    }

    @Test
    void twenty_attachments_are_accepted() {
        assertThat(TemplateDetails.titled("Gold").attachments(Collections.nCopies(20, RULES)).build().attachments())
                .hasSize(20);
    }

    @Test
    void twenty_one_attachments_are_refused() {
        assertInvalid(() -> TemplateDetails.titled("Gold").attachments(Collections.nCopies(21, RULES)).build(),
                "attachments", "attachments_too_many");
    }

    @Test
    void to_builder_rebuilds_equal_details() {
        TemplateDetails details = TemplateDetails.titled("Gold").description("Shiny").criteria("Win")
                .icon(new ImageRef(ImageFormat.PNG, new AssetLocation("blob:9"))).categories(categories(2))
                .attachments(List.of(RULES)).type("gold")
                .customFields(new CustomFields(Map.of("link", FieldValue.text("https://example.org"))))
                .featured(true).repeatable(true).acceptanceRequired(true).build();

        assertThat(details.toBuilder().build()).isEqualTo(details);
    }

    @Test
    void to_builder_changes_only_what_is_set_again() {
        TemplateDetails details = TemplateDetails.titled("Gold").description("Shiny").repeatable(true).build();

        TemplateDetails renamed = details.toBuilder().title("Platinum").build();

        assertThat(renamed.title()).isEqualTo("Platinum");
        assertThat(renamed.description()).isEqualTo("Shiny");
        assertThat(renamed.repeatable()).isTrue();
    }

    @Test
    void a_null_icon_or_type_means_none() {
        TemplateDetails details = TemplateDetails.titled("Gold").icon(null).type(null).build();

        assertThat(details.icon()).isEmpty();
        assertThat(details.type()).isEmpty();
    }
}
