package io.clientele.settings;

import io.clientele.base.domain.AbstractEntity;
import io.clientele.base.mail.MailTemplate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An e-mail template the business changed: one row per kind and language. No row means the built-in text of the
 * feature that sends the mail holds, so a new installation stores nothing and improved built-in texts reach it.
 */
@Entity
@Table(name = "mail_templates")
public class MailTemplateOverride extends AbstractEntity {

    public static final int KIND_MAX = 40;

    @Column(nullable = false, length = KIND_MAX)
    private String kind = "";

    @Column(nullable = false, length = 2)
    private String language = "";

    @Column(nullable = false, length = MailTemplate.SUBJECT_MAX)
    private String subject = "";

    @Column(nullable = false, length = MailTemplate.BODY_MAX)
    private String body = "";

    protected MailTemplateOverride() {}

    MailTemplateOverride(String kind, String language) {
        this.kind = kind;
        this.language = language;
    }

    public String getKind() {
        return kind;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    void change(String subject, String body) {
        this.subject = subject;
        this.body = body;
    }
}
