-- A picture's crops are part of every public item showing it (ImageResponse.renditions): when
-- an editor moves its focal point, every instance drops its cached responses, as for content
-- (ContentNotifications.sql), so readers get the new crops at once. Only the focal point:
-- uploads and captions change nothing an item shows. Applied by migration
-- 20261205002907_MediaRefocusNotifications.
CREATE TRIGGER media_assets_refocus_notify AFTER UPDATE OF focal_x, focal_y ON media_assets
    FOR EACH STATEMENT EXECUTE FUNCTION cms_notify_content();
