package dev.accolade.application.showcase;

import dev.accolade.application.template.TemplateView;
import java.util.List;

/**
 * The site at a glance, as the home page shows it.
 *
 * @param templates how many templates are published
 * @param awarded how many live awards were made
 * @param members how many members have confirmed their registration
 * @param recentAwards the latest awards to recipients with a public profile
 * @param popular the published templates awarded most, among the most recent ones
 */
public record SiteOverview(long templates, long awarded, long members, List<PublicAward> recentAwards,
        List<TemplateView> popular) {

    /** Copies the lists. */
    public SiteOverview {
        recentAwards = List.copyOf(recentAwards);
        popular = List.copyOf(popular);
    }
}
