using Cms.Infrastructure.Persistence.Sql;
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
            migrationBuilder.Sql(SqlScripts.Read("ContentNotifications.sql"));
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
