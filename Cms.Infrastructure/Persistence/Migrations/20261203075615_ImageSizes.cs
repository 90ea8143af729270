using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cms.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Covers carry their size in pixels when they are files of the media library (Image.Width
    /// and Height, inside the cover_image JSON): the covers already chosen get it here, from the
    /// library's original or the rendition they name; new ones get it when saved (MediaSizes).
    /// </summary>
    public partial class ImageSizes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE content_items c
                   SET cover_image = c.cover_image || jsonb_build_object('Width', m.width, 'Height', m.height)
                  FROM media_assets m
                 WHERE c.cover_image ->> 'Url' = '/media/' || m.storage_key;

                UPDATE content_items c
                   SET cover_image = c.cover_image || jsonb_build_object('Width', (r ->> 'Width')::int, 'Height', (r ->> 'Height')::int)
                  FROM media_assets m, jsonb_array_elements(m.renditions) r
                 WHERE m.renditions IS NOT NULL AND c.cover_image ->> 'Url' = '/media/' || (r ->> 'StorageKey');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE content_items SET cover_image = cover_image - 'Width' - 'Height' WHERE cover_image ? 'Width';");
        }
    }
}
