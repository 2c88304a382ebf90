package dev.accolade.application.rule;

import dev.accolade.domain.award.Award;
import java.util.List;

/**
 * What recording a batch of events did.
 *
 * @param recorded how many events were new and counted
 * @param duplicates the ids of the events the issuer had recorded before, which changed nothing
 * @param awards the awards the rules made
 */
public record RecordedEvents(int recorded, List<String> duplicates, List<Award> awards) {

    /** Copies the lists. */
    public RecordedEvents {
        duplicates = List.copyOf(duplicates);
        awards = List.copyOf(awards);
    }
}
