using Cms.Infrastructure.Persistence.Sql;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cms.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RelatedPins : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "related_pins",
                columns: table => new
                {
                    content_id = table.Column<long>(type: "bigint", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    related_id = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_related_pins", x => new { x.content_id, x.position });
                    table.CheckConstraint("ck_related_pins_not_itself", "content_id <> related_id");
                    table.ForeignKey(
                        name: "fk_related_pins_content_items_content_id",
                        column: x => x.content_id,
                        principalTable: "content_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_related_pins_content_items_related_id",
                        column: x => x.related_id,
                        principalTable: "content_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_related_pins_content_id_related_id",
                table: "related_pins",
                columns: new[] { "content_id", "related_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_related_pins_related_id",
                table: "related_pins",
                column: "related_id");

            migrationBuilder.Sql(SqlScripts.Read("RelatedPinNotifications.sql"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS related_pins_notify ON related_pins;");
            migrationBuilder.DropTable(
                name: "related_pins");
        }
    }
}
