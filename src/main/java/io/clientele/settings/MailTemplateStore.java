package io.clientele.settings;

import io.clientele.base.mail.MailTemplateOverrides;
import io.clientele.base.mail.MailTemplateText;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The business's templates for the features that send mail. Without a role check on purpose: mail goes out for
 * anonymous callers too (a forgotten password), and a template is no secret of the caller's.
 */
@Component
@Transactional(readOnly = true)
class MailTemplateStore implements MailTemplateOverrides {

    private final MailTemplateRepository templates;

    MailTemplateStore(MailTemplateRepository templates) {
        this.templates = templates;
    }

    @Override
    public Optional<MailTemplateText> find(String kindId, String language) {
        return templates
                .findByKindAndLanguage(kindId, language)
                .map(t -> new MailTemplateText(t.getSubject(), t.getBody()));
    }
}
