using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cms.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Images get a focal point (the centre for those already uploaded) and their renditions a
    /// ratio: those made so far are all of the original's shape. Their crops are made by
    /// `dotnet Cms.Api.dll media regenerate-crops`. The index finds an image by the part of a
    /// key its renditions share (Media/LibraryRenditions).
    /// </summary>
    public partial class MediaFocalPoint : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "focal_x",
                table: "media_assets",
                type: "double precision",
                nullable: false,
                defaultValue: 0.5);

            migrationBuilder.AddColumn<double>(
                name: "focal_y",
                table: "media_assets",
                type: "double precision",
                nullable: false,
                defaultValue: 0.5);

            migrationBuilder.Sql("""
                UPDATE media_assets
                   SET renditions = (SELECT jsonb_agg(CASE WHEN r.value ? 'Ratio' THEN r.value ELSE r.value || jsonb_build_object('Ratio', 'original') END ORDER BY r.ordinality)
                                      FROM jsonb_array_elements(renditions) WITH ORDINALITY r)
                 WHERE renditions IS NOT NULL AND jsonb_array_length(renditions) > 0;

                CREATE INDEX ix_media_assets_stem ON media_assets (substring(storage_key, 1, 40));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX ix_media_assets_stem;");

            migrationBuilder.DropColumn(
                name: "focal_x",
                table: "media_assets");

            migrationBuilder.DropColumn(
                name: "focal_y",
                table: "media_assets");
        }
    }
}
