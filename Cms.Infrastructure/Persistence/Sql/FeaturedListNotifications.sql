-- What leads the home page is public: every instance drops its cached responses when a featured
-- list changes, as for content (ContentNotifications.sql). Applied by migration
-- 20261129125953_FeaturedLists.
CREATE TRIGGER featured_lists_notify AFTER INSERT OR UPDATE OR DELETE ON featured_lists
    FOR EACH STATEMENT EXECUTE FUNCTION cms_notify_content();
