using Cms.Infrastructure.Persistence.Sql;
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

                """);
            migrationBuilder.Sql(SqlScripts.Read("TagLinkState.sql"));
            migrationBuilder.Sql("""
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
