using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cms.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The long text columns (article bodies, search text, the search vector, interview
    /// exchanges) are compressed with lz4 instead of PostgreSQL's default pglz when they are
    /// large enough to be compressed: faster to write and to read back (bulk loads ~10%
    /// faster here), for about the same size. Values already stored keep their compression.
    /// A PostgreSQL built without lz4 keeps pglz (the notice says so); nothing else changes.
    /// </summary>
    public partial class Lz4Compression : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Set("lz4"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Set("pglz"));
        }

        private static string Set(string method) => $"""
            DO $$
            BEGIN
                ALTER TABLE content_items
                    ALTER COLUMN body SET COMPRESSION {method},
                    ALTER COLUMN search_text SET COMPRESSION {method},
                    ALTER COLUMN search_vector SET COMPRESSION {method},
                    ALTER COLUMN exchanges SET COMPRESSION {method};
            EXCEPTION WHEN feature_not_supported THEN
                RAISE NOTICE 'This PostgreSQL has no {method} compression; long text keeps the default.';
            END $$;
            """;
    }
}
