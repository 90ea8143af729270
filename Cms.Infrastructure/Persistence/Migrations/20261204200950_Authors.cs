using System;
using Cms.Infrastructure.Persistence.Sql;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Cms.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Authors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "authors",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    bio = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    user_id = table.Column<int>(type: "integer", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    photo = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_authors", x => x.id);
                    table.ForeignKey(
                        name: "fk_authors_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "content_item_authors",
                columns: table => new
                {
                    content_id = table.Column<long>(type: "bigint", nullable: false),
                    author_id = table.Column<int>(type: "integer", nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_item_authors", x => new { x.content_id, x.author_id, x.role });
                    table.ForeignKey(
                        name: "fk_content_item_authors_authors_author_id",
                        column: x => x.author_id,
                        principalTable: "authors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_content_item_authors_content_items_content_id",
                        column: x => x.content_id,
                        principalTable: "content_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "content_royalties",
                columns: table => new
                {
                    content_id = table.Column<long>(type: "bigint", nullable: false),
                    author_id = table.Column<int>(type: "integer", nullable: false),
                    points = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    amount = table.Column<long>(type: "bigint", nullable: true),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    set_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    set_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_royalties", x => new { x.content_id, x.author_id });
                    table.CheckConstraint("ck_content_royalties_not_negative", "coalesce(points, 0) >= 0 AND coalesce(amount, 0) >= 0");
                    table.CheckConstraint("ck_content_royalties_some", "points IS NOT NULL OR amount IS NOT NULL");
                    table.ForeignKey(
                        name: "fk_content_royalties_authors_author_id",
                        column: x => x.author_id,
                        principalTable: "authors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_content_royalties_content_items_content_id",
                        column: x => x.content_id,
                        principalTable: "content_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_authors_slug",
                table: "authors",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_authors_user_id",
                table: "authors",
                column: "user_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_content_item_authors_author_id",
                table: "content_item_authors",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_content_royalties_author_id",
                table: "content_royalties",
                column: "author_id");

            migrationBuilder.Sql(SqlScripts.Read("AuthorNotifications.sql"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS content_item_authors_notify ON content_item_authors;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS authors_notify ON authors;");
            migrationBuilder.DropTable(
                name: "content_item_authors");

            migrationBuilder.DropTable(
                name: "content_royalties");

            migrationBuilder.DropTable(
                name: "authors");
        }
    }
}
