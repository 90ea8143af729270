-- Search folds Vietnamese text to unaccented lower case, so "Sóc Trăng" is found by "soc trang".
-- Applied by migration 20261128105428_Search; the stored column content_items.search_vector and
-- ContentSearch's queries call it.
--
-- unaccent is a trusted extension (PostgreSQL 13+): a database owner may create it. It is only
-- STABLE; this wrapper pins the dictionary, so it can be IMMUTABLE and be used by the generated
-- column and its index.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE OR REPLACE FUNCTION cms_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;
