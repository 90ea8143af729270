using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cms.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ContentNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Every API instance LISTENs on cms_content and drops its cached public responses
            // and list totals; PostgreSQL delivers the notification only if the write commits,
            // once per transaction however many rows changed.
            migrationBuilder.Sql("""
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
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS content_items_notify ON content_items;
                DROP TRIGGER IF EXISTS categories_notify ON categories;
                DROP TRIGGER IF EXISTS tags_notify ON tags;
                DROP TRIGGER IF EXISTS content_item_tags_notify ON content_item_tags;
                DROP FUNCTION IF EXISTS cms_notify_content();
                """);
        }
    }
}
