using System;
using Cms.Infrastructure.Persistence.Sql;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Cms.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ChangeLog : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "content_changes",
                columns: table => new
                {
                    seq = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    content_id = table.Column<long>(type: "bigint", nullable: false),
                    type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    tx = table.Column<long>(type: "bigint", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_content_changes", x => x.seq);
                });

            migrationBuilder.CreateIndex(
                name: "ix_content_changes_tx_seq",
                table: "content_changes",
                columns: new[] { "tx", "seq" });

            migrationBuilder.Sql(SqlScripts.Read("ChangeLog.sql"));

            // What exists already counts as changed once, so a first sync sees everything.
            migrationBuilder.Sql("""
                INSERT INTO content_changes (content_id, type, tx, changed_at)
                SELECT id, type, pg_current_xact_id()::text::bigint, now() FROM content_items ORDER BY id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS content_items_changed ON content_items; DROP FUNCTION IF EXISTS cms_record_content_change();");

            migrationBuilder.DropTable(
                name: "content_changes");
        }
    }
}
