using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SinergieComuni.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MapsSpatialIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Municipality",
                table: "SearchLocations",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            // Box and radius searches find venues through a GiST index on their point (x = longitude, y = latitude).
            migrationBuilder.Sql("""CREATE INDEX "IX_SearchLocations_Point" ON "SearchLocations" USING GIST (point("Longitude", "Latitude"));""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX "IX_SearchLocations_Point";""");

            migrationBuilder.DropColumn(
                name: "Municipality",
                table: "SearchLocations");
        }
    }
}
