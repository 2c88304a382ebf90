package dev.accolade.application.moderation;

/** The moderation feature: the operator approves or rejects templates waiting for review. */
public interface TemplateModeration extends ApproveTemplateUseCase, RejectTemplateUseCase {
}
