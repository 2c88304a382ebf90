package dev.accolade.application.showcase;

import dev.accolade.application.port.in.Actor;

/** Reads the site's figures, its recent awards and its most awarded templates. */
public interface GetSiteOverviewUseCase {

    /** The overview as this viewer sees it. */
    SiteOverview siteOverview(Actor viewer);
}
