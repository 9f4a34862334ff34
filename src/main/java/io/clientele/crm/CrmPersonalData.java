package io.clientele.crm;

import io.clientele.client.PersonalData;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The CRM's records of a client as personal data: its reminders (what to do about it, when) and the opportunities it
 * was won from (the person and company the inquiry named). Both belong to the client, not to one person.
 */
@Component
class CrmPersonalData implements PersonalData {

    private final ReminderRepository reminders;
    private final OpportunityRepository opportunities;

    CrmPersonalData(ReminderRepository reminders, OpportunityRepository opportunities) {
        this.reminders = reminders;
        this.opportunities = opportunities;
    }

    @Override
    public String section() {
        return "crm";
    }

    @Override
    public @Nullable Object export(Subject subject) {
        if (!subject.wholeClient()) {
            return null;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "reminders",
                reminders.findAllOfClient(subject.clientId()).stream()
                        .map(r -> {
                            Map<String, @Nullable Object> row = new LinkedHashMap<>();
                            row.put("id", r.getId());
                            row.put("dueAt", r.getDueAt().toString());
                            row.put("description", r.getDescription());
                            row.put("doneAt", Objects.toString(r.getDoneAt(), null));
                            row.put("createdAt", r.getCreatedAt().toString());
                            return row;
                        })
                        .toList());
        data.put(
                "opportunities",
                opportunities.findWonBy(subject.clientId()).stream()
                        .map(CrmPersonalData::opportunity)
                        .toList());
        return data;
    }

    private static Map<String, @Nullable Object> opportunity(Opportunity o) {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        row.put("id", o.getId());
        row.put("companyName", o.getCompanyName());
        row.put("firstName", o.getFirstName());
        row.put("lastName", o.getLastName());
        row.put("email", o.getEmail());
        row.put("phone", o.getPhone());
        row.put("inquiryDate", Objects.toString(o.getInquiryDate(), null));
        row.put("stage", o.getStage().name());
        row.put("wonOn", Objects.toString(o.getWonOn(), null));
        return row;
    }

    @Override
    public void anonymise(Subject subject) {
        if (subject.wholeClient()) {
            reminders.anonymise(subject.clientId(), PLACEHOLDER);
            opportunities.anonymise(subject.clientId(), PLACEHOLDER);
        }
    }
}
