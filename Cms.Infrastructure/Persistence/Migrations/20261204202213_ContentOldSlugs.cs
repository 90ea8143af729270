using System;
using Cms.Infrastructure.Persistence.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cms.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ContentOldSlugs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "content_old_slugs",
                columns: table => new
                {
                    type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    content_id = table.Column<long>(type: "bigint", nullable: false),
                    retired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_old_slugs", x => new { x.type, x.slug });
                    table.ForeignKey(
                        name: "fk_content_old_slugs_content_items_content_id",
                        column: x => x.content_id,
                        principalTable: "content_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_content_old_slugs_content_id",
                table: "content_old_slugs",
                column: "content_id");

            migrationBuilder.Sql(SqlScripts.Read("ContentOldSlugs.sql"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER content_items_new_slug ON content_items; DROP TRIGGER content_items_old_slug ON content_items; DROP FUNCTION cms_keep_old_slug();");
            migrationBuilder.DropTable(
                name: "content_old_slugs");
        }
    }
}
