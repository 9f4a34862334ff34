-- The query shapes of docs/performance.md, each "before" (the 0013 index ignored, or the old query shape) and
-- "after". Run against the benchmark database:  mysql cl_bench < docs/explain.sql
-- Search, first page: name / e-mail / phone digits "contains", ordered by name.
explain select id, name, email from clients ignore index (ix_clients_live_search)
  where trashed_at is null and (name like '%Lukas%' or email like '%Lukas%') order by name, id limit 25;
explain select id, name, email from clients
  where trashed_at is null and (name like '%Lukas%' or email like '%Lukas%') order by name, id limit 25;
-- Count of a search.
explain select count(*) from clients ignore index (ix_clients_live_search)
  where trashed_at is null and (name like '%Lukas%' or email like '%Lukas%' or phone_digits like '%493012%');
explain select count(*) from clients
  where trashed_at is null and (name like '%Lukas%' or email like '%Lukas%' or phone_digits like '%493012%');
-- Descending sort: the old tie-breaker (id ascending) against the new one (id in the sort's direction).
explain select id, name from clients where trashed_at is null order by amount_owed desc, id asc limit 25;
explain select id, name from clients where trashed_at is null order by amount_owed desc, id desc limit 25;
-- Deep page 10,000: full rows skipped (old) against ids first, then 25 rows by primary key (deferred join).
explain select id, client_type, name, email, phone, location, billing_country, active, currency, amount_owed
  from clients where trashed_at is null order by name, id limit 25 offset 249975;
explain select id from clients where trashed_at is null order by name, id limit 25 offset 249975;
-- Group report: without and with the covering index.
explain select g.name, d.currency, count(distinct d.client_id), count(distinct d.id), sum(d.total),
  sum(d.paid_total), sum(d.balance)
  from billing_documents d ignore index (ix_documents_report) join clients c on c.id = d.client_id
  left join client_group_members m on m.client_id = c.id left join client_groups g on g.id = m.group_id
  where d.doc_type = 'INVOICE' and d.status <> 'DRAFT' and c.trashed_at is null
    and d.issue_date >= current_date - interval 1 year and d.issue_date <= current_date group by g.name, d.currency;
explain select g.name, d.currency, count(distinct d.client_id), count(distinct d.id), sum(d.total),
  sum(d.paid_total), sum(d.balance)
  from billing_documents d join clients c on c.id = d.client_id
  left join client_group_members m on m.client_id = c.id left join client_groups g on g.id = m.group_id
  where d.doc_type = 'INVOICE' and d.status <> 'DRAFT' and c.trashed_at is null
    and d.issue_date >= current_date - interval 1 year and d.issue_date <= current_date group by g.name, d.currency;
