using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Cms.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Counters : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "applied_counter_batches",
                columns: table => new
                {
                    batch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    applied_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_applied_counter_batches", x => x.batch_id);
                });

            migrationBuilder.CreateTable(
                name: "content_daily_views",
                columns: table => new
                {
                    content_id = table.Column<long>(type: "bigint", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    views = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_daily_views", x => new { x.content_id, x.day });
                    table.ForeignKey(
                        name: "fk_content_daily_views_content_items_content_id",
                        column: x => x.content_id,
                        principalTable: "content_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "content_view_totals",
                columns: table => new
                {
                    content_id = table.Column<long>(type: "bigint", nullable: false),
                    views = table.Column<long>(type: "bigint", nullable: false),
                    imported = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_view_totals", x => x.content_id);
                    table.ForeignKey(
                        name: "fk_content_view_totals_content_items_content_id",
                        column: x => x.content_id,
                        principalTable: "content_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "counter_imports",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    imported_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    site_visits = table.Column<long>(type: "bigint", nullable: true),
                    items = table.Column<string>(type: "jsonb", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_counter_imports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "site_daily_visits",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    visits = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_site_daily_visits", x => x.day);
                });

            migrationBuilder.CreateTable(
                name: "view_marks",
                columns: table => new
                {
                    visitor_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    content_id = table.Column<long>(type: "bigint", nullable: false),
                    counted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_view_marks", x => new { x.visitor_id, x.content_id });
                });

            migrationBuilder.CreateTable(
                name: "visitor_presence",
                columns: table => new
                {
                    visitor_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_visitor_presence", x => x.visitor_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_applied_counter_batches_applied_at",
                table: "applied_counter_batches",
                column: "applied_at");

            migrationBuilder.CreateIndex(
                name: "ix_content_daily_views_day",
                table: "content_daily_views",
                column: "day");

            migrationBuilder.CreateIndex(
                name: "ix_content_view_totals_views",
                table: "content_view_totals",
                column: "views");

            migrationBuilder.CreateIndex(
                name: "ix_view_marks_counted_at",
                table: "view_marks",
                column: "counted_at");

            migrationBuilder.CreateIndex(
                name: "ix_visitor_presence_last_seen_at",
                table: "visitor_presence",
                column: "last_seen_at");

            // Counts kept on content_items until now move to the counter store as carried-over figures.
            migrationBuilder.Sql("""
                INSERT INTO content_view_totals (content_id, views, imported)
                SELECT id, view_count, view_count FROM content_items WHERE view_count > 0
                """);

            migrationBuilder.DropColumn(
                name: "view_count",
                table: "content_items");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "applied_counter_batches");

            migrationBuilder.DropTable(
                name: "content_daily_views");

            migrationBuilder.DropTable(
                name: "content_view_totals");

            migrationBuilder.DropTable(
                name: "counter_imports");

            migrationBuilder.DropTable(
                name: "site_daily_visits");

            migrationBuilder.DropTable(
                name: "view_marks");

            migrationBuilder.DropTable(
                name: "visitor_presence");

            migrationBuilder.AddColumn<long>(
                name: "view_count",
                table: "content_items",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }
    }
}
