-- A live Q&A's readers hear of a new answer at once, from any API instance: a change to a
-- session, or to the exchanges of an interview that has one (an answer published, an exchange
-- corrected), is announced on cms_live_qa with the interview's id (Api/LiveQa/LiveQaListener).
-- Applied by migration LiveQuestions.
CREATE FUNCTION cms_notify_live_session() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('cms_live_qa', OLD.content_id::text);
    ELSE
        PERFORM pg_notify('cms_live_qa', NEW.content_id::text);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER live_sessions_notify AFTER INSERT OR UPDATE OR DELETE ON live_sessions
    FOR EACH ROW EXECUTE FUNCTION cms_notify_live_session();

CREATE FUNCTION cms_notify_live_exchanges() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM live_sessions s WHERE s.content_id = NEW.id) THEN
        PERFORM pg_notify('cms_live_qa', NEW.id::text);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER content_items_live_exchanges AFTER UPDATE OF exchanges, status, published_at ON content_items
    FOR EACH ROW WHEN (OLD.exchanges IS DISTINCT FROM NEW.exchanges OR OLD.status IS DISTINCT FROM NEW.status
        OR OLD.published_at IS DISTINCT FROM NEW.published_at)
    EXECUTE FUNCTION cms_notify_live_exchanges();
