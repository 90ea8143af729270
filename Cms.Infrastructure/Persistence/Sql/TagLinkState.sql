-- Each tag link (content_item_tags) carries its item's status and time of publishing, so a tag's
-- public list is read from its links in list order (PublicListIds.TagPageAsync, under the index
-- ix_content_item_tags_public_newest). These triggers keep the copies: a new link takes its
-- item's state; an item's change of state goes to its links.
-- Applied by migration 20261203091636_TagListIndex, after it adds the columns.
CREATE FUNCTION cms_link_takes_item_state() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT c.status, c.published_at INTO NEW.status, NEW.published_at
      FROM content_items c WHERE c.id = NEW.content_item_id;
    RETURN NEW;
END $$;

CREATE TRIGGER content_item_tags_item_state BEFORE INSERT OR UPDATE OF content_item_id ON content_item_tags
    FOR EACH ROW EXECUTE FUNCTION cms_link_takes_item_state();

CREATE FUNCTION cms_item_state_to_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE content_item_tags SET status = NEW.status, published_at = NEW.published_at
     WHERE content_item_id = NEW.id;
    RETURN NULL;
END $$;

CREATE TRIGGER content_items_state_to_links AFTER UPDATE OF status, published_at ON content_items
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.published_at IS DISTINCT FROM NEW.published_at)
    EXECUTE FUNCTION cms_item_state_to_links();
