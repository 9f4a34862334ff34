package io.clientele.crm;

import io.clientele.base.domain.LikePattern;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The opportunity list: filter, sort and page in SQL. A restricted staff member ({@code staffId}) sees only the
 * opportunities they own.
 */
@Component
class OpportunityQueries {

    /** UI sort key to entity attribute; anything else is refused rather than passed into a query. */
    private static final Map<String, String> SORTS = Map.of(
            OpportunityService.SORT_COMPANY,
            "companyName",
            OpportunityService.SORT_STAGE,
            "stage",
            OpportunityService.SORT_INQUIRY,
            "inquiryDate",
            OpportunityService.SORT_VALUE,
            "expectedValue");

    private final EntityManager em;

    OpportunityQueries(EntityManager em) {
        this.em = em;
    }

    List<OpportunityRow> page(OpportunityFilter filter, @Nullable Long staffId, long offset, int limit, Sort sort) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<OpportunityRow> q = cb.createQuery(OpportunityRow.class);
        Root<Opportunity> o = q.from(Opportunity.class);
        var source = o.join("leadSource", JoinType.LEFT);
        q.select(cb.construct(
                OpportunityRow.class,
                o.get("id"),
                o.get("companyName"),
                o.get("firstName"),
                o.get("lastName"),
                o.get("email"),
                o.get("stage"),
                source.get("name"),
                o.get("ownerId"),
                o.get("inquiryDate"),
                o.get("expectedValue"),
                o.get("clientId")));
        q.where(predicates(cb, o, filter, staffId));
        q.orderBy(orders(cb, o, sort));
        return em.createQuery(q)
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(limit)
                .getResultList();
    }

    long count(OpportunityFilter filter, @Nullable Long staffId) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Opportunity> o = q.from(Opportunity.class);
        q.select(cb.count(o)).where(predicates(cb, o, filter, staffId));
        return em.createQuery(q).getSingleResult();
    }

    private static Predicate[] predicates(
            CriteriaBuilder cb, Root<Opportunity> o, OpportunityFilter filter, @Nullable Long staffId) {
        List<Predicate> all = new ArrayList<>();
        if (staffId != null) {
            all.add(cb.equal(o.get("ownerId"), staffId));
        }
        if (filter.stage() != null) {
            all.add(cb.equal(o.get("stage"), filter.stage()));
        }
        String search = filter.normalizedSearch();
        if (!search.isEmpty()) {
            String pattern = LikePattern.containing(search);
            all.add(cb.or(
                    cb.like(o.get("companyName"), pattern, '\\'),
                    cb.like(o.get("email"), pattern, '\\'),
                    cb.like(o.get("firstName"), pattern, '\\'),
                    cb.like(o.get("lastName"), pattern, '\\')));
        }
        return all.toArray(Predicate[]::new);
    }

    private static List<Order> orders(CriteriaBuilder cb, From<?, Opportunity> o, Sort sort) {
        List<Order> orders = new ArrayList<>();
        Sort effective = sort.isSorted() ? sort : Sort.by(Sort.Order.desc(OpportunityService.SORT_INQUIRY));
        for (Sort.Order order : effective) {
            String attribute = SORTS.get(order.getProperty());
            if (attribute == null) {
                throw new IllegalArgumentException("Opportunities cannot be sorted by " + order.getProperty());
            }
            Path<Object> path = o.get(attribute);
            orders.add(order.isAscending() ? cb.asc(path) : cb.desc(path));
        }
        orders.add(cb.desc(o.get("id")));
        return orders;
    }
}
