-- An item's old slugs (content_old_slugs), kept by the database so that every way a slug
-- changes keeps the old address answering: an edit, a restored revision, a published working
-- copy, an import. A slug an item takes (new, or back again) stops being anyone's old address.
-- Applied by migration 20261204202213_ContentOldSlugs.
CREATE FUNCTION cms_keep_old_slug() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM content_old_slugs WHERE type = NEW.type AND slug = NEW.slug;
    IF TG_OP = 'UPDATE' THEN
        INSERT INTO content_old_slugs (type, slug, content_id, retired_at)
        VALUES (OLD.type, OLD.slug, NEW.id, now())
        ON CONFLICT (type, slug) DO UPDATE SET content_id = EXCLUDED.content_id, retired_at = EXCLUDED.retired_at;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER content_items_new_slug AFTER INSERT ON content_items
    FOR EACH ROW EXECUTE FUNCTION cms_keep_old_slug();

CREATE TRIGGER content_items_old_slug AFTER UPDATE OF slug ON content_items
    FOR EACH ROW WHEN (OLD.slug IS DISTINCT FROM NEW.slug)
    EXECUTE FUNCTION cms_keep_old_slug();
