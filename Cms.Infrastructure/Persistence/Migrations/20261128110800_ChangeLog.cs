using System;
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

            // Every write to an item, whoever makes it, in its own transaction.
            migrationBuilder.Sql("""
                CREATE FUNCTION cms_record_content_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO content_changes (content_id, type, tx, changed_at)
                    VALUES (COALESCE(NEW.id, OLD.id), COALESCE(NEW.type, OLD.type), pg_current_xact_id()::text::bigint, now());
                    RETURN NULL;
                END $$;
                CREATE TRIGGER content_items_changed AFTER INSERT OR UPDATE OR DELETE ON content_items
                    FOR EACH ROW EXECUTE FUNCTION cms_record_content_change();
                -- What exists already counts as changed once, so a first sync sees everything.
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
