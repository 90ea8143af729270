-- An edit lock changing hands (taken, taken over, released, gone with its item) is announced on
-- cms_edit_locks with the item's id, so every API instance can tell the editors watching that
-- item at once (Api/EditLocks/EditLockListener). A renewal by the same tab says nothing.
-- Applied by migration EditLocks.
CREATE FUNCTION cms_notify_edit_lock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('cms_edit_locks', OLD.content_id::text);
    ELSIF TG_OP = 'INSERT' OR NEW.session_id IS DISTINCT FROM OLD.session_id OR NEW.holder IS DISTINCT FROM OLD.holder THEN
        PERFORM pg_notify('cms_edit_locks', NEW.content_id::text);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER edit_locks_notify AFTER INSERT OR UPDATE OR DELETE ON edit_locks
    FOR EACH ROW EXECUTE FUNCTION cms_notify_edit_lock();
