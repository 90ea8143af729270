using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cms.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// A tag's public list read from its own links: each link carries its item's status and time
    /// of publishing (triggers keep them), and an index orders a tag's public links as the lists
    /// do. Pages of a tag had been read by walking the whole site's list and checking each item for
    /// the tag (PublicListIds.TagPageAsync says what that cost).
    /// </summary>
    public partial class TagListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                -- What "public now" asks of an item, copied onto each of its tag links, so a
                -- tag's list is read from its links in list order (PublicListIds.TagPageAsync).
                ALTER TABLE content_item_tags
                    ADD COLUMN status character varying(20),
                    ADD COLUMN published_at timestamp with time zone;
                UPDATE content_item_tags l SET status = c.status, published_at = c.published_at
                  FROM content_items c WHERE c.id = l.content_item_id;

                -- A new link takes its item's state; an item's change of state goes to its links.
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

                CREATE INDEX ix_content_item_tags_public_newest ON content_item_tags (tags_id, published_at DESC, content_item_id DESC)
                    WHERE status IN ('Published', 'Scheduled');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS ix_content_item_tags_public_newest;
                DROP TRIGGER IF EXISTS content_items_state_to_links ON content_items;
                DROP FUNCTION IF EXISTS cms_item_state_to_links();
                DROP TRIGGER IF EXISTS content_item_tags_item_state ON content_item_tags;
                DROP FUNCTION IF EXISTS cms_link_takes_item_state();
                ALTER TABLE content_item_tags DROP COLUMN IF EXISTS status, DROP COLUMN IF EXISTS published_at;
                """);
        }
    }
}
