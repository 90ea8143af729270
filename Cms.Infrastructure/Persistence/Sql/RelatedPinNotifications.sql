-- What stands under an item is public: every instance drops its cached responses when an
-- editor's pins change, as for content (ContentNotifications.sql). Applied by migration
-- 20261204224626_RelatedPins.
CREATE TRIGGER related_pins_notify AFTER INSERT OR UPDATE OR DELETE ON related_pins
    FOR EACH STATEMENT EXECUTE FUNCTION cms_notify_content();
