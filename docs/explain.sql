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
-- Search by word prefix (0015): a selective word is read as a range of the term index, a common one makes the
-- optimizer walk the name index and probe each client's terms (FirstMatch).
explain select c.id from clients c where c.trashed_at is null
  and c.id in (select t.client_id from client_search_terms t where t.term like 'gunter%') order by c.name, c.id limit 25;
explain select c.id from clients c where c.trashed_at is null
  and c.id in (select t.client_id from client_search_terms t where t.term like 'example%') order by c.name, c.id limit 25;
-- Restricted staff list (0017): the general shape (owner or assigned, tested per entry of the location index)
-- against the owned half read through its owner-led index, merged with the assigned half.
explain select c.id from clients c where c.trashed_at is null and (c.owner_id = 2
  or 2 in (select s.user_id from client_staff s where s.client_id = c.id)) order by c.location desc, c.id desc limit 25;
explain select u.id from (
  (select c.id, c.location as k0 from clients c where c.owner_id = 2 and c.trashed_at is null
    order by c.location desc, c.id desc limit 25)
  union all
  (select c.id, c.location as k0 from clients c join client_staff a on a.client_id = c.id where a.user_id = 2
    and (c.owner_id is null or c.owner_id <> 2) and c.trashed_at is null order by c.location desc, c.id desc limit 25)
  ) u order by u.k0 desc, u.id desc limit 25;
-- Bounded count of a search with a common word (issue 18): distinct client ids from a word's terms joined to the
-- clients by primary key, stopped at the limit (administrator; for a common word MariaDB may take the join the other
-- way round, live clients in id order and their terms by primary key, as bounded); the restricted staff member's
-- owned half walks their clients and probes the common word's terms, or reads a rare word's range when there is one.
explain select count(*) from (select distinct t.client_id from client_search_terms t, clients c
  where t.term like 'example%' and c.id = t.client_id and c.trashed_at is null limit 10001) x;
explain select count(*) from (select 1 from clients c where c.owner_id = 2 and c.trashed_at is null
  and (select t.client_id from client_search_terms t where t.client_id = c.id and t.term like 'example%' limit 1)
  is not null limit 10001) x;
explain select count(*) from (select distinct t.client_id from client_search_terms t join clients c
  on c.id = t.client_id where c.owner_id = 2 and t.term like 'gunter%' and c.trashed_at is null
  and (select t2.client_id from client_search_terms t2 where t2.client_id = c.id and t2.term like 'example%' limit 1)
  is not null limit 10001) x;
