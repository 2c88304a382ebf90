package dev.accolade.application.support;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;

/**
 * Builds the Jakarta validator the services check commands with. Messages are composed by the
 * services from the constraint itself, so the validator keeps templates as they are and needs no
 * expression language.
 */
public final class Validators {

    private Validators() {
    }

    /** A validator from the Jakarta Validation provider on the class path. */
    public static Validator create() {
        return Validation.byDefaultProvider().configure().messageInterpolator(new Verbatim())
                .buildValidatorFactory().getValidator();
    }

    /** Keeps message templates as they are. */
    private static final class Verbatim implements MessageInterpolator {

        @Override
        public String interpolate(String template, Context context) {
            return template;
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            return template;
        }
    }
}
