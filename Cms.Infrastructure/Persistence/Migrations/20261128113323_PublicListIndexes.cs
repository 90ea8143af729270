using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cms.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PublicListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_content_items_type_status_published_at",
                table: "content_items");

            migrationBuilder.CreateIndex(
                name: "ix_content_items_category_id_published_at_id",
                table: "content_items",
                columns: new[] { "category_id", "published_at", "id" },
                descending: new[] { false, true, true },
                filter: "status IN ('Published', 'Scheduled')");

            migrationBuilder.CreateIndex(
                name: "ix_content_items_published_at_id",
                table: "content_items",
                columns: new[] { "published_at", "id" },
                descending: new bool[0],
                filter: "status IN ('Published', 'Scheduled')");

            migrationBuilder.CreateIndex(
                name: "ix_content_items_type_category_id_published_at_id",
                table: "content_items",
                columns: new[] { "type", "category_id", "published_at", "id" },
                descending: new[] { false, false, true, true },
                filter: "status IN ('Published', 'Scheduled')");

            migrationBuilder.CreateIndex(
                name: "ix_content_items_type_published_at_id",
                table: "content_items",
                columns: new[] { "type", "published_at", "id" },
                descending: new[] { false, true, true },
                filter: "status IN ('Published', 'Scheduled')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_content_items_category_id_published_at_id",
                table: "content_items");

            migrationBuilder.DropIndex(
                name: "ix_content_items_published_at_id",
                table: "content_items");

            migrationBuilder.DropIndex(
                name: "ix_content_items_type_category_id_published_at_id",
                table: "content_items");

            migrationBuilder.DropIndex(
                name: "ix_content_items_type_published_at_id",
                table: "content_items");

            migrationBuilder.CreateIndex(
                name: "ix_content_items_type_status_published_at",
                table: "content_items",
                columns: new[] { "type", "status", "published_at" });
        }
    }
}
