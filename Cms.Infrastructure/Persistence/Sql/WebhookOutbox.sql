-- The webhooks' transactional outbox: the event and one delivery per interested subscription are
-- written by the transaction that changes the item, so an event exists exactly when its change
-- committed, whoever made it (the API, the scheduler, psql). The API's WebhookDispatcher sends
-- what is due (Webhooks/WebhookOutbox). With no subscriber nothing is written.
--
-- Which changes count (Domain/Webhooks/WebhookEvents): a change of what the public sees, told
-- by the status an item has and had. 'Published' alone is right here, unlike "public now"
-- (PublicSql): a scheduled item is announced when the scheduler marks it published, the moment
-- its page appears, not when an editor schedules it.
-- Applied by migration 20261129044307_Webhooks.
CREATE FUNCTION cms_webhook_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    was_public boolean := TG_OP <> 'INSERT' AND OLD.status = 'Published';
    is_public boolean := TG_OP <> 'DELETE' AND NEW.status = 'Published';
    item content_items;
    kind text;
    event_row bigint;
BEGIN
    IF is_public THEN
        kind := CASE WHEN was_public THEN 'content.updated' ELSE 'content.published' END;
    ELSIF was_public THEN
        kind := CASE WHEN TG_OP = 'DELETE' THEN 'content.deleted' ELSE 'content.unpublished' END;
    ELSE
        RETURN NULL;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM webhook_subscriptions s WHERE s.is_active AND kind = ANY (s.events)) THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN item := OLD; ELSE item := NEW; END IF;
    INSERT INTO webhook_events (type, content_id, content_type, item, occurred_at)
    VALUES (kind, item.id, item.type,
            jsonb_build_object('id', item.id, 'type', lower(item.type), 'slug', item.slug, 'title', item.title,
                               'publishedAt', item.published_at, 'categoryId', item.category_id),
            now())
    RETURNING id INTO event_row;
    INSERT INTO webhook_deliveries (event_id, subscription_id, content_id, state, attempts, next_attempt_at, created_at)
    SELECT event_row, s.id, item.id, 'Pending', 0, now(), now()
    FROM webhook_subscriptions s WHERE s.is_active AND kind = ANY (s.events) ORDER BY s.id;
    RETURN NULL;
END $$;

CREATE TRIGGER content_items_webhooks AFTER INSERT OR UPDATE OR DELETE ON content_items
    FOR EACH ROW EXECUTE FUNCTION cms_webhook_outbox();
