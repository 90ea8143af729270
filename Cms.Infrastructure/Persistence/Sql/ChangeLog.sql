-- The changes feed's log (GET /api/v1/changes, Changes/ChangeFeedReader): every write to an
-- item, whoever makes it (the API, the scheduler, psql), logged by its own transaction with
-- that transaction's id, so a reader can tell which changes are committed and seen in order.
-- Applied by migration 20261128110800_ChangeLog.
CREATE FUNCTION cms_record_content_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO content_changes (content_id, type, tx, changed_at)
    VALUES (COALESCE(NEW.id, OLD.id), COALESCE(NEW.type, OLD.type), pg_current_xact_id()::text::bigint, now());
    RETURN NULL;
END $$;

CREATE TRIGGER content_items_changed AFTER INSERT OR UPDATE OR DELETE ON content_items
    FOR EACH ROW EXECUTE FUNCTION cms_record_content_change();
