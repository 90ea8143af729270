-- Every API instance LISTENs on cms_content (Notifications/CmsChannels, Api's
-- Caching/ChangeNotificationListener) and drops its cached public responses and list totals.
-- PostgreSQL delivers the notification only if the write commits, once per transaction however
-- many rows changed. Applied by migration 20261128115132_ContentNotifications.
CREATE FUNCTION cms_notify_content() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('cms_content', '');
    RETURN NULL;
END $$;

CREATE TRIGGER content_items_notify AFTER INSERT OR UPDATE OR DELETE ON content_items
    FOR EACH STATEMENT EXECUTE FUNCTION cms_notify_content();
CREATE TRIGGER categories_notify AFTER INSERT OR UPDATE OR DELETE ON categories
    FOR EACH STATEMENT EXECUTE FUNCTION cms_notify_content();
CREATE TRIGGER tags_notify AFTER INSERT OR UPDATE OR DELETE ON tags
    FOR EACH STATEMENT EXECUTE FUNCTION cms_notify_content();
CREATE TRIGGER content_item_tags_notify AFTER INSERT OR UPDATE OR DELETE ON content_item_tags
    FOR EACH STATEMENT EXECUTE FUNCTION cms_notify_content();
