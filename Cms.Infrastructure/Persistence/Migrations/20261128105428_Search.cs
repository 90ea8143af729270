using Cms.Infrastructure.Persistence.Sql;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Cms.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Search : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqlScripts.Read("SearchFold.sql"));

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "content_items",
                type: "text",
                nullable: true);

            // Items written before search existed: the same text the domain now keeps.
            migrationBuilder.Sql("""
                UPDATE content_items SET search_text = CASE type
                    WHEN 'Article' THEN regexp_replace(body, '<[^>]*>', ' ', 'g')
                    WHEN 'Interview' THEN concat_ws(E'\n',
                        coalesce(interviewee->>'name', interviewee->>'Name'),
                        coalesce(interviewee->>'position', interviewee->>'Position'),
                        (SELECT string_agg(concat_ws(E'\n', coalesce(e->>'question', e->>'Question'), coalesce(e->>'answer', e->>'Answer')), E'\n')
                           FROM jsonb_array_elements(exchanges) AS e),
                        closing)
                    WHEN 'Video' THEN description
                END;
                """);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "content_items",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector('simple', cms_fold(title)), 'A') || setweight(to_tsvector('simple', cms_fold(coalesce(summary, ''))), 'B') || setweight(to_tsvector('simple', cms_fold(coalesce(search_text, ''))), 'C')",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_content_items_search_vector",
                table: "content_items",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_content_items_search_vector",
                table: "content_items");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "content_items");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "content_items");

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS cms_fold(text);");
        }
    }
}
