package dev.accolade.application.shared;

import dev.accolade.domain.award.Award;
import java.util.List;

/**
 * What recording a batch of events did.
 *
 * @param recorded how many events were new and counted
 * @param duplicates the ids of the events their issuer had recorded before, in the batch's order
 * @param awards the awards the rules made, in the order of the events that made them
 */
public record RecordedBatch(int recorded, List<String> duplicates, List<Award> awards) {

    /** Copies the lists. */
    public RecordedBatch {
        duplicates = List.copyOf(duplicates);
        awards = List.copyOf(awards);
    }
}
