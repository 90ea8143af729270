-- Bylines name authors, and author pages list their items: a change to either drops every
-- instance's cached public responses, as content changes do (ContentNotifications.sql).
-- Applied by migration Authors.
CREATE TRIGGER authors_notify AFTER INSERT OR UPDATE OR DELETE ON authors
    FOR EACH STATEMENT EXECUTE FUNCTION cms_notify_content();
CREATE TRIGGER content_item_authors_notify AFTER INSERT OR UPDATE OR DELETE ON content_item_authors
    FOR EACH STATEMENT EXECUTE FUNCTION cms_notify_content();
