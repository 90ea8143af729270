using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Cms.Infrastructure.Persistence.Sql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Cms.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LiveQuestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "live_sessions",
                columns: table => new
                {
                    content_id = table.Column<long>(type: "bigint", nullable: false),
                    opens_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closes_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_live_sessions", x => x.content_id);
                    table.ForeignKey(
                        name: "fk_live_sessions_content_items_content_id",
                        column: x => x.content_id,
                        principalTable: "content_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "live_questions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    content_id = table.Column<long>(type: "bigint", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    place = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    edited_text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    merged_into_id = table.Column<long>(type: "bigint", nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    client_address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    user_agent = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    moderated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    moderated_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_live_questions", x => x.id);
                    table.ForeignKey(
                        name: "fk_live_questions_live_questions_merged_into_id",
                        column: x => x.merged_into_id,
                        principalTable: "live_questions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_live_questions_live_sessions_content_id",
                        column: x => x.content_id,
                        principalTable: "live_sessions",
                        principalColumn: "content_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_live_questions_content_id_state_submitted_at",
                table: "live_questions",
                columns: new[] { "content_id", "state", "submitted_at" });

            migrationBuilder.CreateIndex(
                name: "ix_live_questions_merged_into_id",
                table: "live_questions",
                column: "merged_into_id");

            migrationBuilder.CreateIndex(
                name: "ix_live_sessions_closes_at",
                table: "live_sessions",
                column: "closes_at");

            migrationBuilder.Sql(SqlScripts.Read("LiveQaNotifications.sql"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS content_items_live_exchanges ON content_items;
                DROP FUNCTION IF EXISTS cms_notify_live_exchanges();
                DROP TRIGGER IF EXISTS live_sessions_notify ON live_sessions;
                DROP FUNCTION IF EXISTS cms_notify_live_session();
                """);
            migrationBuilder.DropTable(
                name: "live_questions");

            migrationBuilder.DropTable(
                name: "live_sessions");
        }
    }
}
