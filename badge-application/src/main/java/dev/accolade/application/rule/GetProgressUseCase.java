package dev.accolade.application.rule;

import java.util.List;

/** A subject's progress towards every rule template of an issuer. */
public interface GetProgressUseCase {

    /** For each template whose live version carries a rule, by id: the subject's value, target and holding. */
    List<TemplateProgress> getProgress(ProgressQuery query);
}
